import { defineRule } from '../../engine/rule';
import { anyOf, CHILD_AUDIENCE, pattern } from '../lexicon';

// Children and minors: ages, COPPA, parental consent, "not directed to children". Apostrophes are often
// lost in extracted text ("childrens"). California's rules for minors' posts are regional rules instead.
export default defineRule({
  id: 'children-and-minors',
  category: 'children',
  patterns: [
    // Who the clause is about, from the vocabulary the children's answer reads (rules/lexicon's
    // CHILD_AUDIENCE), and the words only a clause needs: teens, COPPA, parental consent.
    pattern(
      `\\b(?:${anyOf(CHILD_AUDIENCE)}|childrens|minor|teens?|teenagers?|coppa|parental consent|daughters?(?:'s)? or sons?)\\b`,
    ),
    /\b(?:age|aged)\s+(?:of\s+)?(?:1[0-8]|thirteen|sixteen|eighteen)\b|\b(?:1[0-8]|thirteen|sixteen|eighteen)\s+(?:and|or)\s+(?:older|over|above|under|younger)\b/i,
    /\b(?:under|younger than|below) (?:the age of |age )?(?:1[0-8]|thirteen|eighteen|sixteen)\b/i,
    /\b(?:1[0-8]|thirteen|eighteen|sixteen) years? (?:of age|old)\b/i,
  ],
  unless: [
    /\bcalifornia\b[^.;]{0,80}\b(?:minors?|under 18|under the age of 18)\b|\b(?:minors?|under 18)\b[^.;]{0,80}\bcalifornia\b/i,
  ],
  examples: {
    match: [
      'We do not knowingly collect personal information from children under 13.',
      'You must be at least 18 years of age to use this site.',
      'Parents can review the information we have collected from their child.',
      "If you're worried about your childrens activities, contact us.",
      'Students 13 and older may post comments.',
    ],
    noMatch: [
      'We collect your age and gender.',
      'If you are under 18 and reside in California, you may request removal of content you posted.',
    ],
  },
});
