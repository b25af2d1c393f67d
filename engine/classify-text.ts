import { type ClauseReading, classifySentence } from './classify';
import type { CategoryId } from './ids';
import { normalise } from './normalise';
import { segment } from './segment';

/**
 * The categories of a passage (a paragraph, an OPP-115 segment): the union over its sentences, less the
 * asides — a choice mentioned in passing in a passage that is mostly about something else.
 */
export function classifyPassage(rules: ClauseReading, text: string): CategoryId[] {
  const { sentences, headings } = segment(normalise(text));
  const perSentence = sentences.map(
    (s) => new Set(classifySentence(rules, s.text, headings[s.heading]?.text).map((h) => h.category)),
  );
  const found = new Set<CategoryId>(perSentence.flatMap((cats) => [...cats]));
  if (sentences.length >= 3) {
    for (const { aside, mainTopics, ownWords } of rules.passageAsides ?? []) {
      const own = perSentence.filter((cats) => cats.has(aside)).length;
      const others = perSentence.filter(
        (cats, i) =>
          !cats.has(aside) && mainTopics.some((c) => cats.has(c)) && !ownWords.test(sentences[i]?.text ?? ''),
      ).length;
      if (own > 0 && others > own) found.delete(aside);
    }
  }
  return [...found];
}
