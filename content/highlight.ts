// Shows a quote in the page: scrolls to it and marks it until the person scrolls it out of view or clicks
// in the page. A CSS Custom Highlight leaves the page's DOM alone (no wrapper elements to confuse its
// scripts). Chromium has it since 105 and Firefox since 140 (every ESR since): an older browser scrolls to
// the quote without marking it (the selection fallback it had cost the content script's budget, 2026-12-01).

import { adoptStyle } from './adopt-style';
import { findQuoteRange } from './find-quote';

const HIGHLIGHT_NAME = 'policylens-quote';
const RULE = `::highlight(${HIGHLIGHT_NAME}){background:#ffd54a;color:#111}`;
// Capture: a scroll inside any scrolling element of the page reaches the document too.
const LISTEN = { capture: true, passive: true };

let clear: (() => void) | undefined;

export function highlightQuote(doc: Document, text: string): boolean {
  const range = findQuoteRange(doc, text);
  if (!range) return false;
  clear?.();
  // Instant, not smooth: the quote is in view before the scroll listener below can see a scroll, so only
  // the person's own scrolling ends the highlight (a smooth scroll would start with the quote off screen).
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });

  const highlights = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (highlights) {
    const removeStyle = adoptStyle(doc, doc, RULE);
    highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    const onScroll = () => {
      const { top, bottom } = range.getBoundingClientRect();
      if (bottom < 0 || top > (doc.defaultView?.innerHeight ?? 0)) clear?.();
    };
    const end = () => clear?.();
    doc.addEventListener('scroll', onScroll, LISTEN);
    doc.addEventListener('pointerdown', end, LISTEN);
    clear = () => {
      highlights.delete(HIGHLIGHT_NAME);
      removeStyle();
      doc.removeEventListener('scroll', onScroll, LISTEN);
      doc.removeEventListener('pointerdown', end, LISTEN);
      clear = undefined;
    };
  }
  return true;
}
