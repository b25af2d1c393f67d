// Whether a text (from the command line, a fetched page) is a policy: the content script's detector
// (engine/policy-page.ts), fed with the text's own headings. A page saved with its site's navigation
// first (menus, product lists, 85 KB of them on one archived policy) starts its policy past the 20,000
// characters and 30 headings the detector reads: then it reads again from a later heading that names a
// privacy policy.

import type { Source } from './analyze';
import { HEADING_CAP, POLICY_NAME, type PolicyVerdict, scorePolicyPage, TEXT_CAP } from './policy-page';
import type { Heading } from './segment';

/** How many later headings naming a policy are tried: each try costs one detector run (~0.2 ms). */
const MAX_RETRIES = 3;

export function detectPolicyText(text: string, headings: Heading[], source: Source): PolicyVerdict {
  const url = source.url ?? '';
  // Text from a file has no <title>; its first line plays that part ("Netflix Privacy Policy").
  const title = source.title ?? text.slice(0, 200).split('\n', 1)[0] ?? '';
  const verdict = scorePolicyPage({
    url,
    title,
    headings: headings.slice(0, HEADING_CAP).map((h) => h.text),
    text,
  });
  if (verdict.isPolicy) return verdict;
  let tries = 0;
  for (let i = 0; i < headings.length && tries < MAX_RETRIES; i++) {
    const heading = headings[i];
    // Only a heading the first reading did not reach, or reached with the policy's text cut off.
    if (!heading || (i < HEADING_CAP && heading.start < TEXT_CAP / 2) || heading.text.length > 80) continue;
    if (!POLICY_NAME.test(heading.text)) continue;
    tries++;
    const again = scorePolicyPage({
      url,
      title,
      headings: headings.slice(i, i + HEADING_CAP).map((h) => h.text),
      text: text.slice(heading.start),
    });
    if (again.isPolicy) {
      return { ...again, reasons: [`read from the heading "${heading.text}" on`, ...again.reasons] };
    }
  }
  return verdict;
}
