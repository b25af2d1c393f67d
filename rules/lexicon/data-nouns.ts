// The head nouns of phrases that name personal data: "your information", "the details you give us",
// "your mobile phone number", "device identifiers", "your search history". What stands before the head
// ("your", "mobile phone", "device") is left to the construction that uses it, so the data types of
// CONTRACT.md §3 need not be re-typed here (rules/lexicon/data-types.ts keeps them per type).

import { anyOf } from './index';

export const DATA_NOUN = anyOf([
  'information',
  'data',
  'details',
  'address(?:es)?',
  'names?',
  'e-?mails?',
  'numbers?(?! of)',
  'location',
  'preferences',
  'histor(?:y|ies)',
  'identifiers?',
  'ip',
]);
