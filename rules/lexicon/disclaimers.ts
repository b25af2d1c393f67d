// Sentences that disclaim rather than state a practice. Rules of several categories veto them, so the
// phrases live here once, in the rule base (the engine knows none of them).

/**
 * The policy stepping back from others' practices: "subject to their own privacy policies, not this one",
 * "we do not control these third party cookies", "this policy does not cover…", "their practices may differ
 * from ours". OPP-115 files such sentences as practices the policy does not cover.
 */
export const OTHERS_PRACTICES_DISCLAIMER: readonly RegExp[] = [
  // Control and responsibility disowned.
  /\b(?:not responsible|no responsibility|beyond our control|(?:no|nor) control over|(?:do|does|can) not control|cannot control|can't control|within their control|not ours)\b/i,
  // Their own policy governs, this one does not apply.
  /\b(?:governed by|subject to (?:their|its) own|(?:have|has|with) (?:their|its) own (?:published )?privacy polic(?:y|ies)|(?:does|do|will) not (?:cover|apply)|not covered by|no longer appl(?:y|ies)|applies only|not this (?:privacy )?(?:policy|one))\b/i,
  // Their practices differ.
  /\b(?:differ\w* from (?:ours|those of)|different (?:from|than) ours|in ways (?:that )?we would not)\b/i,
];

/**
 * What a state law asks of "such businesses" (California's Shine the Light, its Civil Code) describes the
 * law, not the company's practice.
 */
export const STATE_LAW_SCHEME = /\bsuch businesses\b|\bShine the Light\b|\bCivil Code\b/i;

/**
 * A pointer to another section or page ("see the \"Cookies\" section below", "for more information, visit
 * www…", "this policy tells you how…"): it states no practice of its own. "See" counts only before a
 * section, a page or an address ("users who see advertisements" is no pointer).
 */
export const POINTER_ELSEWHERE =
  /\b(?:see (?:(?:our|the|this) (?:[\w'"“”-]+ ){0,5}(?:section|sections|policy|page|notice|faq|statement|terms)|section|sections|below|above|https?:|www\.)|refer to|for (?:more|further|additional) (?:information|detail|details)|learn more|tells you|explains how|describes how|will explain)\b|\bsee ["“']/i;

// The opt-out link's name ("Do Not Sell or Share My…") is grammar, a name with "not" in it that negates
// nothing, so the engine defines it (engine/grammar.ts); the rules veto it from here with the others.
export { DO_NOT_SELL_LINK } from '../../engine/grammar';

/**
 * The same label in title case wherever it stands ("the subject line 'Nevada Do Not Sell Request'"). Case
 * matters here, so it is kept out of the grammar's case-blind list of names.
 */
export const DO_NOT_SELL_LABEL =
  /\bDo Not (?:Sell|Share)\b|\bDO NOT (?:SELL|SHARE)(?: OR (?:SELL|SHARE))? MY\b/;

/**
 * What the law lets a person ask, or asks of a business, described rather than practised: "the right to
 * opt out of the sale or sharing", "the business or commercial purpose for collecting or selling personal
 * information", "the categories of third parties to whom…", "certain state privacy laws provide…".
 */
export const RIGHTS_DESCRIBED: readonly RegExp[] = [
  // The rights themselves.
  /\b(?:right|request)s? to (?:opt[- ]out|know|request|access|delete|object|limit|receive|correct)\b|\byou (?:may )?have the right\b|\b(?:object to|restrict) (?:the |our )?processing\b|\b(?:may|can) (?:also )?request (?:certain |some )?(?:information|details|a (?:list|notice))\b/i,
  // …and that it not sell ("you may request that we not 'sell' your information", "the right to direct us
  // to not sell"): the state laws give that right whether or not anything is sold. An offer to stop
  // sharing for marketing ("you can ask us not to share it with third parties for marketing") is the
  // company's own choice, about a practice it has, and is left to the rules.
  /\b(?:request|ask|direct|instruct|tell)(?:s|ing)? (?:that )?(?:us |we )?(?:to )?(?:do )?not (?:to )?["“'‘]?(?:sell|rent)\b/i,
  // How to ask for them: "request the transfer of your data to a third party" (portability), "if you wish
  // to receive a copy … or to request a list of what we disclosed to third parties".
  /\brequest (?:the )?(?:transfer|transmission|porting) of\b|\bportability\b|\b(?:wish|want|would like) to (?:receive|request|obtain) (?:a (?:copy|list)|access)\b/i,
  // What the law asks a business to disclose.
  /\b(?:business or commercial|commercial) purposes? for\b|\bbusiness purposes? for (?:collecting|selling|sharing|disclosing)\b|\bcategor(?:y|ies) of (?:third parties|recipients|sources)\b|\bwhether (?:and how |or not )?(?:we|it) (?:have |has )?(?:collected|used|disclosed|sold|shared|sell|share|disclose)\b/i,
  // What a law provides.
  /\b(?:privacy )?laws? (?:provide|provides|give|gives|grant|grants|require|requires|permit|permits|allow|allows|entitle|entitles)\b/i,
];

/**
 * Transfers under a framework (the Data Privacy Framework, Privacy Shield, onward-transfer liability) and
 * across borders are international transfers, not sharing (CONTRACT.md §2).
 */
export const TRANSFER_FRAMEWORK =
  /\b(?:data privacy framework|privacy shield|dpf|onward transfers?|standard contractual clauses|adequacy)\b|\b(?:liable|liability) for\b[^.;]*\btransfer|\b(?:abroad|outside (?:of )?(?:the|your|those|these) (?:countr(?:y|ies)|EEA|EU|European Economic Area|UK))\b/i;

/**
 * What browsers offer ("some browsers and extensions support Global Privacy Control", "some browsers allow
 * you to tell websites not to share your information") is no site's practice.
 */
export const BROWSERS_OFFER_SIGNALS =
  /\b(?:some|many|most|all|certain|not all|other) (?:web )?browsers\b[^.;]{0,40}\b(?:(?:support|offer|send|incorporate|include)s?|allows? you to (?:tell|signal|send|communicate))\b/i;

/**
 * Notices about something other than the policy: changes to the service, its app or features, a
 * transaction, suspicious activity, a cookie arriving ("we notify you of updates to the app", "to inform you
 * of changes to our Services"). CONTRACT.md §2: "contact you about updates and new features" is no notice of
 * policy changes. A sentence that also names the policy is left alone.
 */
export const NOT_ABOUT_THE_POLICY =
  /^(?![\s\S]*\b(?:polic(?:y|ies)|privacy (?:notice|statement)|this (?:notice|statement))\b)[\s\S]*\b(?:(?:changes?|updates?|modifications?) (?:to|of|in|regarding|about) (?:our |the |your |its )?(?:[\w-]+ )?(?:services?|apps?|products?|features?|software|account|platform|campaigns?|offers?)|suspicious activity|transactions?|merger|acquisition|receive a cookie|browsers?|security issues?|newsletters?)\b/i;

/**
 * A definition states no practice: "under California law, 'sell' means exchanging personal information…",
 * "by 'share', we mean making it available for cross-context advertising", "a 'share' is the disclosure of…".
 */
export const DEFINITION_OF_SALE_OR_SHARING =
  /(?<!\bas )["“'‘]?\b(?:sell|sale|sales|selling|share|sharing)\b["”'’]?,?\s+(?:means|is defined|are defined|includes|refers to|is the (?:disclosure|transfer))\b|\bby ["“'‘]?(?:sell|sale|selling|share|sharing)["”'’]?,? we mean\b/i;

/**
 * Handing data to third parties for what serves the person or the company, not the recipient (CONTRACT.md
 * §2 counts none of it as sharing): the person's own request, legal demands, a merger, the service itself
 * and its security. They veto a yes only: "we do not share it except as required by law" still denies.
 */
export const SHARING_NOT_COUNTED: readonly RegExp[] = [
  /\b(?:you have requested|you request|(?:based on|upon|at) your (?:request|direction|instruction)|(?:written|express|explicit) consent|(?:process|fulfil+) (?:your|the) (?:request|order)|fulfil+ment of (?:your |the |an? )?(?:request|order)|complete (?:the|your) (?:purchase|transaction|order))\b/i,
  /\b(?:comply with|required by law|legal (?:process|requests?|requirements?|obligations?)|regulatory requests?|court orders?|subpoenas?|law enforcement)\b/i,
  /\b(?:merger|acquisition|acquired|bankruptcy|reorgani[sz]ation|(?:corporate|business) transaction|sale (?:or transfer )?of (?:all or (?:a portion|part) of )?(?:our|its) (?:business|assets|company))\b/i,
  /\b(?:(?:in order )?to (?:provide|deliver|operate|perform)(?: (?:and|or) (?:improve|maintain|support))? (?:the|our) (?:services?|products?)(?: to you)?|on our behalf|for (?:security|fraud[- ]prevention) purposes|(?:prevent|detect|investigate) (?:fraud|threats))\b/i,
];
