// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findQuoteRange } from '../../content/find-quote';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findQuoteRange finds', () => {
  test.each([
    ['plain text', '<p>We do not sell your data.</p>', 'We do not sell your data.'],
    [
      'text split over inline markup',
      '<p>We do <b>not</b> sell your <a href="#">data</a>.</p>',
      'We do not sell your data.',
    ],
    ['curly quotes and extra spaces', '<p>We \u201cshare\u201d   your\n data.</p>', 'We "share" your data.'],
    ['a bulleted item', '<ul><li>• Your name and email address</li></ul>', 'Your name and email address'],
  ])('%s', (_what, html, quote) => {
    const range = findQuoteRange(page(html), quote);
    expect(range?.toString().replace(/\s+/g, ' ')).toMatch(/^\W*\w.*\w\W*$/);
    expect(
      range
        ?.toString()
        .replace(/[^a-z]/gi, '')
        .toLowerCase(),
    ).toBe(quote.replace(/[^a-z]/gi, '').toLowerCase());
  });
});

describe('findQuoteRange returns null for', () => {
  test.each([
    ['text not on the page', '<p>We sell data.</p>', 'We never sell data.'],
    ['text only inside a script', '<script>var s = "We sell data."</script>', 'We sell data.'],
    ['an empty quote', '<p>x</p>', '...'],
    ['text only in a hidden element', '<p style="display:none">We sell data.</p>', 'We sell data.'],
  ])('%s', (_what, html, quote) => expect(findQuoteRange(page(html), quote)).toBeNull());
});

test('a quote said in hidden text first is found where the person sees it', () => {
  const doc = page(
    '<main style="display:none"><p>We sell data.</p></main><article><p>We sell data.</p></article>',
  );
  const range = findQuoteRange(doc, 'We sell data.');
  expect(range?.startContainer.parentElement?.closest('article')).not.toBeNull();
});
