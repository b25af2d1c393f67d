import { defineRule } from '../../engine/rule';

// The user asks the service for their data or its removal: "you may request a copy", "ask that we delete".
export default defineRule({
  id: 'request-access-or-deletion',
  category: 'access',
  patterns: [
    /\b(?:request|ask)\b(?:[^.;]|\.(?=[a-z])){0,30}\b(?:access to|correction|deletion|removal|a copy of|that we (?:delete|remove|correct|update))\b/i,
    /\brequest(?:ing)? (?:access|updates|changes|corrections)(?: or| and| to)\b|\brequest that (?:your|the|such) (?:account|information|data|profile)\b(?:[^.;]|\.(?=[a-z])){0,20}\bbe (?:deleted|removed|corrected|updated)\b/i,
  ],
  unless: [
    // The service turning a request down or timing its answer describes handling, not the user's right;
    // a friend or e-mail recipient asking for removal from a list is a choice clause.
    /\b(?:deny|refuse|respond to) (?:your|a|such|the) request\b|\byour friend\b|\brecipients?\b/i,
    // Posted-content removal for California minors, parents' COPPA requests: regional and children clauses.
    /\b(?:California|minors?|parents? or (?:legal )?guardians?)\b/i,
  ],
  examples: {
    match: [
      'You can request a copy of the personal information we hold about you.',
      'You may ask that we delete your account data by writing to us.',
    ],
    noMatch: [
      'Under certain limited circumstances we may deny your request to obtain a copy of your information.',
      'California minors may request the removal of content they posted.',
    ],
  },
});
