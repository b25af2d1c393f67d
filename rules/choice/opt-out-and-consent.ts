import { defineRule } from '../../engine/rule';

// A choice the user has: opt out or in, unsubscribe, withdraw consent, "you may choose not to".
export default defineRule({
  id: 'opt-out-and-consent',
  category: 'choice',
  patterns: [
    /\bopt(?:s|ed|ing)?[- ]?(?:out|in)\b|\bopt-?outs?\b/i,
    /\bunsubscrib\w+|\bremove (?:yourself|your name|your e-?mail)\b[^.;]{0,30}\blists?\b/i,
    /\b(?:you|users?|visitors?)\s+(?:may|can|could|have the (?:right|option|ability|choice)|are free)\b[^.;]{0,20}\b(?:choose|elect|decline|refuse|withdraw|disable|reject|turn off|stop)\b/i,
    /\b(?:withdraw|revoke)\w*\b[^.;]{0,30}\bconsent\b/i,
    /\b(?:if you (?:do not|don't|no longer) (?:wish|want)|if you prefer (?:not|that we not))\b/i,
    /\b(?:your|these|those|the following) (?:choices|options)\b|\bchoices (?:you have|available to you)\b/i,
    /\b(?:browser|device)(?:'s)?\s+(?:settings?|preferences|options)\b|\b(?:set|adjust|change|configure)\s+your\s+(?:browser|device|privacy settings)\b/i,
    /\b(?:NAI|Network Advertising Initiative|Digital Advertising Alliance|DAA|AdChoices|aboutads\.info|YourAdChoices)\b/i,
  ],
  // "You may choose to provide your resume" offers a feature, not control over data.
  unless: [
    /\bchoose to (?:provide|give|submit|enter|send|share|participate|apply|enroll|become|utilize|use|post|join|register|be contacted|receive)\b/i,
  ],
  examples: {
    match: [
      'You can opt out of receiving marketing emails at any time.',
      'Click the unsubscribe link at the bottom of any message.',
      'You may set your browser to refuse all cookies.',
    ],
    noMatch: ['We collect your name when you register.'],
  },
});
