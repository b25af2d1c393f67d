import { defineAnswerRule } from '../../../engine/rule';

// A policy that sends the reader to its own cookie policy ("see our Cookie Notice") has cookies to tell of:
// weak evidence, deciding only when no sentence states the practice either way.
export default defineAnswerRule({
  id: 'has-cookie-policy',
  question: 'uses-cookies',
  says: 'yes',
  weak: true,
  negatable: false,
  patterns: [
    {
      re: /\b(?:our|[A-Z][\w&'-]*(?:['’]s)?) (?:[A-Z]\w+ )?Cookies? (?:and [A-Z]\w+ (?:Technolog(?:y|ies) )?)?(?:Policy|Notice|Statement)\b/,
      reason: 'own-cookie-policy',
    },
  ],
  // Not having one is no statement of cookies.
  unless: [/\b(?:not|no|never|n't|without)\b/i],
  examples: {
    yes: [
      'For more on the technologies we use, see our Cookie Notice.',
      'Information from cookies and similar technologies: see our Cookies Policy.',
    ],
    no: [],
    noMatch: [
      'We do not have a Cookie Policy because we do not use cookies.',
      'Read the cookie policy of each advertiser.',
    ],
  },
});
