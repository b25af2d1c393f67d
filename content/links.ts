// Finds links to privacy policies on any page. Pages can hold thousands of links, so the scan does one
// querySelectorAll and a cheap keyword test on the raw attribute and text before any URL parsing.

import { urlPoints } from '../engine/policy-page';

const TEXT_CAP = 200;
// Link text longer than this is a sentence or a headline, not the name of a policy.
const MAX_TEXT_WORDS = 6;
export const KEYWORD = /privacy|datenschutz|data.?protection|cookie/i;
const POLICY_TEXT =
  /^(?:(?:our|the|full|online|website|global|view|read|see|your)\s+)*(?:privacy|data protection|cookies?)(?:\s*(?:&|and|\/)\s*(?:cookies?|security|terms))?(?:\s+(?:policy|policies|notice|statement|center|centre|hub|information|info))?$|\bprivacy (?:policy|notice|statement|center|centre)\b|\bdata protection (?:policy|notice|statement)\b|\bcookies? (?:policy|notice|statement)\b|\bdatenschutz/i;
// Controls, not documents: "Privacy settings", "Your privacy choices", "Cookie preferences".
const NOT_POLICY_TEXT = /\b(?:settings|preferences|choices|options|dashboard|controls?|manage)\b/i;

/** Whether a link with this text and href leads to a privacy policy other than the current page. */
export function isPrivacyLink(text: string, href: string, pageUrl: string): boolean {
  const target = resolve(href, pageUrl);
  if (target === undefined) return false;
  const here = resolve(pageUrl, pageUrl);
  if (here !== undefined && withoutHash(target) === withoutHash(here)) return false;
  const label = text.slice(0, TEXT_CAP).replace(/\s+/g, ' ').trim();
  if (label !== '' && label.split(' ').length <= MAX_TEXT_WORDS) {
    if (NOT_POLICY_TEXT.test(label)) return false;
    if (POLICY_TEXT.test(label)) return true;
  }
  return urlPoints(target, false) > 0;
}

/** The anchors under `root` that lead to privacy policies, one per target URL, in document order. */
export function findPrivacyLinks(root: ParentNode, pageUrl: string): HTMLAnchorElement[] {
  const anchors = root.querySelectorAll<HTMLAnchorElement>('a[href]');
  const seen = new Set<string>();
  const found: HTMLAnchorElement[] = [];
  for (const a of anchors) {
    const href = a.getAttribute('href') ?? '';
    const text = a.textContent ?? '';
    if (!KEYWORD.test(href) && !KEYWORD.test(text.slice(0, TEXT_CAP))) continue;
    const target = resolve(href, pageUrl);
    if (target === undefined || !isPrivacyLink(text, href, pageUrl)) continue;
    const key = withoutHash(target);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(a);
  }
  return found;
}

function resolve(href: string, base: string): URL | undefined {
  const raw = href.trim();
  if (raw === '' || raw.length > 2048) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}
