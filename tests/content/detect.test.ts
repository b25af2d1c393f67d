import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { loadCorpusPages } from '../../bench/corpus-pages';
import { detectPage } from '../../content/detect';
import { renderedPage } from '../../content/rendered-page';
import { type PageSignals, scorePolicyPage } from '../../engine/policy-page';
import { canonicalUrl, signalsFromHtml } from './page-signals';

const ORDINARY = path.join(__dirname, '../fixtures/ordinary');

// A policy-shaped text: what the signals of a real policy page carry.
const POLICY_TEXT =
  `Privacy Policy. This privacy policy explains how we collect, use and share your personal information.
We collect information you provide, such as your name and email address, and information collected automatically,
such as your IP address, browser type and cookies. We use your information to provide the service. We may share
personal information with service providers and affiliates. We do not sell your personal information to third parties.
You may opt out of marketing emails by clicking unsubscribe. We use cookies and web beacons for analytics and
advertising. Children under 13 may not use the service without parental consent. We retain data as long as needed.
California residents have rights described below. We use security measures and safeguards to protect your data.
Changes to this policy will be posted here. Contact us at privacy@example.com. `.repeat(3);

const signals = (over: Partial<PageSignals>): PageSignals => ({
  url: 'https://www.example.com/',
  title: '',
  headings: [],
  text: '',
  ...over,
});

describe('returns true', () => {
  test.each([
    [
      'a policy at /privacy-policy',
      signals({ url: 'https://ex.com/privacy-policy', title: 'Privacy Policy | Ex', text: POLICY_TEXT }),
    ],
    [
      'a policy at a neutral URL with a policy heading',
      signals({ title: 'Help', headings: ['Privacy Notice'], text: POLICY_TEXT }),
    ],
    ['a policy on a privacy. host', signals({ url: 'https://privacy.ex.com/policy/', text: POLICY_TEXT })],
    [
      '/legal/privacy with only the text to go on',
      signals({ url: 'https://ex.com/legal/privacy', text: POLICY_TEXT }),
    ],
  ])('%s', (_, s) => expect(scorePolicyPage(s).isPolicy).toBe(true));
});

describe('returns false', () => {
  test.each([
    ['an empty page', signals({})],
    [
      'a policy URL and title with no text yet',
      signals({ url: 'https://ex.com/privacy', title: 'Privacy Policy', headings: ['Privacy Policy'] }),
    ],
    [
      'a search for "privacy policy"',
      signals({
        url: 'https://find.ex/search?q=privacy+policy',
        title: 'privacy policy - Find',
        headings: ['Privacy Policy – Ex'],
        text: POLICY_TEXT.slice(0, 400),
      }),
    ],
    [
      'terms of service citing the privacy policy',
      signals({
        url: 'https://ex.com/terms',
        title: 'Terms of Service',
        text: 'These terms govern your use. Our privacy policy explains how we use personal information. You agree to arbitration. '.repeat(
          20,
        ),
      }),
    ],
    [
      'a news slug that mentions privacy',
      signals({
        url: 'https://news.ex/2024/03/app-broke-privacy-rules-says-regulator-in-fine',
        title: 'App broke privacy rules',
        text: 'The company shared personal data with third parties and advertisers, the regulator said. Cookies tracked users who opted out. '.repeat(
          10,
        ),
      }),
    ],
  ])('%s', (_, s) => expect(scorePolicyPage(s).isPolicy).toBe(false));
});

test('explains itself and bounds its confidence', () => {
  const verdict = scorePolicyPage(
    signals({ url: 'https://ex.com/privacy', title: 'Privacy Policy', text: POLICY_TEXT }),
  );
  expect(verdict.reasons.length).toBeGreaterThan(0);
  expect(verdict.confidence).toBeGreaterThan(0.5);
  expect(verdict.confidence).toBeLessThanOrEqual(1);
});

describe('a DOM as rendered: its headings, its text, its verdict', () => {
  const { document } = parseHTML(
    readFileSync(path.join(__dirname, '../fixtures/pages/policy-with-chrome.html'), 'utf8'),
  );
  const page = renderedPage(document as unknown as Document, 100_000);

  test('headings', () => {
    expect(page.headings.slice(0, 3).map((h) => h.text)).toEqual([
      'Privacy Policy',
      'Information we collect',
      'Cookies',
    ]);
  });

  describe('text without script or style', () => {
    test.each([
      ['has', 'We collect the information you give us', true],
      ['lacks script', 'late script text', false],
      ['lacks style', 'position: fixed', false],
    ])('%s', (_, words, present) => expect(page.text.includes(words)).toBe(present));
  });

  test('a policy, with the title and URL beside it', () => {
    const verdict = detectPage(page, 'https://acme.example/privacy', document.title);
    expect(verdict.isPolicy, verdict.reasons.join('; ')).toBe(true);
    expect(verdict.reasons).toContain('title names a policy +3');
  });
});

// The OPP-115 pages in ../shared, with the URL each was collected from.
describe('saved policy pages in ../shared are detected', () => {
  const pages = loadCorpusPages();
  const missed = pages
    .filter((p) => !scorePolicyPage(signalsFromHtml(p.html, p.url)).isPolicy)
    .map((p) => p.file);

  test('at least 95% of them', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    expect(missed.length / pages.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(0.05);
  });
});

describe('ordinary pages are not detected', () => {
  const files = readdirSync(ORDINARY).filter((f) => f.endsWith('.html'));

  test('there are a dozen of them', () => expect(files.length).toBeGreaterThanOrEqual(12));

  test.each(files)('%s', (file) => {
    const html = readFileSync(path.join(ORDINARY, file), 'utf8');
    const verdict = scorePolicyPage(signalsFromHtml(html, canonicalUrl(html)));
    expect(verdict.isPolicy, verdict.reasons.join('; ')).toBe(false);
  });
});
