import { defineRule } from '../../engine/rule';

// Cookies and the other tracking elements: beacons, pixels, clear GIFs, local storage, SDKs. Naming an
// analytics or ad company alone ("we use Google Analytics") names a third party, not the mechanism: the
// third-party-tracking answer reads it, and OPP-115's annotators did not tag such sentences as cookies
// (0 of 10 on the dev set).
export default defineRule({
  id: 'tracking-technologies',
  category: 'cookies',
  patterns: [
    /\bcookies?\b/i,
    /\b(?:web ?beacons?|pixel tags?|pixels?|clear gifs?|single[- ]pixel gifs?|tracking (?:technolog(?:y|ies)|tools?|pixels?|tags?|elements?)|local (?:shared )?(?:objects|storage)|flash cookies|html5|(?:software development kits?|SDKs?)|fingerprint(?:ing)?|tags?\b and scripts|web bugs?|e-?tags?)\b/i,
  ],
  // Pointers to another section ("see Sections IV and V for more on cookies") and overviews ("this policy
  // tells you how we use cookies") say nothing about cookies themselves.
  unless: [
    /\b(?:see|refer to|for (?:more|further|additional) (?:information|detail|details)|learn more|tells you|explains how|describes how|will explain)\b/i,
    // A definition that names no one using the thing ("Cookies are small pieces of information…", "What
    // are cookies?") states no practice; OPP-115 tags the tracking element only inside a practice.
    /^(?!.*\b(?:we|us|our)\b)(?:\w+ )?(?:a |an |the )?["“']?(?:cookies?|web ?beacons?|pixel tags?|clear gifs?|flash cookies|local shared objects|tracking technologies)["”']?(?: \([^)]*\))?,? (?:is|are|means|refers?) |^what (?:is|are) (?:a )?(?:cookies?|web beacons?)\b/i,
  ],
  examples: {
    match: [
      'We use cookies to remember your preferences.',
      'Our emails may contain web beacons.',
      'Google Analytics uses cookies to understand how the site is used.',
    ],
    noMatch: [
      'Cookies are small pieces of information that may be served to you while visiting a Web site.',
      'What are Cookies?',
      'We collect your name and mailing address.',
      'We work with analytics companies such as Nielsen.',
    ],
  },
});
