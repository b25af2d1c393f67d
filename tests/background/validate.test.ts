import { describe, expect, test } from 'vitest';
import {
  assertFromContentScript,
  assertFromExtensionPage,
  isHttpUrl,
  parsePageChecked,
  parsePageReport,
  parseSummariseTab,
  RejectedMessage,
  type Sender,
} from '../../background/validate';
import { MAX_HTML_CHARS } from '../../messaging/protocol';
import { self, tab } from './senders';

describe('isHttpUrl', () => {
  describe('returns true', () => {
    test.each(['https://a.example/privacy', 'http://127.0.0.1:8080/x?y#z'])('%s', (url) =>
      expect(isHttpUrl(url)).toBe(true),
    );
  });
  describe('returns false', () => {
    test.each([
      'javascript:alert(1)',
      'chrome://settings',
      'file:///etc/passwd',
      'not a url',
      '',
      `https://a.example/${'x'.repeat(9_000)}`,
      42,
      undefined,
    ])('%s', (url) => expect(isHttpUrl(url)).toBe(false));
  });
});

describe('assertFromContentScript', () => {
  test('accepts our content script in a tab and returns its tab id and page', () => {
    expect(
      assertFromContentScript({ id: 'ext-id', tab, url: 'https://a.example/', frameId: 0 }, self),
    ).toEqual({ tabId: 7, url: 'https://a.example/' });
  });
  describe('rejects', () => {
    test.each<[string, Sender]>([
      [
        'no tab (the popup or another extension page)',
        { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' },
      ],
      ['another extension', { id: 'evil', tab, url: 'https://a.example/' }],
      ['a sub-frame', { id: 'ext-id', tab, url: 'https://a.example/', frameId: 3 }],
      ['a non-web page', { id: 'ext-id', tab, url: 'chrome-extension://ext-id/popup.html' }],
    ])('%s', (_what, sender) => expect(() => assertFromContentScript(sender, self)).toThrow(RejectedMessage));
  });
});

describe('assertFromExtensionPage', () => {
  test.each<[string, Sender]>([
    ['the popup', { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }],
    ['the popup opened in a tab', { id: 'ext-id', tab, url: 'chrome-extension://ext-id/popup.html?tab=3' }],
  ])('accepts %s, and returns its address', (_what, sender) =>
    expect(assertFromExtensionPage(sender, self)).toEqual({ url: sender.url }),
  );
  describe('rejects', () => {
    test.each<[string, Sender]>([
      ['a content script', { id: 'ext-id', tab, url: 'https://a.example/' }],
      ['another extension', { id: 'evil', url: 'chrome-extension://evil/popup.html' }],
      ['an origin that only starts like ours', { id: 'ext-id', url: 'chrome-extension://ext-id.evil/' }],
      ['no url', { id: 'ext-id' }],
    ])('%s', (_what, sender) => expect(() => assertFromExtensionPage(sender, self)).toThrow(RejectedMessage));
  });
});

describe('parsePageChecked', () => {
  test('keeps a valid report', () => {
    expect(
      parsePageChecked({ url: 'https://a.example/p', title: 'P', isPolicy: true, html: '<p>x</p>' }),
    ).toEqual({
      url: 'https://a.example/p',
      title: 'P',
      isPolicy: true,
      html: '<p>x</p>',
    });
  });
  test('keeps htmlCut with the HTML it speaks of, and only a true one', () => {
    const report = { url: 'https://a.example/p', title: 'P', isPolicy: true, html: '<p>x</p>' };
    expect(parsePageChecked({ ...report, htmlCut: true }).htmlCut).toBe(true);
    expect(parsePageChecked({ ...report, htmlCut: 'yes' })).not.toHaveProperty('htmlCut');
    expect(parsePageChecked({ ...report, html: undefined, htmlCut: true })).not.toHaveProperty('htmlCut');
  });
  test('keeps a count of hidden characters with the HTML, only a positive whole number', () => {
    const report = { url: 'https://a.example/p', title: 'P', isPolicy: true, html: '<p>x</p>' };
    expect(parsePageChecked({ ...report, hidden: 1200 }).hidden).toBe(1200);
    for (const hidden of [0, -5, 1.5, '1200', Number.NaN, 2 ** 60]) {
      expect(parsePageChecked({ ...report, hidden })).not.toHaveProperty('hidden');
    }
    expect(parsePageChecked({ ...report, html: undefined, hidden: 1200 })).not.toHaveProperty('hidden');
  });
  describe('rejects', () => {
    test.each<[string, unknown]>([
      ['null', null],
      ['an array', []],
      ['a javascript: url', { url: 'javascript:1', title: '', isPolicy: true }],
      ['isPolicy not boolean', { url: 'https://a.example/', title: '', isPolicy: 'yes' }],
      ['title not string', { url: 'https://a.example/', title: 3, isPolicy: false }],
      ['html not string', { url: 'https://a.example/', title: '', isPolicy: true, html: 5 }],
      [
        'html over the cap',
        { url: 'https://a.example/', title: '', isPolicy: true, html: 'x'.repeat(MAX_HTML_CHARS + 1) },
      ],
    ])('%s', (_what, data) => expect(() => parsePageChecked(data)).toThrow(RejectedMessage));
  });
});

describe('parseSummariseTab', () => {
  test.each<[unknown, { tabId: number; force: boolean }]>([
    [{ tabId: 3 }, { tabId: 3, force: false }],
    [
      { tabId: 3, force: true },
      { tabId: 3, force: true },
    ],
  ])('%j is accepted', (data, expected) => expect(parseSummariseTab(data)).toEqual(expected));
  test.each<unknown>([{}, { tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, { tabId: 3, force: 'yes' }, 'x'])(
    '%j is rejected',
    (data) => expect(() => parseSummariseTab(data)).toThrow(RejectedMessage),
  );
});

describe('parsePageReport', () => {
  const report = {
    url: 'https://a.example/p',
    title: 'T',
    html: '<p>x</p>',
    htmlCut: false,
    detection: { isPolicy: true, confidence: 0.9, reasons: ['title', 7] },
    privacyLinks: [
      { href: 'https://a.example/privacy', text: 'Privacy' },
      { href: 'javascript:alert(1)', text: 'x' },
    ],
  };
  test('keeps valid fields and drops bad links and reasons', () => {
    const parsed = parsePageReport(report);
    expect(parsed).toMatchObject({ url: report.url, detection: { reasons: ['title'] } });
    expect('privacyLinks' in parsed && parsed.privacyLinks).toEqual([
      { href: 'https://a.example/privacy', text: 'Privacy' },
    ]);
  });
  test.each([
    ['file:', 'PolicyLens reads web pages only.'],
    ['application/pdf', 'PolicyLens cannot read PDF files yet.'],
    ['image/png', 'This is not a web page PolicyLens can read.'],
    ['<img src=x onerror=alert(1)>', 'This is not a web page PolicyLens can read.'],
  ])('words an unreadable answer (%s) itself', (reason, message) => {
    expect(parsePageReport({ unreadable: reason })).toEqual({ unreadable: message });
  });
  test.each<[string, unknown]>([
    ['no detection', { ...report, detection: undefined }],
    ['a file: url', { ...report, url: 'file:///x' }],
    ['html over the cap', { ...report, html: 'x'.repeat(MAX_HTML_CHARS + 1) }],
    ['undefined', undefined],
  ])('rejects %s', (_what, data) => expect(() => parsePageReport(data)).toThrow(RejectedMessage));
});
