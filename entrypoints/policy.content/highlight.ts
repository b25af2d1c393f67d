// Shows a quote in the page: scrolls to it and marks it for a few seconds. A CSS Custom Highlight leaves
// the page's DOM alone (no wrapper elements to confuse its scripts); where the API is missing the text is
// selected instead.

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
    const removeStyle = addHighlightStyle(doc);
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

/** A constructed stylesheet is not subject to the page's CSP (style-src), unlike a <style> element. */
function addHighlightStyle(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = RULE;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
