// The words of a policy that changes: the verbs of changing (each once, base form, every form generated
// by verb-forms.ts) and their nouns, and the policy as a sentence names it ("this Privacy Policy", "our
// online privacy statement"). The changes clause rule composes them.

import { anyOf } from './index';
import { verbForms } from './verb-forms';

const CHANGE_VERBS = ['change', 'modify', 'amend', 'revise', 'update', 'alter'];

/** Any form of a changing verb, or its noun: "updated", "revises", "amendments", "alterations". */
export const CHANGE_WORD = anyOf([
  ...CHANGE_VERBS.map(verbForms),
  'modifications?',
  'amendments?',
  'revisions?',
  'alterations?',
]);

/** A changing verb in its base form: "may change", "reserves the right to modify". */
export const CHANGE_VERB = anyOf(CHANGE_VERBS);

/** The policy itself: "this Privacy Policy", "our online privacy statement", "the data policy". */
export const THIS_POLICY = String.raw`(?:this|our|the|these)\s+(?:online\s+|website\s+|site\s+)?(?:privacy\s+|data\s+)?(?:policy|policies|statement|notice)`;
