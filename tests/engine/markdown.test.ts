import { describe, expect, test } from 'vitest';
import { analyze } from '../../engine/analyze';
import { escapeMarkdown, toMarkdown } from '../../engine/markdown';

describe('escapeMarkdown makes page text inert', () => {
  test.each([
    ['[click](javascript:alert(1))'],
    ['![x](http://evil.example/pixel.png)'],
    ['<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['a | b | c'],
    ['line one\n| --- |\nline two'],
    ['`code` and **bold** and # heading'],
    ['<https://evil.example>'],
  ])('%s', (hostile) => {
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/(?<!\\)[[\]()<>|`*#]/);
    expect(out).not.toContain('\n');
  });
});

describe('toMarkdown', () => {
  const hostile = `Privacy Policy
We collect your name. [Click here](javascript:alert(1)) | injected | cell
We use cookies <img src=x onerror=alert(1)> to remember you.
We do not sell your personal information.`;
  const summary = analyze(hostile, { url: 'https://example.com/privacy', title: 'Evil ](x) <b>title</b>' });
  const md = toMarkdown(summary, '2026-11-22');

  test('has the grade, score, date, versions and every answer', () => {
    expect(md).toContain(`**Grade ${summary.grade}**, score ${summary.score}/100`);
    expect(md).toContain('Analysed: 2026\\-11\\-22');
    expect(md).toContain(`Engine ${summary.engine}, rubric ${summary.rubric}`);
    expect(md).toContain('| Sells your data | no |');
  });

  test('page text cannot add links, images, HTML or table cells', () => {
    expect(md).not.toMatch(/\]\(javascript/);
    expect(md).not.toMatch(/(?<!\\)<(?:img|b>)/);
    expect(md).toContain('\\<img');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      // Every table row keeps exactly its own cells: unescaped pipes are only the column borders.
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      expect(cells).toBe(3);
    }
  });

  test('is deterministic', () => expect(toMarkdown(summary, '2026-11-22')).toBe(md));
});
