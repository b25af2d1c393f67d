import { defineAnswerRule } from '../../../engine/rule';

// The user can delete their data or close their account, or ask for deletion.
export default defineAnswerRule({
  id: 'delete-account',
  question: 'data-deletion',
  says: 'yes',
  patterns: [
    {
      re: /\b(?:you|users?|members?)\b[^.;]{0,50}\b(?:delete|remove|erase|close|deactivate|cancel|terminate)\b[^.;]{0,40}\b(?:account|information|data|profile|registration|membership|content)\b/i,
      reason: 'you-delete',
    },
    {
      re: /\b(?:request|ask|contact us)\b[^.;]{0,40}\b(?:deletion|removal|erasure|to (?:delete|remove|erase)|that we (?:delete|remove|erase))\b/i,
      reason: 'request-deletion',
    },
    { re: /\bright to (?:erasure|deletion|be forgotten|delete)\b/i, reason: 'right-to-erasure' },
    // Deletion the company performs when asked: "we will remove your information from our records on
    // request", "information on how to remove your information".
    {
      re: /\b(?:delete|remove|erase)\b[^.;]{0,80}\b(?:on|upon|at) (?:your |their )?(?:written )?request\b|\b(?:on|upon) (?:your )?request,? we (?:will|shall|can) (?:delete|remove|erase)\b|\bhow (?:to|you can) (?:delete|remove|erase|close|cancel)\b[^.;]{0,30}\b(?:account|information|data|profile)\b/i,
      reason: 'deleted-on-request',
    },
    // Deletion that follows the person's own act: "you can unsubscribe at any time, at which point we will
    // delete it".
    {
      re: /\byou\b[^.;]{0,40}\b(?:unsubscribe|opt out|withdraw|cancel|close)\b[^.;]{0,60}\bwe (?:will|shall) (?:then |promptly |permanently )?(?:delete|erase)\b/i,
      reason: 'deleted-after-your-act',
    },
  ],
  unless: [
    /\bif you (?:violate|breach)|\bwe (?:may|reserve the right to) (?:delete|remove|terminate|close)\b/i,
  ],
  examples: {
    yes: [
      'You can delete your account at any time from the settings page.',
      'You may request that we delete your personal information.',
      'We will remove you and your personally identifiable information from our records on request.',
      'You may unsubscribe from the newsletter whenever you like, at which point we will delete your address.',
    ],
    no: ['You cannot delete information once it has been posted.'],
    noMatch: ['We may remove content that violates our terms.'],
  },
});
