import { defineAnswerRule } from '../../../engine/rule';

// Partners who use the data for their own ends: "partners may contact you with their offers". When the
// person chooses it ("choose whether you want third parties to send you offers") it is consent, which the
// contract counts as no sharing of its own accord, so such sentences are left alone.
export default defineAnswerRule({
  id: 'others-market-to-you',
  question: 'shares-with-third-parties',
  says: 'yes',
  patterns: [
    /\b(?:third[- ]part(?:y|ies)|partners|advertisers|sponsors|marketers|other companies)\b[^.;]{0,60}\b(?:for their own|to (?:send|offer|market|contact) you|may contact you|(?:their own )?marketing purposes)\b/i,
  ],
  unless: [
    /\b(?:choose|whether you (?:want|wish)|if you (?:choose|agree|consent|opt|ask|request)|opt[- ]?in|with your (?:express |explicit |prior )?(?:consent|permission))\b/i,
  ],
  examples: {
    yes: [
      'Our partners may contact you about their products.',
      'We provide your name to sponsors for their own marketing purposes.',
    ],
    no: ['We do not give your address to third parties for their marketing purposes.'],
    noMatch: ['Choose whether you want third parties to send you their offers by postal mail.'],
  },
});
