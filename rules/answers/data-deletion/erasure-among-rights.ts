import { defineAnswerRule } from '../../../engine/rule';

/** One item of a list of rights: "access", "access to", "to update", "rectification". */
const ITEM = String.raw`(?:to\s+)?[\w-]+(?:\s+(?:to|of))?`;
/** What separates two items: a comma, "and", "or", ", and". */
const SEPARATOR = String.raw`(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;

// Erasure among the rights a list names: "you have the right to request access to, correct, and delete your
// data", "a right of access, rectification, restriction, erasure and portability", "the right to require
// from us access, correction or deletion". A list of rights states them; a negation nearby is about
// something else ("if we are unable to fulfil your request to delete…" is no list), so none is read.
export default defineAnswerRule({
  id: 'erasure-among-rights',
  question: 'data-deletion',
  says: 'yes',
  negatable: false,
  patterns: [
    {
      re: new RegExp(
        String.raw`\brights?\s+(?:to|of)\s+(?:(?:request|require|ask)(?:\s+(?:for|from)\s+[\w ]{1,30}?)?\s+)?(?:${ITEM}${SEPARATOR}){0,6}(?:to\s+)?(?:deletion|erasure|delete|erase)\b`,
        'i',
      ),
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
