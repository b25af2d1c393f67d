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
  ],
  examples: {
    yes: [],
    no: ['We do not use cookies.', 'This site uses no cookies at all.'],
    noMatch: [
      'We do not use cookies to collect personally identifiable information.',
      'We do not use persistent cookies.',
    ],
  },
});
