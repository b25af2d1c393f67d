// Today's policies as archived in Markdown (../shared/corpus/modern-dev/texts), read as the command line
// reads them: detected as policies from their text alone, and quoted without Markdown or HTML debris.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectModern, MODERN_DIR, NOT_POLICIES, rate } from '../../bench/modern-detection';
import { sharedPath } from './shared-dir';

const rows = detectModern(sharedPath('corpus/modern-dev/texts'));

describe('policy detection on modern-dev', () => {
  test('reads every file', () => expect(rows.length).toBe(216));

  // Issue 12 asks for 98% of English policies. The held-out slice (every fourth file) is measured apart:
  // its misses were not read while the detector was tuned. Its floor is what it reached then (51 of 53,
  // 96.2%), under the target: a floor that fails when detection gets worse, not a claim that it is met.
  test.each([
    ['dev', false, 0.98],
    ['held-out slice', true, 0.96],
  ])('%s: at least %f detected', (_, slice, floor) => {
    const r = rate(rows.filter((row) => row.slice === slice));
    expect(r.total).toBeGreaterThan(40);
    expect(r.rate, `missed: ${r.missed.join(', ')}`).toBeGreaterThanOrEqual(floor);
  });

  // Each was read and judged by hand: terms of service, hubs of links, pages that never rendered, other
  // languages. They stay undetected: a detector that took them would take such pages in the browser too.
  test.each(Object.entries(NOT_POLICIES))('%s is not taken for a policy (%s)', (name) => {
    const row = rows.find((r) => r.name === name);
    expect(row, `${name}.md is no longer in the corpus`).toBeDefined();
    expect(row?.isPolicy).toBe(false);
  });
});

describe('quotes carry no Markdown or HTML', () => {
  test.each(['](', '![', '<br', '</', 'data:image'])('no quote holds %s', (debris) => {
    const found = rows.flatMap((r) =>
      r.quotes.filter((q) => q.includes(debris)).map((q) => `${r.name}: ${q}`),
    );
    expect(found.slice(0, 5)).toEqual([]);
  });

  test('no quote holds the target of a link, unless the policy writes that address as words', () => {
    const found: string[] = [];
    for (const row of rows) {
      // Markdown escapes (`opt\_out`) are not what a reader sees.
      const raw = readFileSync(path.join(MODERN_DIR, `${row.name}.md`), 'utf8').replace(
        /\\([\\`*_{}[\]()#+.!-])/g,
        '$1',
      );
      const targets = new Set([...raw.matchAll(/\]\(\s*<?(https?:\/\/[^)\s>]{6,})/g)].map((m) => m[1] ?? ''));
      for (const target of targets) {
        // An address also shown as the link's words or as bare text is what a reader sees.
        if (raw.split(`](${target}`).join('').includes(target)) continue;
        for (const q of row.quotes) if (q.includes(target)) found.push(`${row.name}: ${target} in "${q}"`);
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
  });
});
