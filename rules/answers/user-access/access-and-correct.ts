import { defineAnswerRule } from '../../../engine/rule';

// The user can see, update or correct their data or account.
export default defineAnswerRule({
  id: 'access-and-correct',
  question: 'user-access',
  says: 'yes',
  // Negations here are about other things ("you may not let anyone else access your account"); a
  // stated absence of access is read by no-access.
  negatable: false,
  patterns: [
    {
      re: /\b(?:you|users?|members?|customers?|visitors?|parents?|individuals?)\b[^.;]{0,50}\b(?:access|review|update|correct|edit|change|modify|view|amend|rectify|see)\b[^.;]{0,40}\b(?:your|their|the|any|such|all|certain|other)\s+(?:personal(?:ly[- ]identif(?:iable|ying))?\s+)?(?:information|data|account|profile|details|registration|preferences)\b/i,
      reason: 'you-access-or-correct',
    },
    { re: /\b(?:right|rights|request)\s+(?:to|of)\s+(?:access|correct|rectif)/i, reason: 'right-of-access' },
    // The account named by the service's name: "you can edit your Yahoo Account Information".
    {
      re: /\b(?:[Yy]ou|[Uu]sers?|[Mm]embers?)\b[^.;]{0,50}\b(?:access|review|update|correct|edit|change|modify|view)\s+your [A-Z][\w&'-]* (?:[Aa]ccount|[Pp]rofile)\b/,
      reason: 'edit-named-account',
    },
  ],
  unless: [/\b(?:we|us)\s+(?:may\s+)?(?:access|review|update|change|modify)\b/i, /\bthird[- ]part/i],
  examples: {
    yes: [
      'You can access and update your personal information at any time by logging in.',
      'You have the right to access the data we hold about you.',
      'You may access, update or delete your personally-identifiable information in the My Account area.',
      'You can edit your Yahoo Account Information, including your marketing preferences, at any time.',
      'Upon request, you may review all information that we maintain in your record.',
    ],
    no: [],
    noMatch: [
      'We may update this policy from time to time.',
      'Please e-mail us the URL of the material you tried to access, the problem you experienced, and your contact information.',
    ],
  },
});
