import { defineAnswerRule } from '../../../engine/rule';
import { NOT_PERSONAL_DATA } from '../../lexicon';
import { RIGHTS_DESCRIBED } from '../../lexicon/disclaimers';

// Sharing for the recipients' own ends, the contract's very question: "partners may contact you with their
// offers", and its denial, "we do not share personal information with third parties for their own marketing
// purposes" (strong evidence either way). An offer the person picks ("choose whether you want third parties
// to send you offers") is consent, so such sentences are left alone.
export default defineAnswerRule({
  id: 'others-market-to-you',
  question: 'shares-with-third-parties',
  says: 'yes',
  // "If this policy states that information may be shared with third parties for their marketing…" and
  // "if you opt in to have it shared…" state no practice.
  assertedOnly: true,
  // "We do not disclose it to third parties for their marketing if the consumer has exercised an option that
  // prevents it": without that choice, the disclosure happens.
  affirmedBy: [
    /\bif (?:you|the consumer|a consumer|the user) (?:has|have) (?:exercised|opted|chosen|elected)\b/i,
  ],
  patterns: [
    {
      re: /\b(?:third[- ]part(?:y|ies)|partners|advertisers|sponsors|marketers|other companies|outside companies|unaffiliated (?:companies|parties))\b[^.;]{0,60}\b(?:for their own|to (?:send|offer|market|contact) you|may contact you|(?:their (?:own )?)?(?:direct |e-?mail )?marketing purposes|for (?:their )?(?:direct |e-?mail )?marketing)\b/i,
      reason: 'others-market-to-you',
    },
    {
      re: /\b(?:share|shares|shared|disclose|discloses|disclosed|provide|provides|give|gives|rent|rents|sell|sells|transfer|transfers|make available)\b[^.;]{0,60}\b(?:advertisers|marketers|marketing partners|sponsors|ad networks|data brokers)\b/i,
      reason: 'share-with-marketers',
    },
  ],
  unless: [
    /\b(?:choose whether|whether you (?:want|wish)|if you (?:choose|agree|ask|request|give your consent|consent)|ask for your consent|such businesses|shine the light|civil code|california (?:law|residents?|customers?)|1798|an? business|the business)\b/i,
    // Marketing done for the company by an agency is not the recipient's own purpose.
    /\bon (?:our|its) behalf\b/i,
    NOT_PERSONAL_DATA,
    /\bexcept as (?:set forth|described|disclosed|provided|outlined|stated|explained|noted|otherwise)\b/i,
    // Figures about ads handed to advertisers, and services provided to sponsors, are no personal data of
    // theirs to market with.
    /\b(?:insights|reports?|measurement|metrics|statistics)\b[^.;]{0,40}\b(?:to|for) (?:\w+ ){0,3}(?:advertisers|partners|sponsors)\b|\bprovid\w* (?:our |the )?services? to\b|\bprovid\w* (?:\w+ ){0,4}?(?:advertising|ads) (?:to|for) (?:\w+ ){0,3}?(?:advertisers|sponsors)\b/i,
    ...RIGHTS_DESCRIBED,
    // A denial of selling or renting the data and nothing else is the selling question's (CONTRACT.md §2
    // keeps the two apart): "we do not sell your information to third parties for any purpose, including
    // marketing" says nothing of sharing. A sale that happens ("we sell it to data brokers") does hand it on.
    /^(?=[\s\S]*\b(?:not|never|no)\b|[\s\S]*n't\b)(?![\s\S]*\b(?:share[sd]?|sharing|disclos\w*|provid\w*|give[sn]?|giving|transfer\w*|pass\w*|make available|allow\w*|permit\w*)\b)[\s\S]*\b(?:sell|sells|sold|selling|rent|rents|rented|renting)\b[^.;]{0,60}\b(?:information|data|e-?mail|address(?:es)?|lists?)\b/i,
  ],
  examples: {
    yes: [
      'Our partners may contact you about their products.',
      'We provide your name to sponsors for their own marketing purposes.',
      'We sell your personal information to data brokers.',
      'We do not disclose your data to third parties for their direct marketing purposes if you have exercised an option that prevents it.',
    ],
    no: [
      'We do not give your address to third parties for their marketing purposes.',
      'We do not share personal information with third parties for their direct marketing purposes unless you opt in.',
      'Please note that we do not share contact information with our advertisers.',
    ],
    noMatch: [
      'Choose whether you want third parties to send you their offers by postal mail.',
      'If this policy states that information may be shared with third parties for their direct marketing purposes, write to us.',
      'We may share your email address with a media agency to send you advertising on our behalf.',
      'Except as described in this policy, we will not rent your email address to third parties for their marketing purposes.',
      'We do not sell your personal information to any third parties for any purpose, including direct marketing purposes.',
      'We do not use sensitive data segments to provide our targeted advertising for advertisers.',
    ],
  },
});
