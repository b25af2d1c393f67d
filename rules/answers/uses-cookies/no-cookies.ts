import { defineAnswerRule } from '../../../engine/rule';

// A site without cookies says so plainly: "we do not use cookies", "this site uses no cookies". A denial
// with a purpose or a kind of cookie ("…to collect personal information", "no persistent cookies") leaves
// other cookies in place, so it is not read as one.
export default defineAnswerRule({
  id: 'no-cookies',
  question: 'uses-cookies',
  says: 'no',
  negatable: false,
  patterns: [
    {
      re: /\b(?:do(?:es)? not|don't|doesn't|never|will not)\s+(?:use|set|place|store)\s+(?:any\s+)?cookies\b(?!\s+(?:to|for|that|which|in order|with|containing|in|on your))/i,
      reason: 'no-cookies',
    },
    { re: /\b(?:uses?|sets?|places?)\s+no\s+cookies\b/i, reason: 'uses-no-cookies' },
    // "We manage sessions without using cookies", "cookie-free domains". Not "the site cannot work without
    // the use of cookies" (which uses them) nor "fingerprinting identifies you without using cookies".
    {
      re: /\b(?:we|it|the (?:site|service|app))\s+(?:manages?|operates?|runs?|works?|functions?)\b[^.;]{0,40}\bwithout (?:using|setting) (?:any )?cookies\b(?!\s+(?:to|for|that|which|in order))|\bcookie-?free\b/i,
      reason: 'without-cookies',
    },
  ],
  // A denial for some of the sites ("most of our websites", one site named: "on example.org", "our
  // webpage example.com does not set cookies", where the apps may still use identifiers) or for
  // one kind ("cookies or scripts designed to track you") leaves the rest open.
  unless: [
    /\b(?:most|some|many|several|certain|parts?) of (?:our|the|its)\b|\b[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|eu|io|app|[a-z]{2})\b/i,
    /\bcookies\b[^.;]{0,40}\b(?:designed|intended|used|meant) (?:to|for)\b/i,
    // "We will not use cookies other than for the purposes stated here" uses them.
    /\bcookies\b[^.;]{0,60}\b(?:other than|except|unless|apart from|beyond)\b/i,
  ],
  examples: {
    yes: [],
    no: [
      'We do not use cookies.',
      'This site uses no cookies at all.',
      'The service manages sessions without using cookies.',
      'Our pages are served from cookie-free domains.',
    ],
    noMatch: [
      'We do not use cookies to collect personally identifiable information.',
      'We do not use persistent cookies.',
      'Most of our websites do not use cookies or scripts designed to track the pages you visit.',
      'We do not use cookies on example.org; our shop uses a session cookie.',
      'Our webpage example.com does not set cookies.',
      'We will not use cookies or similar technologies other than for the purposes stated in this policy.',
      'You can browse the site without using cookies for advertising.',
      'Several functions of our website cannot be offered without the use of cookies.',
      'Device fingerprinting can identify your device without using cookies.',
    ],
  },
});
