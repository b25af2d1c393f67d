import { defineAnswerRule } from '../../../engine/rule';
import { pattern } from '../../lexicon';
import { RIGHTS_LIST_TO } from '../../lexicon/user-rights';

// Erasure among the rights a list names (RIGHTS_LIST_TO): "you have the right to request access to, correct,
// and delete your data". A list of rights states them; a negation nearby is about something else, so none
// is read.
export default defineAnswerRule({
  id: 'erasure-among-rights',
  question: 'data-deletion',
  says: 'yes',
  negatable: false,
  patterns: [
    {
      re: pattern(String.raw`${RIGHTS_LIST_TO}(?:deletion|erasure|delete|erase)\b`),
      reason: 'erasure-among-rights',
    },
  ],
  examples: {
    yes: [
      'Subject to applicable law, you have the right to request access to, correct, and delete your data.',
      'You have a right of access, rectification, restriction, erasure and data portability.',
      'You have the right to require from the company access, correction or deletion of your data.',
      'The right to request for the publisher to rectify or delete your personal information.',
    ],
    no: [],
    noMatch: [
      'You have the right to access your data.',
      'Right to appeal: if we are unable to fulfil your request to access or delete your data, we will explain why.',
    ],
  },
});
