// The grammar tagger's cost is bounded per analysis (issue 13, finding 3): a clause is tagged once however
// many rules read a part of it, and past TAG_BUDGET_CHARS the summary says the cheap reading was used.

import { describe, expect, test } from 'vitest';
import { tagBomb, tagBombSentence } from '../../bench/tag-bomb';
import {
  isNegated,
  isNegatedWithin,
  modalOf,
  modalWithin,
  TAG_BUDGET_CHARS,
  TAG_BUDGET_WARNING,
  type TagMemo,
  taggedChars,
  taggerBudgetSpent,
} from '../../engine/grammar';
import { segment } from '../../engine/segment';
import { analyze, answerQuestions } from '../../rules/engine';

// Written for this test: an ordinary policy whose "no", "none" and the month "May" before a modal need the
// tagger.
const ORDINARY = `Privacy Policy
Information We Collect
We collect your name and email address when you create an account.
No personal information is collected from visitors who only read our pages.
None of your messages are read by our staff.
We use cookies to remember your preferences, and you can refuse them in your browser.
Sharing
We share no information with advertisers.
There is no sale of your personal information to anyone.
We may share your information with service providers who process it for us.
In May we may delete accounts of members after two years without a visit.
Your Choices
You can delete your account at any time from the settings page.
You can ask us for a copy of your data, and we reply within 30 days.
Changes
We will notify you by email of material changes to this policy.
This policy was last updated in May 2024.`;

describe('one tagging per clause', () => {
  test('a bomb sentence that fourteen rules match is tagged once, not once per rule', () => {
    const sentence = tagBombSentence(0);
    const memo: TagMemo = new Map();
    const answers = answerQuestions(segment(sentence).sentences, memo);
    const answered = Object.values(answers).filter((a) => a.evidence.length > 0).length;
    expect(answered).toBeGreaterThanOrEqual(12);
    expect(memo.size).toBe(1);
    expect(taggedChars(memo)).toBeLessThanOrEqual(sentence.length);
  });

  // A part of a clause reads as it does alone, with the tagger run on the whole clause.
  const parts: Array<[string, string]> = [
    ['There is no sale of your data to brokers, and', 'There is no sale of your data'],
    ['We keep no records of searches and we sell books', 'We keep no records'],
    ['Our partners can see none of it when they use cookies', 'Our partners can see none of it'],
    ['Under no circumstances is data sold by us to anyone', 'Under no circumstances is data sold'],
    ['Say no to cookies here, we share your data', 'we share your data'],
    ['We collect your data in May and share it then', 'We collect your data in May and share it'],
    ['In May we can share your data with partners', 'In May we can share'],
    ['Do Not Track signals are honored and we share data', 'Do Not Track signals are honored and we share'],
  ];
  test.each(parts)('%s → %s', (clause, part) => {
    const from = clause.indexOf(part);
    const to = from + part.length;
    expect(isNegatedWithin(clause, from, to, new Map())).toBe(isNegated(part));
    expect(modalWithin(clause, from, to, new Map())).toBe(modalOf(part));
  });
});

describe('the tagging budget', () => {
  test('a tag bomb past the budget is analysed whole, with a warning', () => {
    const text = tagBomb(TAG_BUDGET_CHARS * 3);
    const summary = analyze(text);
    expect(summary.warnings).toContain(TAG_BUDGET_WARNING);
    // Every sentence is still read, and answered: past the budget, as the practices are stated.
    expect(summary.stats.sentences).toBe(text.split('\n').length - 1);
    expect(summary.answers['uses-cookies'].answer).toBe('yes');
    expect(summary.answers['sells-data'].evidence.some((e) => e.says === 'yes')).toBe(true);
  });

  test('an ordinary policy uses the tagger and gets no such warning', () => {
    const memo: TagMemo = new Map();
    answerQuestions(segment(ORDINARY).sentences, memo);
    expect(taggedChars(memo)).toBeGreaterThan(0);
    expect(taggerBudgetSpent(memo)).toBe(false);
    const summary = analyze(ORDINARY);
    expect(summary.warnings).not.toContain(TAG_BUDGET_WARNING);
  });

  test('past the budget, an ambiguous "no" is no denial; sure negations still are', () => {
    const memo: TagMemo = new Map();
    let k = 0;
    while (!taggerBudgetSpent(memo)) isNegated(tagBombSentence(k++), memo);
    expect(taggedChars(memo)).toBeLessThanOrEqual(TAG_BUDGET_CHARS);
    expect(isNegated('We share no information with advertisers', memo)).toBe(true);
    expect(isNegated('We do not sell your data', memo)).toBe(true);
    // Short enough to fit what is left of the budget, and still not tagged once the budget ran out.
    expect(isNegated('There is no sale of your data', memo)).toBe(false);
    expect(isNegated('There is no sale of your data', new Map())).toBe(true);
  });
});
