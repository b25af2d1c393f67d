import { classifySentence } from './classify';
import type { CategoryId } from './ids';
import { normalise } from './normalise';
import { segment } from './segment';

/** The categories of a passage (a paragraph, an OPP-115 segment): the union over its sentences. */
export function classifyPassage(text: string): CategoryId[] {
  const found = new Set<CategoryId>();
  const { sentences, headings } = segment(normalise(text));
  for (const sentence of sentences) {
    for (const hit of classifySentence(sentence.text, headings[sentence.heading]?.text))
      found.add(hit.category);
  }
  return [...found];
}
