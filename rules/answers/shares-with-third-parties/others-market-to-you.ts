import { defineAnswerRule } from '../../../engine/rule';

// Sharing for the recipients' own ends, the contract's very question: "partners may contact you with their
// offers", and its denial, "we do not share personal information with third parties for their own marketing
// purposes" (strong evidence either way). An offer the person picks ("choose whether you want third parties
// to send you offers") is consent, so such sentences are left alone.
export default defineAnswerRule({
  id: 'others-market-to-you',
  question: 'shares-with-third-parties',
  says: 'yes',
  patterns: [
    /\b(?:third[- ]part(?:y|ies)|partners|advertisers|sponsors|marketers|other companies|outside companies|unaffiliated (?:companies|parties))\b[^.;]{0,60}\b(?:for their own|to (?:send|offer|market|contact) you|may contact you|(?:their (?:own )?)?(?:direct |e-?mail )?marketing purposes|for (?:their )?(?:direct |e-?mail )?marketing)\b/i,
    /\b(?:share|shares|shared|disclose|discloses|disclosed|provide|provides|give|gives|rent|rents|sell|sells|transfer|transfers|make available)\b[^.;]{0,60}\b(?:advertisers|marketers|marketing partners|sponsors|ad networks|data brokers)\b/i,
  ],
  unless: [
    /\b(?:choose whether|whether you (?:want|wish)|if you (?:choose|agree|ask|request)|such businesses|shine the light|civil code|california (?:law|residents)|1798)\b/i,
    /\b(?:aggregated?|anonymous|anonymi[sz]ed|de-?identified|non-?personal(?:ly)?|non-?identifying)\b/i,
  ],
  examples: {
    yes: [
      'Our partners may contact you about their products.',
      'We provide your name to sponsors for their own marketing purposes.',
    ],
    no: [
      'We do not give your address to third parties for their marketing purposes.',
      'We do not share personal information with third parties for their direct marketing purposes unless you opt in.',
      'Please note that we do not share contact information with our advertisers.',
    ],
    noMatch: ['Choose whether you want third parties to send you their offers by postal mail.'],
  },
});
