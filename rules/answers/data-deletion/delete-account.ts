import { defineAnswerRule } from '../../../engine/rule';

// The user can delete their data or close their account, or ask for deletion.
export default defineAnswerRule({
  id: 'delete-account',
  question: 'data-deletion',
  says: 'yes',
  patterns: [
    /\b(?:you|users?|members?)\b[^.;]{0,50}\b(?:delete|remove|erase|close|deactivate|cancel|terminate)\b[^.;]{0,40}\b(?:account|information|data|profile|registration|membership|content)\b/i,
    /\b(?:request|ask|contact us)\b[^.;]{0,40}\b(?:deletion|removal|erasure|to (?:delete|remove|erase)|that we (?:delete|remove|erase))\b/i,
    /\bright to (?:erasure|deletion|be forgotten|delete)\b/i,
  ],
  unless: [
    /\bif you (?:violate|breach)|\bwe (?:may|reserve the right to) (?:delete|remove|terminate|close)\b/i,
  ],
  examples: {
    yes: [
      'You can delete your account at any time from the settings page.',
      'You may request that we delete your personal information.',
    ],
    no: ['You cannot delete information once it has been posted.'],
    noMatch: ['We may remove content that violates our terms.'],
  },
});
