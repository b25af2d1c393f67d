// The HTML the content script sends: within the cap, and an app's inline data does not push the policy's
// text past it (issue 13, finding 8).

import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { pageHtml } from '../../content/page-html';
import { htmlToText } from '../../engine/html-to-text';

const MAX = 100_000;
const POLICY = '<h1>Privacy Policy</h1><p>We collect your email address when you register.</p>';
const page = (head: string, body: string) =>
  parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document;

describe('pageHtml()', () => {
  test('a page within the cap is sent whole, scripts and all', () => {
    const doc = page('<script>var small = 1;</script>', POLICY);
    const { html, htmlCut } = pageHtml(doc, MAX);
    expect(html).toBe(doc.documentElement.outerHTML);
    expect(htmlCut).toBe(false);
  });

  test('inline data in <head> larger than the cap: left out, the text is all there, nothing is cut', () => {
    const data = `{"items":[${'"abcdefghij",'.repeat(MAX / 10)}"end"]}`;
    const doc = page(`<script type="application/json">${data}</script><style>p{}</style>`, POLICY);
    expect(doc.documentElement.outerHTML.length).toBeGreaterThan(MAX);
    const { html, htmlCut } = pageHtml(doc, MAX);
    expect(htmlCut).toBe(false);
    expect(html).not.toContain('abcdefghij');
    expect(htmlToText(html).text).toBe('Privacy Policy\n\nWe collect your email address when you register.');
    // The page itself is untouched: the copy lost the script.
    expect(doc.querySelector('script')).not.toBeNull();
  });

  test('svg, templates and noscript go too; the text around them stays', () => {
    const svg = `<svg>${'<path d="M0 0L10 10"/>'.repeat(MAX / 20)}</svg>`;
    const doc = page('', `${svg}${POLICY}<template>${'x'.repeat(MAX)}</template><noscript>enable</noscript>`);
    const { html, htmlCut } = pageHtml(doc, MAX);
    expect(htmlCut).toBe(false);
    expect(html.length).toBeLessThan(1_000);
    expect(html).toContain('We collect your email address');
  });

  test('a page whose text alone is over the cap is cut, and says so', () => {
    const doc = page('<script>var a = 1;</script>', `<p>${'We collect data. '.repeat(MAX / 10)}</p>`);
    const { html, htmlCut } = pageHtml(doc, MAX);
    expect(html.length).toBe(MAX);
    expect(htmlCut).toBe(true);
  });
});
