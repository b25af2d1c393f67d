// The policy diff on real versions (../shared/corpus/modern-dev/versions): on consecutive versions every
// clause reported added is new and every one reported removed is gone; a version reformatted here (lines
// re-wrapped, two sections swapped) against itself is no change.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Analysis } from '../../engine/analyze';
import { clauseKey } from '../../engine/clause-key';
import { diffPolicies } from '../../engine/diff';
import { analyzeVersion } from '../../rules/engine';
import { rewrap, swapSections } from '../engine/reformat';
import { sharedPath } from './shared-dir';

const VERSIONS = sharedPath('corpus/modern-dev/versions');
const POLICIES = readdirSync(VERSIONS).sort();

function versionsOf(policy: string): Array<{ name: string; text: string }> {
  const dir = join(VERSIONS, policy);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function keysOf(analysis: Analysis): Set<string> {
  return new Set(analysis.sentences.map((s) => clauseKey(s.text)));
}

test('the corpus has versions to compare', () => expect(POLICIES.length).toBeGreaterThanOrEqual(10));

describe.each(POLICIES)('%s: consecutive versions', (policy) => {
  const analyses = versionsOf(policy).map((v) => ({ name: v.name, analysis: analyzeVersion(v.text) }));
  const pairs = analyses.slice(1).map((after, i) => [analyses[i], after] as const);

  test.each(pairs.map(([b, a]) => [`${b?.name} → ${a.name}`, b, a] as const))('%s', (_, before, after) => {
    if (!before) throw new Error('no earlier version');
    const diff = diffPolicies(before.analysis, after.analysis);
    const oldKeys = keysOf(before.analysis);
    const newKeys = keysOf(after.analysis);
    for (const clause of diff.clauses.added) {
      expect(oldKeys.has(clauseKey(clause.text)), `added but in ${before.name}: ${clause.text}`).toBe(false);
      expect(after.analysis.text.slice(clause.start, clause.end)).toBe(clause.text);
      expect(clause.categories.length).toBeGreaterThan(0);
    }
    for (const clause of diff.clauses.removed) {
      expect(newKeys.has(clauseKey(clause.text)), `removed but in ${after.name}: ${clause.text}`).toBe(false);
      expect(before.analysis.text.slice(clause.start, clause.end)).toBe(clause.text);
    }
    for (const { from, to } of diff.clauses.reworded) {
      expect(newKeys.has(clauseKey(from.text)), `reworded but unchanged: ${from.text}`).toBe(false);
      expect(oldKeys.has(clauseKey(to.text)), `reworded but unchanged: ${to.text}`).toBe(false);
      expect(before.analysis.text.slice(from.start, from.end)).toBe(from.text);
      expect(after.analysis.text.slice(to.start, to.end)).toBe(to.text);
    }
    for (const answer of diff.answers) {
      expect(answer.from).toBe(before.analysis.summary.answers[answer.question].answer);
      expect(answer.to).toBe(after.analysis.summary.answers[answer.question].answer);
      expect(answer.from).not.toBe(answer.to);
    }
  });
});

describe.each(POLICIES)('%s: the newest version reformatted here', (policy) => {
  const newest = versionsOf(policy).at(-1);
  if (!newest) throw new Error(`${policy} has no versions`);
  const original = analyzeVersion(newest.text);

  test('re-wrapped at 60 columns is no change', () => {
    const wrapped = rewrap(newest.text, 60);
    expect(wrapped).not.toBe(newest.text);
    const diff = diffPolicies(original, analyzeVersion(wrapped));
    expect(diff.clauses).toEqual({ added: [], removed: [], reworded: [] });
    expect(diff.answers).toEqual([]);
    expect(diff.changed).toBe(false);
  });

  test('two sections swapped and re-wrapped is no change', () => {
    const headings = newest.text.split('\n').filter((l) => /^#{1,6} /.test(l)).length;
    if (headings < 4) return; // Nothing to swap: the re-wrap test above covers this version.
    const diff = diffPolicies(original, analyzeVersion(rewrap(swapSections(newest.text), 70)));
    expect(diff.clauses).toEqual({ added: [], removed: [], reworded: [] });
    expect(diff.changed).toBe(false);
  });
});
