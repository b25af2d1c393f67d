import { defineAnswerRule } from '../../../engine/rule';

// A stated absence of choice: "you cannot opt out of the sale of your data". Notices that are part of the
// service (account, billing, security, "not promotional in nature") are not marketing, so they say nothing.
export default defineAnswerRule({
  id: 'cannot-opt-out',
  question: 'opt-out',
  says: 'no',
  negatable: false,
  patterns: [
    {
      re: /\b(?:cannot|can't|can not|may not|are not able to|will not be able to|is no way to|there is no (?:way|option) to|do not (?:offer|provide) (?:a |any )?(?:way|option|ability) to)\s+(?:choose to\s+)?(?:opt[- ]?out|unsubscribe|decline|refuse|stop (?:receiving|the))\b/i,
      reason: 'cannot-opt-out',
    },
  ],
  unless: [
    /\b(?:essential|service[- ]related|service (?:announcements|e-?mails|messages|notices|communications)|transactional|administrative|account|billing|security|legal notices|not promotional|operational|technical|required (?:to|for))\b/i,
  ],
  examples: {
    yes: [],
    no: [
      'You cannot opt out of the sale of your information to our partners.',
      'There is no way to opt out of this tracking.',
    ],
    noMatch: [
      'You may not opt out of service-related emails.',
      'You cannot unsubscribe from messages relating to your account transactions.',
    ],
  },
});
