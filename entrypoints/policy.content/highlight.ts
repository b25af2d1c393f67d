// Shows a quote in the page: scrolls to it and marks it for a few seconds. A CSS Custom Highlight leaves
// the page's DOM alone (no wrapper elements to confuse its scripts); where the API is missing the text is
// selected instead.

import { adoptStyle } from '../../content/adopt-style';
import { findQuoteRange } from './find-quote';

const HIGHLIGHT_NAME = 'policylens-quote';
const SHOW_MS = 4_000;

export function highlightQuote(doc: Document, text: string): boolean {
  const range = findQuoteRange(doc.body ?? doc.documentElement, text);
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });

  const highlights = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (highlights && typeof Highlight === 'function') {
    const removeStyle = adoptStyle(doc, doc, RULE);
    highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    setTimeout(() => {
      highlights.delete(HIGHLIGHT_NAME);
      removeStyle();
    }, SHOW_MS);
  } else {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}

const RULE = `::highlight(${HIGHLIGHT_NAME}){background:#ffd54a;color:#111}`;
