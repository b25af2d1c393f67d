import { defineRule } from '../../engine/rule';

// Cookies and the other tracking elements: beacons, pixels, clear GIFs, local storage, SDKs, analytics.
export default defineRule({
  id: 'tracking-technologies',
  category: 'cookies',
  patterns: [
    /\bcookies?\b/i,
    /\b(?:web ?beacons?|pixel tags?|pixels?|clear gifs?|single[- ]pixel gifs?|tracking (?:technolog(?:y|ies)|tools?|pixels?|tags?|elements?)|local (?:shared )?(?:objects|storage)|flash cookies|html5|(?:software development kits?|SDKs?)|fingerprint(?:ing)?|tags?\b and scripts|web bugs?|e-?tags?)\b/i,
    /\b(?:google analytics|omniture|comscore|nielsen|quantcast|doubleclick|analytics (?:tools|providers|services|companies|partners))\b/i,
  ],
  examples: {
    match: [
      'We use cookies to remember your preferences.',
      'Our emails may contain web beacons.',
      'We use Google Analytics to understand how the site is used.',
    ],
    noMatch: ['We collect your name and mailing address.'],
  },
});
