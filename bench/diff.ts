// The diff's figure: two 64 KB versions of one policy. The new version is the old one edited the way
// policies change: two sections swapped, words changed in every eighth paragraph, every 25th paragraph
// dropped, a new sentence after every 30th, and every line re-wrapped at 72 columns.

import { diffPolicies } from '../engine/diff';
import { analyzeVersion } from '../rules/engine';
import { median, round, time } from './stats';

function rewrapped(paragraph: string): string {
  return paragraph.replace(/(.{1,72})(?: |$)/g, '$1\n').trimEnd();
}

export function editedVersion(text: string): string {
  const paragraphs = text.split('\n\n');
  const [a, b] = [paragraphs[2], paragraphs[5]];
  if (a !== undefined && b !== undefined) [paragraphs[2], paragraphs[5]] = [b, a];
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i % 25 === 24) return;
    out.push(i % 8 === 7 ? p.replace(/\binformation\b/, 'data').replace(/\bmay\b/, 'will') : p);
    if (i % 30 === 29)
      out.push(`We sell your personal information to data brokers for their own marketing (${i}).`);
  });
  return out.map(rewrapped).join('\n\n');
}

export interface DiffFigures {
  /** Both versions analysed (analyzeVersion) and compared: what `policylens diff` does after reading. */
  wholeMs: number;
  /** diffPolicies alone, on the two analyses. */
  diffMs: number;
  runs: number;
  changes: { answers: number; added: number; removed: number; reworded: number };
}

export function measureDiff(oldText: string, runs: number): DiffFigures {
  const newText = editedVersion(oldText);
  const before = analyzeVersion(oldText);
  const after = analyzeVersion(newText);
  const diff = diffPolicies(before, after);
  return {
    wholeMs: round(median(time(() => diffPolicies(analyzeVersion(oldText), analyzeVersion(newText)), runs))),
    diffMs: round(median(time(() => diffPolicies(before, after), runs)), 2),
    runs,
    changes: {
      answers: diff.answers.length,
      added: diff.clauses.added.length,
      removed: diff.clauses.removed.length,
      reworded: diff.clauses.reworded.length,
    },
  };
}
