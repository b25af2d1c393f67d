// @vitest-environment happy-dom
// The quote highlight's lifetime. happy-dom has no CSS Custom Highlight API, so a Map stands in for
// CSS.highlights (real Chromium runs the same code in tests/e2e/layout.test.ts).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { highlightQuote } from '../../content/highlight';

const NAME = 'policylens-quote';
let highlights: Map<string, unknown>;

beforeEach(() => {
  highlights = new Map();
  vi.stubGlobal('CSS', { highlights });
  vi.stubGlobal(
    'Highlight',
    class {
      constructor(readonly range: Range) {}
    },
  );
  vi.useFakeTimers();
  document.body.innerHTML = '<p>We do not sell your data.</p><p>We keep logs for 30 days.</p>';
});

afterEach(() => {
  // Ends any highlight left by a test, so the next starts clean.
  document.dispatchEvent(new Event('pointerdown'));
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function rectAt(top: number): void {
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue({
    top,
    bottom: top + 20,
  } as DOMRect);
}

describe('highlightQuote', () => {
  test('a quote not in the page is reported, and nothing is highlighted', () => {
    expect(highlightQuote(document, 'We sell everything.')).toBe(false);
    expect(highlights.has(NAME)).toBe(false);
  });

  test('stays however long the person reads', () => {
    expect(highlightQuote(document, 'We do not sell your data.')).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(highlights.has(NAME)).toBe(true);
  });

  test('a scroll that keeps the quote in view keeps it; one that takes it out of view ends it', () => {
    highlightQuote(document, 'We do not sell your data.');
    rectAt(100);
    document.dispatchEvent(new Event('scroll'));
    expect(highlights.has(NAME)).toBe(true);
    rectAt(-500);
    document.dispatchEvent(new Event('scroll'));
    expect(highlights.has(NAME)).toBe(false);
  });

  test('a scroll below the view ends it too, also inside a scrolling element', () => {
    highlightQuote(document, 'We do not sell your data.');
    rectAt(innerHeight + 10);
    document.body.querySelector('p')?.dispatchEvent(new Event('scroll'));
    expect(highlights.has(NAME)).toBe(false);
  });

  test('a click in the page ends it', () => {
    highlightQuote(document, 'We do not sell your data.');
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(highlights.has(NAME)).toBe(false);
  });

  test('a second quote replaces the first, and ending it leaves no listener behind', () => {
    highlightQuote(document, 'We do not sell your data.');
    const first = highlights.get(NAME);
    highlightQuote(document, 'We keep logs for 30 days.');
    expect(highlights.get(NAME)).not.toBe(first);
    document.dispatchEvent(new Event('pointerdown'));
    expect(highlights.has(NAME)).toBe(false);
    highlights.set(NAME, 'someone else');
    rectAt(-500);
    document.dispatchEvent(new Event('scroll'));
    expect(highlights.get(NAME)).toBe('someone else');
  });
});
