import { defineRule } from '../../engine/rule';

// Disclosure of data named as the object, with or without a recipient: "we do not sell or rent email
// addresses", "your information will not be shared", "aggregated data may be disclosed".
export default defineRule({
  id: 'data-is-shared',
  category: 'sharing',
  patterns: [
    /\b(?:share|sell|rent|lease|trade|disclose|distribute|exchange|transfer|release|reveal|publish)\b[^.;]{0,30}\b(?:(?:your|personal|such|this|that|the|any|user|customer|aggregated?|anonymi[sz]ed|de-?identified|non-?personal|certain|identifiable|private)\s+){0,3}(?:information|data|e-?mail addresses|details|lists?)\b/i,
    /\b(?:information|data|e-?mail address(?:es)?|lists?|details)\b[^.;]{0,50}\b(?:be|is|are|been|being)\s+(?:\w+\s+){0,2}(?:shared|sold|rented|disclosed|distributed|exchanged|transferred|released|traded|made available|provided to)\b/i,
  ],
  unless: [
    /\b(?:shared (?:computer|device)|cookies? (?:is|are) (?:transferred|sent)|transferred to your (?:computer|device|browser|hard drive))\b/i,
  ],
  examples: {
    match: [
      'We do not share or sell email addresses gathered on the site.',
      'Your email address will not be otherwise shared or sold.',
    ],
    noMatch: ['A cookie is transferred to your hard drive.', 'We collect your name.'],
  },
});
