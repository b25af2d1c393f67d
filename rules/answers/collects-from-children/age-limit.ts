import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, CHILD_AUDIENCE, pattern } from '../../lexicon';

// An age gate or the deletion of children's data once discovered: the service does not collect from them.
// Weak: a gate on one use ("you must be 18 to subscribe") leaves room for what the policy states outright,
// "when a child uses the under-13 experience, we collect…" or "children may use it with a parent's approval".
export default defineAnswerRule({
  id: 'age-limit',
  question: 'collects-from-children',
  says: 'no',
  negatable: false,
  weak: true,
  patterns: [
    {
      re: /\b(?:must be|are required to be|have to be|only (?:for|open to) (?:users|persons|individuals|people))\b[^.;]{0,20}\b(?:at least |over |older than )?(?:1[3-8]|thirteen|sixteen|eighteen)\b/i,
      reason: 'minimum-age',
    },
    // "Children under 13 are not allowed to use the Services", but not "… without a guardian's permission".
    {
      re: pattern(
        String.raw`\b${anyOf(CHILD_AUDIENCE)}\b[^.;]{0,40}\b(?:are|is)\s+not\s+(?:allowed|permitted|eligible)\s+to\s+(?:use|register|join|access|open|create)\b(?!\s+(?:\S+\s+){0,3}?without\b)`,
      ),
      reason: 'children-not-allowed',
    },
    {
      re: /\b(?:learn|discover|become aware|find out)\b[^.;]{0,80}\b(?:child|children|minor|under (?:the age of )?1[3-8])\b[^.;]{0,120}\b(?:delete|remove|erase|destroy)\b/i,
      reason: 'delete-child-data-found',
    },
  ],
  examples: {
    yes: [],
    no: [
      'You must be at least 13 years old to use the service.',
      'If we learn that we have collected personal information from a child under 13, we will delete it.',
      'Children are not allowed to use the app if they are under 13 years old.',
    ],
    noMatch: [
      'Children under 13 are not allowed to use this service without permission from a guardian.',
      'We collect your age and gender.',
    ],
  },
});
