// A small policy written for the diff's tests, in Markdown as archives keep policies.

export const POLICY_V1 = `# Acme Privacy Policy

Last updated: March 3, 2024

Welcome to Acme. This page explains what happens to your information when you use our apps and websites.

## Information We Collect

We collect your name, email address and phone number when you create an account.

- We collect your IP address and device identifiers when you visit our website.
- We collect the pages you view and the links you click to improve our services.

## How We Share Information

We share your information with service providers who process it on our behalf and under our instructions.

We may disclose your information to law enforcement when required by law or to respond to legal process.

## Cookies

We use cookies and web beacons to remember your preferences and to understand how our website is used.

You can set your browser to refuse cookies, but some features of our website may not work without them.

## Data Retention

We keep your personal information for 30 days after you close your account, and then we delete it.

## Your Choices

You may opt out of marketing emails at any time by clicking the unsubscribe link in any email we send.

You can access and correct your personal information from the settings page of your account.

## Changes to This Policy

If we make material changes to this policy, we will notify you by email before the changes take effect.

We may update this privacy policy from time to time, and we last updated it on March 3, 2024.

## Contact Us

Write to privacy@acme.example with any questions about this policy.
`;

/** One sentence of the fixture replaced by another (throws if the sentence is not there). */
export function replaceSentence(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the fixture has no "${from}"`);
  return text.replace(from, to);
}

const LAW_ENFORCEMENT = 'We may disclose your information to law enforcement';

/** POLICY_V1 with `sentence` as a paragraph of its own before the one on law enforcement. */
export const withParagraph = (sentence: string, text = POLICY_V1): string =>
  replaceSentence(text, LAW_ENFORCEMENT, `${sentence}\n\n${LAW_ENFORCEMENT}`);
