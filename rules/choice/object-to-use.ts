import { defineRule } from '../../engine/rule';

// An objection the person may raise, a choice in the words of health-privacy and European law: "you have
// the right to object", "will be given the opportunity to object", "whether you have any objection to".
// Unlinking an account from a social network is the same control over what flows between services.
export default defineRule({
  id: 'object-to-use',
  category: 'choice',
  patterns: [
    /\b(?:right|opportunity|chance) to object\b|\b(?:you|users?|patients?) (?:may|can|could) (?:also )?object to\b|\bany objections? to\b/i,
    /\b(?:disassociate|unlink|disconnect)\b(?:[^.;]|\.(?=[a-z])){0,60}\baccounts?\b/i,
  ],
  examples: {
    match: [
      'You can disassociate your NYTimes.com registration from third-party accounts any time.',
      'Patients will be given the opportunity to object each time before information about them is released.',
      'By contacting us, you may also object to our further use of your personal information.',
      'We will ask you whether you have any objection to including information about you in our directory.',
      'You can disassociate your registration from third-party accounts any time.',
    ],
    noMatch: ['We object to spam.', 'If you disconnect, your session ends.'],
  },
});
