// A clause has one main topic. When a sentence speaks of your choices, your rights, security, children,
// regional rules or how to reach the company, the data it mentions in passing ("you may opt out of having
// your information shared") does not make it a collection or sharing clause. Law students read policies
// this way in OPP-115, where such sentences rarely carry collection or sharing too.

import { CATEGORY_IDS, type CategoryId } from '../../engine/ids';
import type { PassageAside } from '../../engine/rule';

/** What a sentence is about when it also names data: every category but the data practices themselves. */
const MAIN_TOPICS: readonly CategoryId[] = CATEGORY_IDS.filter(
  (c) => c !== 'collection' && c !== 'sharing' && c !== 'cookies',
);

/** Category → the categories it yields to when both are found in one sentence. */
export const YIELDS_TO: Partial<Record<CategoryId, readonly CategoryId[]>> = {
  collection: MAIN_TOPICS,
  sharing: MAIN_TOPICS,
};

// In a passage of three or more sentences, a category is an aside when more of its sentences speak of
// the main topics than of it: a sentence on opting out inside a paragraph about cookies and ad networks
// does not make the paragraph a choice clause (OPP-115's annotators read it so; on the dev set choice
// precision rises with this and the other categories lose nothing).
export const PASSAGE_ASIDES: readonly PassageAside[] = [
  {
    aside: 'choice',
    mainTopics: ['collection', 'sharing', 'cookies'],
    // Sentences that speak of the aside's own subject in words its rules need not catch: "most browsers
    // accept cookies", "if you disable cookies, some features will not work" belong to a passage on the
    // reader's controls, so they never count against the choice it offers (dev choice F1 0.661 -> 0.686,
    // both halves of the policies up).
    ownWords:
      /\b(?:browsers?|settings|disabl\w*|reject\w*|refus\w*|block\w*|turn(?:ed|ing)? off|accept\w*|delet\w*|help (?:menu|section|feature)|options|preferences|manag\w*|controls?|instructions)\b/i,
  },
];
