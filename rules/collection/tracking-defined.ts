import { defineRule } from '../../engine/rule';

// A policy defines the tracking elements it uses ("A cookie is a small text file that a website stores on
// your computer"): such definitions introduce how the service gathers data, and OPP-115's annotators read
// them as collection (28 of the 37 dev segments that define one).
export default defineRule({
  id: 'tracking-defined',
  category: 'collection',
  patterns: [
    // A definition says what the thing is ("is a small file"), not what happens to it ("a cookie is being sent").
    /\b(?:a|an|the|these) ["']?(?:cookies?|web ?beacons?|pixel tags?|clear gifs?|web bugs?)["']?,? (?:is|are)\b(?! (?:being|available|not|set|sent|stored|placed|used|delivered)\b)|\bcookies? (?:is|are) (?:a |small |unique |simple )/i,
  ],
  examples: {
    match: [
      'A cookie is a small text file that a website stores on your computer.',
      'A "web beacon" is an electronic image that allows websites to count users.',
    ],
    noMatch: [
      'You can delete cookies from your browser.',
      'Your browser can tell you when a cookie is being sent.',
      'Information on managing these cookies is available from Adobe.',
    ],
  },
});
