// The words of a person's rights over their own data: who holds them, the verbs of seeing, fixing and
// erasing, the nouns a request names, and "your information". The access clause rules compose these into
// the few ways a policy states such a right ("you may update your profile", "your details can be
// corrected", "you may request deletion of your data"), instead of each rule re-typing its own lists.

import { anyOf } from './index';

import { participle } from './verb-forms';

/** Who holds the right: the reader, or the people a policy names in their place. */
export const DATA_SUBJECTS = [
  'you',
  'users?',
  'visitors?',
  'members?',
  'customers?',
  'parents?',
  'individuals?',
  'consumers?',
  'subscribers?',
  'account holders?',
];

/** Verbs of seeing one's own data, in their base form. */
export const SEE_VERBS = ['access', 'review', 'inspect', 'view', 'export', 'download', 'obtain a copy of'];

/** Verbs of fixing one's own data. */
export const FIX_VERBS = [
  'update',
  'correct',
  'edit',
  'change',
  'modify',
  'amend',
  'rectify',
  'make changes to',
];

/** Verbs of erasing one's own data or account. */
export const ERASE_VERBS = ['delete', 'remove', 'erase', 'deactivate', 'cancel', 'close', 'terminate'];

/** Every verb of a right over one's data, base form: what follows "you can", "the right to", "how to". */
export const RIGHT_VERB = anyOf([...SEE_VERBS, ...FIX_VERBS, ...ERASE_VERBS]);

/** The same verbs as participles, for the passive: "can be updated", "may be deleted". */
export const RIGHT_PARTICIPLE = anyOf(
  [...SEE_VERBS, ...FIX_VERBS, ...ERASE_VERBS].filter((v) => !v.includes(' ')).map(participle),
);

/** What a request for one's data names: "request access to", "ask for deletion", "a copy of". */
export const RIGHT_NOUN = anyOf([
  'access to',
  'corrections?',
  'rectification',
  'deletion',
  'erasure',
  'removal',
  'a copy of',
  'portability',
]);

/** "Can", "may", "have the right to": the person is able or entitled to do what follows. */
export const ABLE = anyOf([
  'can',
  'may',
  // Not "might": "you might see ads", "information might be shared" speak of what can happen to you.
  'could',
  '(?:will be|are|is) able to',
  // "have the right to", "has the option to", "have the choice to".
  String.raw`ha(?:ve|s) the \w+ to`,
  '(?:wish|want|would like) to',
]);

/**
 * The person's data or account, by its head noun: "your personal information", "their profile", "such
 * details". What stands before the noun ("your", "personally identifiable", "shipping address") is left to
 * the construction's gap, so no list of qualifiers has to be kept.
 */
export const OWN_DATA = String.raw`(?:information|data|accounts?|profiles?|details|records?|histor\w*)`;

/** One item of a list of rights: "access", "access to", "to update", "rectification". */
const RIGHTS_ITEM = String.raw`(?:to\s+)?[\w-]+(?:\s+(?:to|of))?`;
/** What separates two items: a comma, "and", "or", ", and", "and/or". */
const RIGHTS_SEPARATOR = String.raw`(?:,\s*(?:and\s+|or\s+|and\/or\s+)?|\s+(?:and|or|and\/or)\s+)`;

/**
 * The opening of a list of rights, up to the item a rule looks for: "the right to request access to,
 * correct, and …", "a right of access, rectification, restriction, …", "the right to require from us
 * access, correction or …", "rights under applicable laws to access, …". A list is read item by item, so
 * "if we are unable to fulfil your request to …" is none.
 */
export const RIGHTS_LIST_TO = String.raw`\brights?\s+(?:under\s+[\w ]{1,30}?\s+)?(?:to|of)\s+(?:(?:request|require|ask)(?:\s+(?:for|from)\s+[\w ]{1,30}?)?\s+)?(?:${RIGHTS_ITEM}${RIGHTS_SEPARATOR}){0,6}(?:to\s+)?`;
