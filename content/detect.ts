// Reads a page's signals for policy detection without forcing layout; engine/policy-page.ts scores them.

import { HEADING_CAP, HEADING_CHARS, type PageSignals, TEXT_CAP } from '../engine/policy-page';

export { type PageSignals, type PolicyVerdict, scorePolicyPage } from '../engine/policy-page';

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** Reads the page's signals without forcing layout: textContent, not innerText. */
export function collectSignals(doc: Document): PageSignals {
  const headings: string[] = [];
  const found = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && headings.length < HEADING_CAP; i++) {
    const h = squash(found[i]?.textContent ?? '', HEADING_CHARS);
    if (h !== '') headings.push(h);
  }
  return {
    url: doc.location?.href ?? doc.URL ?? '',
    title: squash(doc.title ?? '', 300),
    headings,
    text: bodyText(doc),
  };
}

function bodyText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  // SHOW_TEXT; the numeric value keeps this working where the NodeFilter global is missing.
  const walker = doc.createTreeWalker(body, 4);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node !== null && length < TEXT_CAP; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName ?? '';
    if (SKIP_TEXT.has(parent)) continue;
    const value = node.nodeValue ?? '';
    if (value.trim() === '') continue;
    parts.push(value);
    length += value.length + 1;
  }
  return squash(parts.join(' '), TEXT_CAP);
}

function squash(text: string, cap: number): string {
  return text
    .slice(0, cap * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, cap);
}
