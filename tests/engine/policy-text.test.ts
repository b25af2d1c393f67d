// Whether a text is a policy, from the text alone (the command line, fetched pages): fixtures written
// here, in Markdown as today's policies are archived, read through engine/markdown-to-text.ts.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { markdownToText } from '../../engine/markdown-to-text';
import { detectPolicyText } from '../../engine/policy-text';
import { segment } from '../../engine/segment';
import { analysedText, analyze } from '../../rules/engine';

const FIXTURES = path.join(__dirname, '../fixtures');
const read = (...parts: string[]) => readFileSync(path.join(FIXTURES, ...parts), 'utf8');

function verdict(markdown: string) {
  const md = markdownToText(markdown);
  const { text } = analysedText(md.text);
  return detectPolicyText(text, segment(text).headings, md.title ? { title: md.title } : {});
}

describe('returns true', () => {
  test.each([
    ['a titled policy', read('markdown/policy.md')],
    // No title and no "this policy describes": only its outline and its statements say what it is.
    ['a policy without a title, in plain words', read('markdown/untitled-policy.md')],
  ])('%s', (_, markdown) => {
    const v = verdict(markdown);
    expect(v.isPolicy, v.reasons.join('; ')).toBe(true);
  });

  test('a policy after 25,000 characters of site navigation', () => {
    const nav = Array.from(
      { length: 1000 },
      (_, i) => `*   [Product Line ${i} for Teams](https://acme.example/p/${i})`,
    );
    const policy = read('markdown/policy.md').replace(/^!\[.*\n/, '');
    const markdown = `[Skip to content](#main)\n\n${nav.join('\n')}\n\n${policy}`;
    const v = verdict(markdown);
    expect(markdownToText(markdown).text.indexOf('Acme Privacy Policy')).toBeGreaterThan(20_000);
    expect(v.isPolicy, v.reasons.join('; ')).toBe(true);
    expect(v.reasons[0]).toBe('read from the heading "Acme Privacy Policy" on');
  });
});

describe('returns false', () => {
  const files = readdirSync(path.join(FIXTURES, 'not-policies')).filter((f) => f.endsWith('.md'));
  test('a shop page, terms of service, an API reference and a help article', () => {
    expect(files.sort()).toEqual([
      'api-docs.md',
      'help-article.md',
      'shop-product.md',
      'terms-of-service.md',
    ]);
  });

  test.each(files)('%s', (file) => {
    const v = verdict(read('not-policies', file));
    expect(v.isPolicy, v.reasons.join('; ')).toBe(false);
  });

  // Terms of service point to the policy in its own words ("Our Privacy Policy explains how we collect…"):
  // that is no self-introduction, and a contract's headings outline a contract.
  test('terms of service that cite the policy, even without their title', () => {
    const terms = read('not-policies/terms-of-service.md').replace(/^Terms of Service\n=+\n/, '');
    for (const markdown of [read('not-policies/terms-of-service.md'), terms]) {
      const v = verdict(markdown);
      expect(v.isPolicy, v.reasons.join('; ')).toBe(false);
      expect(v.reasons.join('; ')).not.toMatch(/introduces itself/);
    }
  });

  test('a navigation menu with a "Privacy Policy" link and nothing after it', () => {
    const nav = Array.from(
      { length: 1000 },
      (_, i) => `*   [Product Line ${i} for Teams](https://acme.example/p/${i})`,
    );
    const v = verdict(
      `${nav.join('\n')}\n\n## Privacy Policy\n\n[Terms](https://acme.example/terms) · © 2026 Acme`,
    );
    expect(v.isPolicy, v.reasons.join('; ')).toBe(false);
  });

  // The same pages as the content script's tests, read as the engine reads a fetched page.
  const ordinary = readdirSync(path.join(FIXTURES, 'ordinary')).filter((f) => f.endsWith('.html'));
  test.each(ordinary)('ordinary page %s, as text', (file) => {
    const page = htmlToText(read('ordinary', file));
    const summary = analyze(page.text, page.title ? { title: page.title } : {});
    expect(summary.isPolicy).toBe(false);
  });
});
