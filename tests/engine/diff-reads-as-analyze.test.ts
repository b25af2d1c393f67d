// Each side of a diff is read exactly as `analyze` reads it: the same answers, grade and score, also for a
// policy saved as hard-wrapped text, where reading each line as it stands once gave other answers.

import { describe, expect, test } from 'vitest';
import { diffPolicies } from '../../engine/diff';
import type { Summary } from '../../engine/types';
import { analyze, analyzeVersion } from '../../rules/engine';

// Written here: a policy as a text file wrapped by hand, whose short lines ("We do not sell") would read
// as headings if each line were a block of its own.
const WRAPPED = `Privacy Policy of Acme

We collect your name, email address and
phone number when you create an account,
and your IP address when you visit.

We do not sell
your personal information to anyone.

We use cookies and web beacons to
remember your preferences.

You can delete your account at any
time in your settings.

We keep your personal information for
30 days after you close your account,
and then we delete it.

We share your information with
advertising partners for their own
marketing purposes.
`;

/** The same words wrapped at other places: a different text, the same policy. */
const REWRAPPED = WRAPPED.replace('We do not sell\nyour personal', 'We do not sell your\npersonal').replace(
  'at any\ntime in',
  'at\nany time in',
);

const answersOf = (summary: Summary) =>
  Object.fromEntries(Object.entries(summary.answers).map(([id, a]) => [id, a.answer]));

describe('a hard-wrapped policy', () => {
  test('analyze reads a wrapped sentence as one sentence, quoted as one', () => {
    const summary = analyze(WRAPPED);
    expect(summary.answers['sells-data'].answer).toBe('no');
    expect(summary.answers['sells-data'].evidence[0]?.text).toBe(
      'We do not sell your personal information to anyone.',
    );
    expect(summary.answers['data-deletion'].answer).toBe('yes');
  });

  test.each([
    ['as wrapped', WRAPPED],
    ['re-wrapped', REWRAPPED],
  ])('%s: the diff reads each version with the answers, grade and score analyze gives', (_, text) => {
    const version = analyzeVersion(text).summary;
    const summary = analyze(text);
    expect(answersOf(version)).toEqual(answersOf(summary));
    expect(version.answers).toEqual(summary.answers);
    expect(version.categories).toEqual(summary.categories);
    const diff = diffPolicies(analyzeVersion(WRAPPED), analyzeVersion(text));
    expect(diff.from).toMatchObject({ grade: analyze(WRAPPED).grade, score: analyze(WRAPPED).score });
    expect(diff.to).toMatchObject({ grade: summary.grade, score: summary.score });
  });

  test('re-wrapped is no change, and analyze gives both the same answers', () => {
    expect(REWRAPPED).not.toBe(WRAPPED);
    expect(answersOf(analyze(REWRAPPED))).toEqual(answersOf(analyze(WRAPPED)));
    const diff = diffPolicies(analyzeVersion(WRAPPED), analyzeVersion(REWRAPPED));
    expect(diff.changed).toBe(false);
    expect(diff.answers).toEqual([]);
    expect(diff.clauses).toEqual({ added: [], removed: [], reworded: [] });
  });

  test('a changed answer in a wrapped version is reported with the answers analyze gives', () => {
    const sells = WRAPPED.replace(
      'We do not sell\nyour personal information to anyone.',
      'We sell your personal information\nto data brokers.',
    );
    const diff = diffPolicies(analyzeVersion(WRAPPED), analyzeVersion(sells));
    const change = diff.answers.find((a) => a.question === 'sells-data');
    expect(change).toMatchObject({ from: 'no', to: analyze(sells).answers['sells-data'].answer });
    expect(change?.to).toBe('yes');
    expect(diff.clauses.reworded.map((r) => r.to.text)).toEqual([
      'We sell your personal information to data brokers.',
    ]);
  });
});
