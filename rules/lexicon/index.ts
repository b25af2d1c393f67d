// The vocabularies the answer rules share, written once (compromise keeps its lexicon apart from the rules
// that use it the same way). Each is a list of regex sources; `anyOf` joins one into a group, so a rule
// composes `\bshare\b … ${anyOf(AD_RECIPIENTS)}` instead of re-typing the list.

/** A non-capturing group of the given regex sources. */
export function anyOf(sources: readonly string[]): string {
  return `(?:${sources.join('|')})`;
}

/**
 * Up to n characters within one clause: no semicolon. The segmenter has already cut the text into
 * sentences, so a full stop left inside one is an abbreviation or an address, not a clause's end.
 */
export function within(n: number): string {
  return `[^;]{0,${n}}`;
}

/** A case-insensitive RegExp built from a template of sources. */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'i');
}

/**
 * Phrases that make a denial narrow: it denies one kind of the practice, not the practice
 * (CONTRACT.md §2, "a narrow denial answers only what it denies"). "We do not sell your data for money",
 * "not in the conventional sense", "information that personally identifies you", "for their own direct
 * marketing purposes", "as the law defines it".
 */
export const NARROWING = [
  // "for money" alone; "for money or anything else of value" is the law's whole definition, not a narrow one.
  'for (?:money|monetary (?:consideration|value|compensation)|cash)(?! or (?:anything|something|any other|other)\\b)',
  'in the (?:conventional|traditional|ordinary|usual|common|classic) (?:sense|meaning|way)',
  '(?:information|data) (?:that|which) (?:personally |directly )?identif(?:y|ies) you',
  // What can reach or name the person: "information that by itself can be used to contact or identify
  // you", "directly identifiable information (such as your email address)", "information that identifies
  // you personally".
  '(?:that|which) (?:by itself |alone |on its own )?can be used to (?:contact|identify)(?: or (?:contact|identify))? you',
  'directly identifiable (?:information|data)',
  'identif(?:y|ies) you personally',
  // One kind of data: one group's, one use's ("for the purpose of training language models"), the
  // sensitive kinds.
  "(?:children|minors|kids)['’]s? (?:personal )?(?:information|data)",
  'for the purposes? of training',
  '(?:private (?:chat )?messages|government[- ]issued identification|precise (?:gps )?(?:geo)?location)',
  // A denial with exceptions told elsewhere: "other than as disclosed in this notice, we do not share…".
  '(?:other than|except) as (?:\\w+ ){0,2}(?:described|disclosed|set (?:forth|out)|stated|provided|noted|explained|outlined)',
  // "we never store any information that could identify you".
  '(?:information|data) (?:that|which) (?:could|can|would|might|may) (?:be used to )?(?:personally |directly )?identify you',
  '(?:that|which) (?:personally |directly )identif(?:y|ies) you',
  'for their (?:own )?(?:(?:direct|independent|promotional|advertising|commercial)(?: or|,)? )*marketing',
  'for their (?:own )?(?:promotional|commercial|advertising) purposes',
  "for (?:third[- ]part(?:y|ies)|such (?:third )?part(?:y|ies))['’]s? (?:own )?(?:direct )?marketing",
  // The law's term in quotes: "we do not 'sell' or 'share' personal information" denies what the statute
  // defines, and leaves the rest to what else the policy says.
  '(?<=["“\'‘])(?:sell|sale|share|sharing)(?=["”\'’])',
  // One purpose: "we do not share it with third parties for direct marketing purposes".
  'for (?:any |their |its )?(?:own )?(?:direct |e-?mail |sms |text )?(?:marketing|promotional)(?: (?:or|and) (?:marketing|promotional))? purposes',
  'for the purposes? of (?:direct(?:ly)? )?marketing',
  'for their own (?:purposes|use|benefit)',
  'as (?:the term is |(?:that|this|such) term is |it is )?defined (?:by|in|under)',
  // "as the term 'sale' or 'sell' is defined in the CCPA", "as sales are defined in…", "as those terms are
  // commonly understood".
  'as (?:\\S+ ){1,5}(?:is|are) (?:commonly |traditionally |conventionally |usually |generally )?(?:understood|defined)',
  // "in the way most people understood those words", "like a data broker would".
  'in the way (?:that )?(?:most )?(?:people|consumers|users) (?:commonly |usually |normally )?(?:understand|understood|think of)',
  '(?:like|as) (?:an? )?data brokers? (?:would|does|do)',
  // One kind of data: "we do not sell or share sensitive personal information".
  'sensitive (?:[\\w-]+ ){0,2}?(?:information|data)',
  'special categor(?:y|ies)',
  'as (?:traditionally|conventionally|commonly|typically|usually) (?:understood|defined|meant)',
  // One group of people: "we do not knowingly sell the information of consumers under 16".
  // "of individuals we know to be less than 18 years of age", "of consumers under the age of sixteen".
  // A denial of what is left once the policy's own cases are told: "except for this kind of selling, we
  // don't otherwise sell any of your data" admits the kind it excepts.
  'except (?:for )?(?:this|that|these|those|such|the above) (?:kinds?|types?|forms?) of (?:sales?|selling|sharing|disclosures?)',
  "(?:n[o'’]t|never) otherwise",
  String.raw`(?:of|from|about) (?:our )?(?:children|minors|consumers|customers|users|individuals|persons|people|anyone|those|residents) (?:\w+ ){0,4}?(?:under|younger than|less than|below)(?: the age of)? (?:\d+|thirteen|sixteen|eighteen)\b`,
];

/**
 * "without the consent of the child's parent", "without your permission": after a denial, an exception that
 * leaves the practice open under a condition.
 */
export const WITHOUT_CONSENT = String.raw`\bwithout (?:first )?(?:obtaining |getting |receiving |seeking )?(?:your |their |the |prior |express |explicit |verifiable |verified |affirmative |appropriate )*(?:parental |parents?'? |a parent's |guardian's )?(?:consent|permission|authori[sz]ation)\b`;

/** Tracking technologies: what a cookies clause names. */
export const TRACKERS = [
  'cookies?',
  'web ?beacons?',
  'pixels?(?: tags?)?',
  'clear gifs?',
  'tracking technolog(?:y|ies)',
  'similar technolog(?:y|ies)',
  '(?:html5? )?local storage',
  'sdks?',
  'tags',
];

/**
 * A refusal of others' trackers as a whole: "we do not use any third-party tracking or analytics services",
 * "does not allow web trackers of any kind".
 */
export const DENIED_TRACKERS = String.raw`\b(?:do not|don't|never|does not|will not)\s+(?:use|employ|embed|include|allow|permit)\s+(?:any\s+)?(?:(?:third[- ]party|external|outside)\s+(?:(?:(?:tracking|analytics|data[- ]collection|advertising)(?:\s+(?:or|and)\s+(?:tracking|analytics|data[- ]collection|advertising))?\s+(?:tools|services|scripts|technolog(?:y|ies)))|trackers|cookies|analytics|tracking)|(?:web\s+)?trackers)\b`;

/** Advertising recipients: who receives data for advertising (their own ads or targeted ads). */
export const AD_RECIPIENTS = [
  'advertisers',
  String.raw`advertising (?:and (?:\w+ )?)?(?:partners|networks|companies|providers|platforms|technology (?:partners|companies|providers))`,
  'ad(?:vertising)?[- ]tech(?:nology)? (?:partners|companies|providers)',
  'ad (?:partners|networks|companies|platforms|exchanges|providers)',
  'marketing (?:and advertising )?partners',
  'data brokers',
  '(?:social media|social network(?:ing)?) (?:platforms|companies|networks|partners)',
];

/** Purposes of advertising based on a person's activity: what CPRA calls "sharing". */
export const AD_PURPOSES = [
  '(?<!non-)(?<!non )(?:targeted|interest[- ]based|personali[sz]ed|behaviou?ral|cross[- ]context(?:ual)?(?: behaviou?ral)?|relevant|tailored|custom(?:i[sz]ed)?) (?:advertising|ads|advertisements)',
  String.raw`(?:to|in order to) (?:show|serve|deliver|display|provide|personali[sz]e|target|tailor) (?:you )?(?:with )?(?:\w+ ){0,2}(?:ads|advertising|advertisements)`,
  'custom audiences?',
  'retarget(?:ing)?',
  '(?:engage in|for) advertising(?: activit(?:y|ies)| purposes)?',
];

/** Verbs of handing data over, in their forms. */
/**
 * Verbs that hand data over whatever follows them; "provide", "give", "send" also take a service or the
 * person ("provide you with targeted ads") and count only before a recipient (SHARE_VERBS).
 */
export const HANDOVER_VERBS = ['shar(?:e|es|ed|ing)', 'disclos(?:e|es|ed|ing)', 'transfer(?:s|red|ring)?'];

export const SHARE_VERBS = [
  ...HANDOVER_VERBS,
  'provid(?:e|es|ed|ing)',
  String.raw`ma(?:ke|kes|de|king) (?:\w+ )?available`,
  'g(?:ive|ives|ave|iving)',
  'pass(?:es|ed|ing)?',
  'send(?:s|ing)?|sent',
];

/**
 * Data the sentence before named, as the object of the denied verb: "we don't store this information on our
 * servers or share it with third parties", or as its subject: "The data never leaves the device (so it is not
 * shared)". A denial of it says nothing of the practice as a whole (engine/rule.ts deniedSaysNothingWhen,
 * read on the sentence up to the match, the object in the match's own clause). Not when it names the person's data itself ("when you give
 * us personal information, we will not share that information"), nor "since we don't have that
 * information, ads are not based on you".
 */
/** What a denial does to data: hand it over (SHARE_VERBS), sell, keep, use or collect it. */
const DENIED_OF_DATA = [
  ...SHARE_VERBS,
  'sell(?:s|ing)?|sold',
  'rent(?:s|ed|ing)?',
  'stor(?:e|es|ed|ing)',
  'keep(?:s|ing)?|kept',
  'us(?:e|es|ed|ing)',
  'collect(?:s|ed|ing)?',
];
const NAMES_PERSONAL_DATA = String.raw`^(?![\s\S]*\b(?:personal(?:ly identifiable)?|your) (?:information|data)\b)`;
export const ANAPHORIC_DATA = [
  String.raw`${NAMES_PERSONAL_DATA}[\s\S]*\b${anyOf(DENIED_OF_DATA)} (?:this|that|these|those|such) (?:specific |(?:type|kind)s? of )?(?:information|data|categories)\b[^,;]*$`,
  String.raw`${NAMES_PERSONAL_DATA}\W*(?:the|this|that|such|these|those) (?:data|information)(?! (?:we|you|that|which|about|of|from|collected|provided|gathered)\b)`,
  // …or the subject of a passive denial in the match's own clause: "to ensure that such identifiers are not
  // used or disclosed for behavioural advertising".
  String.raw`${NAMES_PERSONAL_DATA}[\s\S]*\b(?:this|that|these|those|such) (?:information|data|identifiers)\s+(?:is|are|will|shall|would|can)\s+(?:\w+\s+)?(?:not|never)\b(?:[^,;]|,\s*including\b)*$`,
];

/** Do Not Track, as policies name it. */
export const DO_NOT_TRACK = ['do[- ]not[- ]track', 'dnt'];

/**
 * Signals a browser sends to opt out: Do Not Track and Global Privacy Control, and the state laws' name for
 * such signals.
 */
export const PREFERENCE_SIGNALS = [
  'global privacy control',
  'gpc',
  '(?:universal )?opt[- ]out preference signals?',
  '(?:user-enabled |browser[- ]based |browser )?privacy (?:preference )?signals?',
  'universal opt[- ]out mechanisms?',
];

/** What a site does with a signal it honours: "we honor", "responds to", "will treat", "acts on". */
export const HONOUR_VERBS = [
  'honou?rs?',
  'respects?',
  'recogni[sz]es?',
  'process(?:es)?',
  'treats?',
  'supports?',
  'responds? to',
  'compl(?:y|ies) with',
  'accepts?',
  'acts? on',
];

/**
 * A clause that names none of those signals: refusing Do Not Track there leaves Global Privacy Control
 * open, so the denial is narrow, a no only when the policy says nothing of GPC (CONTRACT.md §2: "honours
 * neither").
 */
export const NAMES_NO_PREFERENCE_SIGNAL = pattern(String.raw`^(?![\s\S]*\b${anyOf(PREFERENCE_SIGNALS)})`);

/** Who a children's clause is about: children by name, or people under an age. */
/** An age limit below which people count as children: "under 13", "younger than the age of sixteen". */
export const UNDER_AGE =
  '(?:younger than|under|less than|below)(?: the age of)? (?:1[0-8]|thirteen|sixteen|eighteen)(?: years)?';

export const CHILD_AUDIENCE = [
  "child(?:ren|ren's)?",
  'kids',
  'minors',
  `(?:person|people|individual|user|anyone|visitor|those|someone|resident|consumer)s? (?:who (?:is|are) |we know to be )?${UNDER_AGE}`,
];

/**
 * Data that is not personal data: aggregate, anonymous or de-identified. Handing it over, selling or keeping
 * it is none of the practices the answers ask about.
 */
export const NOT_PERSONAL_DATA = pattern(
  String.raw`\b(?:aggregated?|anonymous|anonymi[sz]ed|de-?identified|non-?personal(?:ly)?|non-?identif(?:ying|iable))\b`,
);

/**
 * The person's choice and what it turns off: opting out, withdrawing or not giving consent, deleting or
 * blocking cookies, browser or device settings.
 */
export const OPT_OUT_CONTEXT = String.raw`\b(?:opt(?:ing|ed|s)?[- ]?out|opt-outs?|(?:withdraw\w*|not (?:providing|giving)|declin\w*|refus\w*) (?:your |to )?consent|(?:delete|disable|block|reject|clear)\w* (?:the |all |your |these )?cookies|(?:do not|don't|not) accept\w* (?:the |all )?cookies|(?:browser|device) settings?|settings? (?:on|in) your (?:browser|device)|(?:your|these|such) (?:ad )?choices|continue to (?:receive|see|get) (?:\w+ )?(?:ads|advertising|advertisements))\b`;
