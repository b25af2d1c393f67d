// @vitest-environment happy-dom
// The content script's first pass (content/first-pass.ts) skips the walk of a page that has none of the
// words a privacy policy is found by. It must never skip a page the detector would take: on every saved
// saved page of ../shared/corpus/opp115-dev and every text of modern-dev and tosdr-dev that detection calls
// a policy, the first pass says "may be one".

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpusPages } from '../../bench/corpus-pages';
import { detectModern } from '../../bench/modern-detection';
import { analyzeArgsOf, readInput } from '../../cli/read-input';
import { mayBePolicy } from '../../content/first-pass';
import { analyze } from '../../rules/engine';
import { sharedPath } from './shared-dir';

/** A document whose body holds `text`, as a page showing it would. */
function textPage(text: string, title = ''): Document {
  document.head.innerHTML = '';
  document.title = title;
  document.body.textContent = text;
  return document;
}

describe('the first pass skips no policy', () => {
  // Read as the command line reads a saved page (the content script's walk in happy-dom took three minutes
  // for these 65 pages); the first pass is asked about the text, which a page's textContent holds.
  test('opp115-dev: every saved page detection calls a policy', () => {
    const dir = sharedPath('corpus/opp115-dev/html');
    const pages = loadCorpusPages(sharedPath('corpus/opp115-dev'));
    const detected = pages.flatMap((page) => {
      const input = readInput(path.join(dir, page.file));
      const { source, options } = analyzeArgsOf(page.file, input);
      const summary = analyze(input.text, { ...source, url: page.url }, undefined, options);
      return summary.isPolicy ? [{ page, text: input.text, title: source.title ?? '' }] : [];
    });
    // Otherwise the check would be empty.
    expect(detected.length).toBeGreaterThan(pages.length * 0.8);
    const skipped = detected.filter((d) => !mayBePolicy(textPage(d.text, d.title), d.page.url));
    expect(skipped.map((d) => d.page.file)).toEqual([]);
  }, 180_000);

  test.each(['modern-dev', 'tosdr-dev'])(
    '%s: every text detection calls a policy',
    (corpus) => {
      const dir = sharedPath(`corpus/${corpus}/texts`);
      const rows = detectModern(dir).filter((row) => row.isPolicy);
      const skipped = rows.filter(
        (row) => !mayBePolicy(textPage(readInput(path.join(dir, `${row.name}.md`)).text), ''),
      );
      if (corpus === 'modern-dev') expect(rows.length).toBeGreaterThan(100);
      expect(skipped.map((row) => row.name)).toEqual([]);
    },
    180_000,
  );
});
