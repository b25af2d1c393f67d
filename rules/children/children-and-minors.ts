import { defineRule } from '../../engine/rule';

// Children and minors: ages, COPPA, parental consent, "not directed to children".
export default defineRule({
  id: 'children-and-minors',
  category: 'children',
  patterns: [
    /\b(?:children|child|child's|children's|kids|minors?|teens?|teenagers?|coppa|parental consent)\b/i,
    /\b(?:under|younger than|below) (?:the age of |age )?(?:1[0-8]|thirteen|eighteen|sixteen)\b/i,
    /\b(?:1[0-8]|thirteen|eighteen|sixteen) years? (?:of age|old)\b/i,
  ],
  examples: {
    match: [
      'We do not knowingly collect personal information from children under 13.',
      'You must be at least 18 years of age to use this site.',
      'Parents can review the information we have collected from their child.',
    ],
    noMatch: ['We collect your age and gender.'],
  },
});
