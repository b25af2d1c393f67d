import { defineAnswerRule } from '../../../engine/rule';

// Cookies told without "we use": "placing and/or reading a cookie on your browser", "the identifier of the
// cookie set on your web browser", as tables of purposes and data types put it. Any negation leaves the
// sentence alone ("we do not place cookies on your device" is for no-cookies to read).
export default defineAnswerRule({
  id: 'cookies-on-your-device',
  question: 'uses-cookies',
  says: 'yes',
  negatable: false,
  deniedSaysNothing: true,
  assertedOnly: true,
  patterns: [
    {
      re: /\b(?:plac(?:e|es|ed|ing)|read(?:s|ing)?|set(?:s|ting)?|stor(?:e|es|ed|ing)|drop(?:s|ped|ping)?)\b(?:\s+(?:and\/or|or|and)\s+\w+)?\s+(?:an?|the|our|its|[A-Z][\w-]*)\s+(?:[\w-]+\s+)?cookies?\s+(?:on|in|to)\s+(?:your|the user's|a user's)\s+(?:web\s+)?(?:browser|device|computer)\b/i,
      reason: 'placing-a-cookie',
    },
    {
      re: /\bcookies?\s+(?:set|placed|stored|dropped)\s+(?:on|in)\s+your\s+(?:web\s+)?(?:browser|device|computer)\b/i,
      reason: 'cookie-set-on-your-browser',
    },
  ],
  // Nor does the reader's own control of cookies ("you can delete cookies stored in your browser", "place an
  // opt-out cookie on your browser"), which tells of cookies in general, not of the service's.
  unless: [
    /\b(?:not|never|no|n't|cannot)\b/i,
    /\b(?:delet|remov|clear|block|disabl|manag|reject|refus)\w*|\bopt[- ]?out\b/i,
  ],
  examples: {
    yes: [
      'Placing and/or reading an analytics cookie on your browser.',
      'User ID: the identifier assigned to the cookie set on your web browser.',
    ],
    no: [],
    noMatch: [
      'We do not place cookies on your device.',
      'You can delete cookies stored in your browser at any time.',
      'Your browser settings decide whether cookies are accepted.',
      'Follow the industry group instructions to place an opt-out cookie on your browser.',
    ],
  },
});
