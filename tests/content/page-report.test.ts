// @vitest-environment happy-dom
// What the content script tells the background about its page (content/page-report.ts).
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createPageReporter, readPage, unreadableReason } from '../../content/page-report';

const POLICY_URL = 'https://acme.example/privacy-policy';
const POLICY = `<h1>Privacy Policy</h1><p>${(
  'This privacy policy explains how we collect, use and share your personal information. ' +
    'We collect your name, email address and IP address. We use cookies and web beacons for analytics. ' +
    'We share personal information with service providers and advertisers. We do not sell your personal data. ' +
    'You may opt out of marketing emails. You can access and delete your data. We retain data as long as needed. '
).repeat(3)}</p>`;

beforeEach(() => {
  document.title = 'Privacy Policy | Acme';
  document.body.innerHTML = POLICY;
});

describe('unreadableReason', () => {
  test.each([
    ['an https page', 'https://acme.example/', 'text/html', null],
    ['a file: page', 'file:///home/me/policy.html', 'text/html', 'file:'],
    ['a PDF', 'https://acme.example/policy.pdf', 'application/pdf', 'application/pdf'],
  ])('%s', (_, href, contentType, reason) => {
    expect(unreadableReason({ contentType } as Document, href)).toBe(reason);
  });
});

describe('readPage', () => {
  test('a policy: its rendered HTML, its verdict, uncut', () => {
    const page = readPage(document, POLICY_URL);
    if ('unreadable' in page) throw new Error('read as unreadable');
    expect(page.detection.isPolicy).toBe(true);
    expect(page.html).toContain('<h1>Privacy Policy</h1>');
    expect(page.htmlCut).toBe(false);
    expect(page.title).toBe('Privacy Policy | Acme');
  });

  test('any other page too ("Analyse anyway"), with its privacy links', () => {
    document.body.innerHTML =
      '<h1>Shoes</h1><p>Buy shoes.</p><footer><a href="https://acme.example/privacy">Privacy Policy</a></footer>';
    const page = readPage(document, 'https://acme.example/shoes');
    if ('unreadable' in page) throw new Error('read as unreadable');
    expect(page.detection.isPolicy).toBe(false);
    expect(page.html).toContain('Buy shoes.');
    expect(page.privacyLinks).toEqual([{ href: 'https://acme.example/privacy', text: 'Privacy Policy' }]);
  });

  test('a page it cannot read says why', () => {
    expect(readPage(document, 'file:///policy.html')).toEqual({ unreadable: 'file:' });
  });
});

describe('createPageReporter', () => {
  const setup = () => {
    const send = vi.fn(async () => undefined);
    return { send, report: createPageReporter(document, send as never) };
  };

  test('a policy is sent with its rendered HTML', async () => {
    const { send, report } = setup();
    await report(POLICY_URL, false);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(
      'pageChecked',
      expect.objectContaining({ url: POLICY_URL, isPolicy: true, htmlCut: false }),
    );
  });

  test('the same address and visible text again: nothing sent; a hash change is the same page', async () => {
    const { send, report } = setup();
    await report(POLICY_URL, false);
    await report(`${POLICY_URL}#1`, true);
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a change to hidden text is no change; a change to visible text is', async () => {
    const { send, report } = setup();
    await report(POLICY_URL, false);
    document.body.insertAdjacentHTML('beforeend', '<p style="display:none">We never sell anything.</p>');
    await report(POLICY_URL, true);
    expect(send).toHaveBeenCalledTimes(1);
    document.body.insertAdjacentHTML('beforeend', '<p>We sell your data.</p>');
    await report(POLICY_URL, true);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('an ordinary page is not sent on load, only after an in-page navigation (to clear the badge)', async () => {
    document.body.innerHTML = '<h1>Shoes</h1><p>Buy shoes.</p>';
    const { send, report } = setup();
    await report('https://acme.example/shoes', false);
    expect(send).not.toHaveBeenCalled();
    await report('https://acme.example/boots', true);
    expect(send).toHaveBeenCalledWith('pageChecked', {
      url: 'https://acme.example/boots',
      title: 'Privacy Policy | Acme',
      isPolicy: false,
    });
  });

  test('a failed send is tried again at the next report', async () => {
    const { send, report } = setup();
    send.mockRejectedValueOnce(new Error('worker restarting'));
    await expect(report(POLICY_URL, false)).rejects.toThrow('worker restarting');
    await report(POLICY_URL, false);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
