import { describe, expect, test } from 'vitest';
import { findPrivacyLinks, isPrivacyLink } from '../../content/links';

const PAGE = 'https://shop.example.com/products/42?ref=home#reviews';

describe('returns true', () => {
  test.each([
    ['Privacy Policy', '/privacy-policy'],
    ['Privacy', '/legal/privacy'],
    ['Privacy Notice', 'https://www.example.com/help/notice.html'],
    ['Privacy Statement', '/about/statement'],
    ['Privacy Center', 'https://privacy.example.com/'],
    ['Cookie Policy', '/legal/cookies'],
    ['Data protection', '/dp'],
    ['Datenschutzerklärung', '/datenschutz'],
    ['Privacy & Terms', '/policies'],
    ['Our privacy policy', '//cdn.example.com/pp.pdf'],
    ['', '/privacy'],
    ['Legal', 'https://www.example.com/gp/help/PrivacyPolicy.aspx'],
    ['Read more', '/privacy_notice.html'],
    ['Privacy Policy', 'http://old.example.com/privacy'],
    ['Privacy Policy', '/products/42?ref=other'],
  ])('%s → %s', (text, href) => expect(isPrivacyLink(text, href, PAGE)).toBe(true));
});

describe('returns false', () => {
  test.each([
    ['Privacy Policy', 'javascript:openPrivacy()'],
    ['Privacy Policy', 'data:text/html,privacy'],
    ['Privacy Policy', 'mailto:privacy@example.com'],
    ['Privacy Policy', 'blob:https://example.com/1234'],
    ['Privacy Policy', 'ftp://example.com/privacy.txt'],
    ['Privacy Policy', '#privacy'],
    ['Privacy Policy', '/products/42?ref=home'],
    ['Privacy settings', '/account/settings'],
    ['Your privacy choices', '/choices'],
    ['Cookie preferences', '/prefs'],
    ['Terms of Service', '/terms'],
    ['Shop now', '/shop'],
    ['Regulator fines fitness app over privacy failures in landmark case', '/news/2024/fitness-app-fined'],
    ['Fitness app fined', '/news/2024/03/fitness-app-fined-for-privacy-failures-by-regulator'],
    ['Privacy Policy', 'http://[broken'],
    ['Privacy Policy', ''],
  ])('%s → %s', (text, href) => expect(isPrivacyLink(text, href, PAGE)).toBe(false));
});

interface FakeAnchor {
  getAttribute(name: string): string | null;
  textContent: string;
}

const root = (links: Array<[string, string]>) =>
  ({
    querySelectorAll: () =>
      links.map(([text, href]): FakeAnchor => ({ getAttribute: () => href, textContent: text })),
  }) as unknown as ParentNode;

describe('findPrivacyLinks', () => {
  test('keeps one anchor per target, in document order', () => {
    const found = findPrivacyLinks(
      root([
        ['Home', '/'],
        ['Privacy', '/privacy#top'],
        ['Cookie Policy', '/cookies-policy'],
        ['Privacy Policy', '/privacy'],
        ['Privacy settings', '/settings/privacy'],
      ]),
      PAGE,
    );
    expect(found.map((a) => a.textContent)).toEqual(['Privacy', 'Cookie Policy']);
  });

  test('finds the one policy link among thousands', () => {
    const links: Array<[string, string]> = Array.from({ length: 5000 }, (_, i) => [
      `Product ${i}`,
      `/p/${i}`,
    ]);
    links.splice(4000, 0, ['Privacy Notice', '/legal/notice']);
    expect(findPrivacyLinks(root(links), PAGE).map((a) => a.getAttribute('href'))).toEqual(['/legal/notice']);
  });
});
