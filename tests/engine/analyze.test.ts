// The summary of CONTRACT.md §4, every id present, on fixtures written here.

import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS, DATA_TYPE_IDS, QUESTION_IDS } from '../../engine/ids';
import { analyze, MAX_CHARS, MAX_SENTENCES } from '../../rules/engine';

const POLICY = `Privacy Policy
This privacy policy explains how Acme collects and uses your information.
Information We Collect
We collect your name, email address and IP address when you register.
Cookies
We use cookies to remember your preferences. Third-party advertisers may place cookies on your browser.
Sharing
We do not sell your personal information. We may share your information with our partners for their own marketing.
Children
Our site is not directed to children under 13.
Your Choices
You may opt out of marketing emails at any time. You can delete your account from the settings page.
Security
We use SSL encryption to protect your data.
Changes
If we make material changes, we will notify you by email.
Contact Us
Write to privacy@acme.example with any questions.`;

describe('analyze', () => {
  const summary = analyze(POLICY, { url: 'https://acme.example/privacy' });

  test('every contract id is present', () => {
    expect(Object.keys(summary.answers).sort()).toEqual([...QUESTION_IDS].sort());
    expect(Object.keys(summary.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    for (const t of summary.dataTypes) expect(DATA_TYPE_IDS).toContain(t);
    expect(summary.schema).toBe(1);
  });

  test('quotes point into the analysed text', () => {
    // The analysed text is the normalised input; for this plain input it is the input itself.
    for (const c of CATEGORY_IDS) {
      for (const q of summary.categories[c].clauses) expect(POLICY.slice(q.start, q.end)).toBe(q.text);
    }
  });

  test.each([
    ['sells-data', 'no'],
    ['shares-with-third-parties', 'yes'],
    ['uses-cookies', 'yes'],
    ['third-party-tracking', 'yes'],
    ['collects-from-children', 'no'],
    ['opt-out', 'yes'],
    ['data-deletion', 'yes'],
    ['security-measures', 'yes'],
    ['change-notice', 'yes'],
    ['do-not-track', 'unclear'],
  ] as const)('%s is %s', (question, answer) => expect(summary.answers[question].answer).toBe(answer));

  test('a sentence said twice is one clause of its topic: counted and quoted once', () => {
    // TikTok's policy repeats a choice sentence in two sections; the popup showed it twice in three.
    const twice = `${POLICY}\nSummary\nYou may opt out of marketing emails at any time.`;
    const clauses = analyze(twice).categories.choice.clauses.map((c) => c.text);
    expect(clauses.filter((t) => t === 'You may opt out of marketing emails at any time.')).toHaveLength(1);
    expect(clauses).toEqual(summary.categories.choice.clauses.map((c) => c.text));
  });

  test('data types said to be collected', () => {
    expect(summary.dataTypes).toEqual(expect.arrayContaining(['contact', 'ip-address']));
    expect(summary.dataTypes).not.toContain('health');
  });

  test('it is recognised as an English privacy policy', () => {
    expect(summary.language.english).toBe(true);
    expect(summary.isPolicy).toBe(true);
    expect(summary.warnings).toEqual([]);
  });
});

describe('bad input gets a clear answer', () => {
  test.each([
    ['empty', '', 'no text'],
    [
      'French',
      'Nous collectons vos données personnelles lorsque vous utilisez notre site. '.repeat(20),
      'English',
    ],
    [
      'not a policy',
      'The match ended two to one after extra time, and the crowd went home happy. '.repeat(10),
      'privacy policy',
    ],
  ])('%s text is flagged, not graded as a policy', (_, text, warning) => {
    const summary = analyze(text);
    expect(summary.isPolicy).toBe(false);
    expect(summary.warnings.join(' ')).toContain(warning);
  });

  test('a few words are too short, and said to be', () => {
    const summary = analyze('We collect your email.');
    expect(summary.isPolicy).toBe(false);
    expect(summary.warnings.join(' ')).toContain('too short');
  });

  test('sentences beyond the cap are not read, and the summary says so', () => {
    const summary = analyze('We do.\n'.repeat(MAX_SENTENCES + 10));
    expect(summary.stats.sentences).toBe(MAX_SENTENCES);
    expect(summary.stats.truncated).toBe(true);
    expect(summary.warnings.join(' ')).toMatch(/first .* sentences/);
  });

  test('text beyond the cap is cut and the summary says so', () => {
    const summary = analyze(`${'We collect your email address. '.repeat(MAX_CHARS / 20)}`);
    expect(summary.stats.truncated).toBe(true);
    expect(summary.stats.chars).toBeLessThanOrEqual(MAX_CHARS);
    expect(summary.warnings.join(' ')).toMatch(/first .* characters/);
  });
});
