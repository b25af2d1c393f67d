// The policy diff of CONTRACT.md §7 on a fixture written here: formatting is no change, a new practice is.

import { describe, expect, test } from 'vitest';
import { clauseKey } from '../../engine/clause-key';
import { diffPolicies, type PolicyDiff } from '../../engine/diff';
import { diffToMarkdown, plainQuote } from '../../engine/diff-markdown';
import { analyzeInDetail, analyzeVersion } from '../../rules/engine';
import { POLICY_V1, replaceSentence, withParagraph } from './diff-fixture';
import { restyle, rewrap, swapSections } from './reformat';

function diffTexts(before: string, after: string): PolicyDiff {
  return diffPolicies(analyzeVersion(before, { file: 'old.md' }), analyzeVersion(after, { file: 'new.md' }));
}

function expectNoChange(diff: PolicyDiff): void {
  expect(diff.clauses).toEqual({ added: [], removed: [], reworded: [] });
  expect(diff.answers).toEqual([]);
  expect(diff.changed).toBe(false);
}

const NEW_DATE = replaceSentence(
  replaceSentence(POLICY_V1, 'Last updated: March 3, 2024', 'Last updated: 14 November 2025'),
  'last updated it on March 3, 2024.',
  'last updated it on November 14, 2025.',
);

describe('formatting is no change', () => {
  test.each([
    ['the same text', POLICY_V1],
    ['re-wrapped at 64 columns', rewrap(POLICY_V1, 64)],
    ['re-wrapped at 30 columns', rewrap(POLICY_V1, 30)],
    ['two sections swapped', swapSections(POLICY_V1)],
    ['bullets and emphasis restyled', restyle(POLICY_V1)],
    ['a new "last updated" date', NEW_DATE],
    ['all of these at once', rewrap(restyle(swapSections(NEW_DATE)), 40)],
    ['Windows line endings and trailing spaces', POLICY_V1.replace(/\n/g, '  \r\n')],
    [
      'a sentence that states no practice reworded',
      replaceSentence(
        POLICY_V1,
        'Welcome to Acme.',
        'Thank you for choosing Acme, we are glad you are here.',
      ),
    ],
  ])('%s', (_, after) => {
    // The reformatted text must really differ, or the test proves nothing.
    if (after !== POLICY_V1) expect(after).not.toBe(POLICY_V1);
    expectNoChange(diffTexts(POLICY_V1, after));
  });

  test('the policy dates itself in a sentence that states a practice', () => {
    const dated = analyzeVersion(POLICY_V1).sentences.find((s) => s.text.includes('last updated it on'));
    expect(dated?.categories).toContain('changes');
  });

  test('re-wrapping really breaks sentences across lines', () => {
    const wrapped = rewrap(POLICY_V1, 30);
    expect(wrapped).toContain('We keep your personal\ninformation');
  });
});

describe('a new sentence that sells data', () => {
  const SELLS = 'We sell your personal information to data brokers and advertisers.';
  const after = withParagraph(SELLS);
  const diff = diffTexts(POLICY_V1, after);
  const analysed = analyzeVersion(after).text;

  test('is listed as added, with its categories and offsets into the new text', () => {
    expect(diff.changed).toBe(true);
    expect(diff.clauses.added.map((c) => c.text)).toEqual([SELLS]);
    const [added] = diff.clauses.added;
    expect(added?.categories).toContain('sharing');
    expect(analysed.slice(added?.start, added?.end)).toBe(SELLS);
    expect(diff.clauses.removed).toEqual([]);
    expect(diff.clauses.reworded).toEqual([]);
  });

  test('flips sells-data to yes, quoting it', () => {
    const sells = diff.answers.find((a) => a.question === 'sells-data');
    expect(sells).toMatchObject({ from: 'unclear', to: 'yes', removed: [] });
    expect(sells?.added.map((q) => q.text)).toEqual([SELLS]);
  });

  test('the reverse diff removes it and flips sells-data back', () => {
    const back = diffTexts(after, POLICY_V1);
    expect(back.clauses.removed.map((c) => c.text)).toEqual([SELLS]);
    expect(back.clauses.added).toEqual([]);
    expect(back.answers.find((a) => a.question === 'sells-data')).toMatchObject({
      from: 'yes',
      to: 'unclear',
    });
  });

  test('is found in a reformatted new version too', () => {
    const messy = diffTexts(POLICY_V1, rewrap(swapSections(after), 50));
    expect(messy.clauses.added.map((c) => c.text)).toEqual([SELLS]);
    expect(messy.clauses.removed).toEqual([]);
  });
});

describe('a reworded sentence', () => {
  const after = replaceSentence(POLICY_V1, 'for 30 days after', 'for 90 days after');
  const diff = diffTexts(POLICY_V1, after);

  test('is one reworded change with both versions, not an addition and a removal', () => {
    expect(diff.clauses.added).toEqual([]);
    expect(diff.clauses.removed).toEqual([]);
    expect(diff.clauses.reworded).toHaveLength(1);
    const [change] = diff.clauses.reworded;
    expect(change?.from.text).toContain('30 days');
    expect(change?.to.text).toContain('90 days');
    expect(change?.categories).toContain('retention');
    expect(change?.edits).toEqual([{ from: '30', to: '90' }]);
  });

  test('a sentence rewritten beyond recognition is a removal and an addition', () => {
    const rewritten = replaceSentence(
      POLICY_V1,
      'We keep your personal information for 30 days after you close your account, and then we delete it.',
      'Backups that hold account records are erased on a rolling schedule of twelve months.',
    );
    const d = diffTexts(POLICY_V1, rewritten);
    expect(d.clauses.reworded).toEqual([]);
    expect(d.clauses.removed.map((c) => c.text)).toEqual([
      'We keep your personal information for 30 days after you close your account, and then we delete it.',
    ]);
  });
});

describe('a removed right', () => {
  const ACCESS =
    'You can access and correct your personal information from the settings page of your account.';
  const diff = diffTexts(POLICY_V1, replaceSentence(POLICY_V1, ACCESS, ''));

  test('is removed, with offsets into the old text', () => {
    expect(diff.clauses.removed.map((c) => c.text)).toEqual([ACCESS]);
    const [removed] = diff.clauses.removed;
    expect(analyzeVersion(POLICY_V1).text.slice(removed?.start, removed?.end)).toBe(ACCESS);
    expect(removed?.categories).toContain('access');
  });

  test('changes the access answer, quoting what decided the old one', () => {
    const access = diff.answers.find((a) => a.question === 'user-access');
    expect(access).toMatchObject({ from: 'yes', to: 'unclear', added: [] });
    expect(access?.removed.map((q) => q.text)).toEqual([ACCESS]);
  });
});

describe('the diff header and bad input', () => {
  test('from and to name the versions with their grades', () => {
    const diff = diffTexts(POLICY_V1, POLICY_V1);
    expect(diff).toMatchObject({ schema: 1, kind: 'policy-diff', from: { source: { file: 'old.md' } } });
    expect(diff.to.source).toEqual({ file: 'new.md' });
    expect(typeof diff.from.score).toBe('number');
    expect(diff.warnings).toEqual([]);
  });

  test('a text that is no policy is compared all the same, and the warning says which side', () => {
    const diff = diffTexts('Hello.', POLICY_V1);
    expect(diff.warnings.some((w) => w.startsWith('Old version: '))).toBe(true);
    expect(diff.clauses.added.length).toBeGreaterThan(5);
  });

  test('empty texts are no change', () => expectNoChange(diffTexts('', '')));
});

describe('every categorised sentence, past the summary cap', () => {
  test('analyzeInDetail keeps all of them while the summary lists stay capped', () => {
    const many = Array.from(
      { length: 60 },
      (_, i) => `We collect your email address for purpose number ${i}.`,
    );
    const analysis = analyzeInDetail(many.join('\n'));
    expect(analysis.summary.categories.collection.clauses).toHaveLength(40);
    expect(analysis.sentences.filter((s) => s.categories.includes('collection'))).toHaveLength(60);
  });

  test('a clause added past the 40th of its category is found', () => {
    const many = Array.from(
      { length: 50 },
      (_, i) => `We collect your email address for purpose number ${i}.`,
    );
    const before = many.join('\n');
    const after = `${before}\nWe collect your precise GPS location for purpose number 99.`;
    const diff = diffTexts(before, after);
    expect(diff.clauses.added.map((c) => c.text)).toEqual([
      'We collect your precise GPS location for purpose number 99.',
    ]);
  });
});

describe('clauseKey', () => {
  test.each([
    ['We **collect** your Data.', 'we collect your data'],
    ['(a) We collect   your data;', 'we collect your data'],
    ['Last updated: March 3, 2024.', 'last updated date'],
    ['Effective as of 2024-03-03', 'effective as of date'],
    // Dates in a sentence that does not date the policy are words like any other.
    ['We keep logs until March 3, 2024.', 'we keep logs until march 3 2024'],
  ])('%s → %s', (sentence, key) => expect(clauseKey(sentence)).toBe(key));
});

describe('the change report in Markdown', () => {
  const SELLS = 'We sell your personal information to data brokers.';
  const after = withParagraph(SELLS, replaceSentence(POLICY_V1, 'for 30 days after', 'for 90 days after'));
  const report = diffToMarkdown(diffTexts(POLICY_V1, after));

  test('leads with what the policy now says, quoting it', () => {
    expect(report).toContain(`- **Now says it may sell your data**: "${SELLS}"`);
    expect(report).toContain('  - Sells your data: unclear → yes');
    expect(report.indexOf('## Answers that changed')).toBeLessThan(report.indexOf('## Added'));
  });

  test('lists the added clause and the reworded one with its words', () => {
    expect(report).toMatch(/## Added\n\n- \(Third-party sharing[^)]*\) "We sell your personal information/);
    expect(report).toContain('"30" → "90"');
    expect(report).toContain('  - Before: "We keep your personal information for 30 days after');
  });

  test('a denial that is gone leads as what the policy no longer says', () => {
    const DENIAL = 'We do not sell your personal information to anyone.';
    const denying = withParagraph(DENIAL);
    const gone = diffToMarkdown(diffTexts(denying, POLICY_V1));
    expect(gone).toContain('  - Sells your data: no → unclear');
    expect(gone).toMatch(new RegExp(`- \\*\\*[^*]+\\*\\*: no longer says "${DENIAL.replace('.', '\\.')}"`));
  });

  test('stays plain text: full stops, hyphens and brackets are not escaped', () => {
    expect(report).not.toMatch(/\\[.\-()']/);
  });

  test('a version that is not graded shows no grade or score, only "not graded"', () => {
    const text = diffToMarkdown(diffTexts(POLICY_V1, after), { from: false, to: true });
    expect(text).toMatch(/^From old\.md \(not graded\) to new\.md \(grade [A-E], \d+\/100\)\.$/m);
  });

  test('no change is said in one line', () => {
    expect(diffToMarkdown(diffTexts(POLICY_V1, rewrap(POLICY_V1)))).toContain(
      'No change in what the policy states',
    );
  });

  test('page text cannot add a link, an image or HTML', () => {
    expect(plainQuote('See [here](https://x.example) <img src=x> `code` *bold* &amp;')).toBe(
      'See \\[here\\](https://x.example) \\<img src=x\\> \\`code\\` \\*bold\\* \\&amp;',
    );
  });
});
