import { defineRule } from '../../engine/rule';

// Preferences the person sets: "you may change your email preferences at any time", and using the service
// without giving personal data ("you can visit our sites without revealing who you are").
export default defineRule({
  id: 'set-preferences',
  category: 'choice',
  patterns: [
    /\b(?:change|update|manage|edit|adjust|set)\b[^.;]{0,20}\b(?:e-?mail|communications?|marketing|privacy|notification|subscription|contact) (?:preferences|settings|options)\b/i,
    /\b(?:visit|use|browse)\b[^.;]{0,40}\bwithout (?:sharing|telling|revealing|providing|giving|registering|submitting|disclosing)\b/i,
  ],
  examples: {
    match: [
      'You may change your email preferences at any time by visiting your preferences page.',
      'You can visit our Web Sites without telling us who you are.',
    ],
    noMatch: ['We store your preferences in a cookie.'],
  },
});
