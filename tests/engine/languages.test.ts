// Not English, or not a policy: the summary says so (a warning, isPolicy false) instead of grading it.
// Policies in other languages are written here (tests/fixtures/languages/); the ordinary pages
// (tests/fixtures/ordinary/) are the content script's fixtures, read here through htmlToText.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { detectEnglish } from '../../engine/language';
import type { Summary } from '../../engine/types';
import { analyze } from '../../rules/engine';
import { analysedText, checkSummary } from './summary-checks';

const FIXTURES = join(__dirname, '../fixtures');
const read = (...parts: string[]) => readFileSync(join(FIXTURES, ...parts), 'utf8');

// A site's English chrome, as it reaches the engine when a page is read without the extractor (a text
// file saved from the browser, "select all, copy").
const ENGLISH_NAV = 'Home\nShop our products\nAbout us and the team\nRead the blog\nContact us\n\n';
const ENGLISH_FOOTER =
  '\n\n© 2024 Acme Bakery. All rights reserved.\nTerms of use\nPrivacy policy\nCookie settings\n' +
  'Sign up for our newsletter and be the first to hear about new products, seasonal offers and events in your area.';

function checked(text: string, source: { title?: string; url?: string } = {}): Summary {
  const summary = analyze(text, source);
  checkSummary(summary, analysedText(text));
  return summary;
}

function expectNotEnglish(summary: Summary): void {
  expect(summary.language.english).toBe(false);
  expect(summary.isPolicy).toBe(false);
  expect(summary.policyConfidence).toBe(0);
  expect(summary.warnings.join(' ')).toContain('does not look like English');
}

const LANGUAGES = [
  ['French', 'fr.txt'],
  ['German', 'de.txt'],
  ['Spanish', 'es.txt'],
  ['Chinese', 'zh.txt'],
  ['Japanese', 'ja.txt'],
  ['Russian', 'ru.txt'],
  ['Arabic', 'ar.txt'],
] as const;

describe('a policy in another language is not read as English', () => {
  test.each(LANGUAGES)('%s', (_, file) => {
    expectNotEnglish(checked(read('languages', file)));
  });

  test.each(LANGUAGES)('%s, inside an English menu and footer', (_, file) => {
    expectNotEnglish(checked(ENGLISH_NAV + read('languages', file) + ENGLISH_FOOTER));
  });

  test.each([
    ['French', 'mixed-fr.html'],
    ['Chinese', 'mixed-zh.html'],
  ])('a %s policy page with English navigation, read as the extension reads it', (_, file) => {
    const page = htmlToText(read('languages', file));
    expect(page.text).not.toContain('Shop our products');
    expectNotEnglish(checked(page.text, page.title ? { title: page.title } : {}));
  });
});

describe('Chinese and Japanese are counted by character, not by run of letters', () => {
  test('an English menu of 30 words does not outweigh 600 characters of Chinese', () => {
    const zh = read('languages', 'zh.txt');
    expect(detectEnglish(zh).english).toBe(false);
    expect(detectEnglish(ENGLISH_NAV + zh + ENGLISH_FOOTER).english).toBe(false);
  });

  test.each([
    [
      'a script without Latin letters (Arabic)',
      'نحن نجمع معلوماتك الشخصية ونشاركها مع أطراف ثالثة. '.repeat(20),
    ],
    ['Hindi, with its vowel signs', 'हम आपकी व्यक्तिगत जानकारी एकत्र करते हैं और इसे साझा करते हैं। '.repeat(20)],
    ['Korean', '당사는 귀하의 개인정보를 수집하고 제3자와 공유합니다. '.repeat(20)],
    ['Japanese without spaces', '当社はお客様の個人情報を収集し第三者と共有します。'.repeat(20)],
    ['emoji and digits only', '😀 🍪 123 🔒 456 '.repeat(50)],
  ])('%s', (_, text) => {
    expect(detectEnglish(text)).toEqual({ english: false, confidence: 0 });
  });

  test('an English policy that names other languages stays English', () => {
    const text =
      'This privacy policy is also available in 中文, 日本語, 한국어, Español and Français. '.repeat(3) +
      'We collect your name and email address when you register, and we use it to send you the newsletter. '.repeat(
        10,
      );
    expect(detectEnglish(text).english).toBe(true);
  });
});

describe('English pages that are not policies are not graded as policies', () => {
  test.each([
    ['terms of service', 'terms-of-service.html'],
    ['a news article about a privacy scandal', 'news-privacy-scandal.html'],
    ['a recipe behind a cookie banner', 'recipe-cookie-banner.html'],
    ['a blog post', 'blog-post.html'],
    ['an FAQ', 'faq.html'],
  ])('%s', (_, file) => {
    const page = htmlToText(read('ordinary', file));
    const summary = checked(page.text, page.title ? { title: page.title } : {});
    expect(summary.language.english).toBe(true);
    expect(summary.isPolicy).toBe(false);
    expect(summary.warnings.join(' ')).toContain('does not look like a privacy policy');
  });

  test('search results for "privacy policy", with the search URL', () => {
    const page = htmlToText(read('ordinary', 'search-results.html'));
    const summary = checked(page.text, {
      url: 'https://findr.example/search?q=privacy+policy',
      ...(page.title ? { title: page.title } : {}),
    });
    expect(summary.isPolicy).toBe(false);
  });

  test("a cookie banner's text on its own", () => {
    const summary = checked(read('languages', 'cookie-banner.txt'));
    expect(summary.language.english).toBe(true);
    expect(summary.isPolicy).toBe(false);
    expect(summary.warnings.join(' ')).toContain('does not look like a privacy policy');
  });
});
