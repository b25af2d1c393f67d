import { defineAnswerRule } from '../../../engine/rule';

// The user can delete their data or close their account, or ask for deletion.
export default defineAnswerRule({
  id: 'delete-account',
  question: 'data-deletion',
  says: 'yes',
  // What only looks denied: "erase it without undue delay", "you don't need to delete it, as we set
  // retention times", "we cannot fulfil your request to delete if we cannot verify your identity".
  affirmedBy: [
    /\b(?:does|do|will) not affect\b|\bwithout (?:undue )?delay\b|\b(?:don't|do not|won't|will not) (?:need|have) to\b|\b(?:if|unless) we (?:cannot|can't|can|are unable to) verify\b/i,
  ],
  patterns: [
    {
      // The person deletes, not "we" ("if you are a creator, we generally do not delete the data").
      re: /\b(?:you|users?|members?)\b(?:(?!\bwe\b)[^.;]){0,50}\b(?:delete|remove|erase|close|deactivate|cancel|terminate)\b[^.;]{0,40}\b(?:account|information|data|profile|registration|membership|content)\b/i,
      reason: 'you-delete',
    },
    {
      re: /\b(?:requests?|ask|contact us)\b[^.;]{0,40}\b(?:deletion|removal|erasure|to (?:delete|remove|erase)|that we (?:delete|remove|erase))\b/i,
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
    // Deletion last in a list of what the person can do: "you may log in and access your data, correct
    // it, opt out of sharing, or delete your account".
    {
      re: /\byou (?:may|can|are able to|have the ability to)\b[^.;]{0,160}\b(?:delete|remove|erase|close|deactivate)\s+(?:your|their)\s+(?:\w+\s+)?(?:account|information|data|profile)\b/i,
      reason: 'you-may-delete-among-others',
    },
    // "Request that your account be deleted", "request your account to be deleted".
    {
      re: /\b(?:request|ask) (?:that )?(?:your|the) (?:\w+ )?(?:account|data|information|profile|registration)\b[^.;]{0,30}\b(?:to )?be (?:deleted|erased|removed|closed)\b|\b(?:request|ask) to have (?:your|the) (?:\w+ )?(?:account|data|information|profile)\b[^.;]{0,20}\b(?:deleted|erased|removed)\b/i,
      reason: 'request-account-be-deleted',
    },
    // "Should you wish to be removed from our database, simply contact us", "if you would like us to delete
    // it, please send us an email".
    {
      re: /\b(?:wish|want|like)(?: us)? to (?:be removed|be deleted|delete|remove|erase)\b[^.;]{0,80}\b(?:contact us|e-?mail us|let us know|write to us|send us)\b/i,
      reason: 'wish-deleted-contact-us',
    },
  ],
  unless: [
    /\bif you (?:violate|breach)|\bwe (?:may|reserve the right to) (?:delete|remove|terminate|close)\b/i,
  ],
  examples: {
    yes: [
      'Please remember that when you delete your account, it does not affect the copies other users have.',
      'We cannot fulfil your request to delete your data if we cannot verify your identity.',
      'You may also have the right to request to have your personal information deleted or restricted.',
      'All requests for data correction or deletion should be sent by email to our support team.',
      'You may also request us to erase without undue delay your personal data when it is no longer necessary.',
      'You can delete your account at any time from the settings page.',
      'You may request that we delete your personal information.',
      'We will remove you and your personally identifiable information from our records on request.',
      'You may unsubscribe from the newsletter whenever you like, at which point we will delete your address.',
      'Once signed in, you can view your data, change your settings, opt out of sharing with partners, or delete your account.',
      'You may ask that your account be deleted by writing to our privacy team.',
      'Should you wish to be removed from our mailing database, simply contact us.',
    ],
    no: ['You cannot delete information once it has been posted.'],
    noMatch: [
      'If you are a Creator, we generally do not delete the data in your account while it is active.',
      'We may remove content that violates our terms.',
      'You can read about how long we keep data and when we remove it in our retention section.',
    ],
  },
});
