// @vitest-environment happy-dom
// The first pass (content/first-pass.ts) as a true/false table, and the reporter not walking a page it turns
// away. tests/shared/first-pass.test.ts checks on the shared corpora that it turns away no policy.

import { describe, expect, test, vi } from 'vitest';
import { mayBePolicy } from '../../content/first-pass';
import { createPageReporter } from '../../content/page-report';

function page(body: string, title = ''): Document {
  document.title = title;
  document.body.innerHTML = body;
  return document;
}
const FOOTER = '<footer><a href="/p">Privacy Policy</a> <a href="/t">Terms</a></footer>';

describe('may be a policy', () => {
  test.each([
    ['the title and the address', ['<p>Hello</p>', 'Privacy at Acme'], 'https://acme.example/privacy'],
    ['the address and the text once', ['<p>Our cookies.</p>'], 'https://acme.example/legal/cookie-notice'],
    ['the text twice', ['<p>Your privacy. Privacy choices.</p>'], 'https://a.example/'],
    ['cookies and data protection once each', ['<p>Cookies. Data protection.</p>'], 'https://a.example/'],
  ] as const)('%s', (_, [body, title], url) => {
    expect(mayBePolicy(page(body, title), url)).toBe(true);
  });
});

describe('cannot be a policy', () => {
  test.each([
    ['a page without the words', ['<h1>Spring sale</h1><p>Spades are 20% off.</p>', 'Acme tools']],
    ['a shop whose footer links to its privacy policy', [`<h1>Shop</h1>${FOOTER}`, 'Acme']],
    ['a page whose title alone says privacy', ['<p>Hello</p>', 'Privacy']],
  ] as const)('%s', (_, [body, title]) => {
    expect(mayBePolicy(page(body, title), 'https://acme.example/')).toBe(false);
  });
});

test('the reporter does not walk a page the first pass turns away', async () => {
  const doc = page('<h1>Spring sale</h1><p>Spades are 20% off.</p>', 'Acme tools');
  const styles = vi.spyOn(window, 'getComputedStyle');
  const send = vi.fn(async () => ({ grade: null }));
  const report = createPageReporter(doc, send as never);
  await report('https://acme.example/', true);
  expect(styles).not.toHaveBeenCalled();
  // After an in-page navigation the background still hears that this is no policy.
  expect(send).toHaveBeenCalledWith('pageChecked', {
    url: 'https://acme.example/',
    title: 'Acme tools',
    isPolicy: false,
  });
  styles.mockRestore();
});
