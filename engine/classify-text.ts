import { classifySentence } from './classify';
import type { CategoryId } from './ids';
import { normalise } from './normalise';
import { segment } from './segment';

/** The categories of a passage (a paragraph, an OPP-115 segment): the union over its sentences. */
export function classifyPassage(text: string): CategoryId[] {
  const found = new Set<CategoryId>();
  for (const sentence of segment(normalise(text)).sentences) {
    for (const hit of classifySentence(sentence.text)) found.add(hit.category);
  }
  return [...found];
}
