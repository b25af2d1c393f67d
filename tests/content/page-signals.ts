// Builds detection signals from saved HTML in Node, the way collectSignals reads them from a live page:
// title and main text from htmlToText, h1-h3 text from a streaming pass.

import { Parser } from 'htmlparser2';
import { htmlToText } from '../../engine/html-to-text';
import type { PageSignals } from '../../engine/policy-page';

export function signalsFromHtml(html: string, url: string): PageSignals {
  const { text, title } = htmlToText(html);
  return { url, title: title ?? '', headings: headingsOf(html), text };
}

/** The canonical URL a fixture declares with <link rel="canonical">. */
export function canonicalUrl(html: string): string {
  const m = html.match(/<link rel="canonical" href="([^"]+)"/);
  if (!m?.[1]) throw new Error('fixture has no <link rel="canonical" href="...">');
  return m[1];
}

function headingsOf(html: string): string[] {
  const headings: string[] = [];
  let depth = 0;
  let current = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (/^h[1-3]$/.test(name)) depth++;
      },
      ontext(data) {
        if (depth > 0) current += data;
      },
      onclosetag(name) {
        if (!/^h[1-3]$/.test(name) || depth === 0) return;
        depth--;
        const h = current.replace(/\s+/g, ' ').trim();
        if (depth === 0 && h !== '' && headings.length < 30) headings.push(h.slice(0, 200));
        if (depth === 0) current = '';
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return headings;
}
