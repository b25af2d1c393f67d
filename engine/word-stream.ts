// A version's whole text as one run of words, to ask whether a sentence's words occur in it in order
// anywhere, across line breaks and headings. A line that a re-wrap left looking like a heading ("Amazon.com,
// Inc. participates in the EU-US Data Privacy") splits a sentence in two; both halves are still in the run.

import { plainWords } from './clause-key';

export class WordStream {
  private readonly words: string[];
  private readonly positions = new Map<string, number[]>();

  constructor(text: string) {
    this.words = plainWords(text);
    this.words.forEach((word, i) => {
      const list = this.positions.get(word);
      if (list) list.push(i);
      else this.positions.set(word, [i]);
    });
  }

  /** Whether `words` occur here one after another. Anchored on its rarest word, so each check is short. */
  contains(words: string[]): boolean {
    if (words.length === 0) return true;
    let anchor = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (let k = 0; k < words.length; k++) {
      const n = this.positions.get(words[k] ?? '')?.length ?? 0;
      if (n === 0) return false;
      if (n < fewest) {
        fewest = n;
        anchor = k;
      }
    }
    for (const at of this.positions.get(words[anchor] ?? '') ?? []) {
      const start = at - anchor;
      if (start < 0 || start + words.length > this.words.length) continue;
      let k = 0;
      while (k < words.length && this.words[start + k] === words[k]) k++;
      if (k === words.length) return true;
    }
    return false;
  }
}
