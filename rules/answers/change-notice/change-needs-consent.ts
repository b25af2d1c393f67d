import { defineAnswerRule } from '../../../engine/rule';

// Asking consent before a change is a notice by direct means (CONTRACT.md §2): "we will never materially
// change our policies … without the consent of affected customers". The "never" is the promise, so the rule
// is not negatable.
export default defineAnswerRule({
  id: 'change-needs-consent',
  question: 'change-notice',
  says: 'yes',
  negatable: false,
  patterns: [
    {
      re: /\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:change|modify|amend|alter|revise)\s+(?:this|our|the)\s+(?:privacy\s+)?(?:polic(?:y|ies)|notice|statement|practices)\b[^.;]{0,120}\bwithout\s+(?:(?:your|the|their)\s+)?(?:(?:express|explicit|prior|affirmative)\s+)?consent\b/i,
      reason: 'change-needs-consent',
    },
  ],
  examples: {
    yes: [
      'We will never materially change our policies to make them less protective of data collected in the past without the consent of affected customers.',
      'We will not change this privacy policy in ways that affect data we already hold without your express consent.',
    ],
    no: [],
    noMatch: [
      'We may change this policy at any time without notice.',
      'We will not share your data without your consent.',
    ],
  },
});
