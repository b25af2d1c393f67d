// The regex screen (engine/regex-screen.ts) spares the regexes that cannot match a sentence; it must never
// change what the rules say. Each sentence here, and every example sentence of every shipped rule, is read
// with the screen and with a gate that lets every regex run, and the results must be the same. The screen
// is derived from the patterns, so this holds for whatever patterns the rules have when the test runs.

import { describe, expect, test } from 'vitest';
import { answerQuestions } from '../../engine/answers';
import { classifySentence } from '../../engine/classify';
import { findDataTypes } from '../../engine/data-types';
import { screenOf } from '../../engine/regex-screen';
import { type RegexGate, regexOf, splitExample } from '../../engine/rule';
import { segment } from '../../engine/segment';
import { RULE_SET } from '../../rules/engine';

const RUN_ALL: RegexGate = { mayMatch: () => true };

const WRITTEN = [
  'We collect your name, email address and IP address when you create an account.',
  'We do not sell, rent or trade your personal information.',
  'We may share information with advertising partners for interest-based advertising.',
  'Third-party analytics providers such as ad networks may set cookies on our site.',
  'You can access, correct or delete your account in Settings.',
  'We keep your data only as long as needed for the purposes described, then delete it.',
  'We will notify you by email of any material changes to this policy.',
  'Your information may be transferred to and processed in the United States.',
  'We honour Global Privacy Control signals and Do Not Track.',
  'Our service is not directed to children under 13.',
  'We disclose information when required by law or in response to a subpoena.',
  'We use encryption (TLS) and access controls to protect your data.',
  'If you do not want us to share it, ask us to not share your information with third parties.',
  'UTILI\u017dE the s\u017fervice; cookie\u017f are \u017fet by partner\u017f.',
  'Nothing here speaks of any practice at all.',
  '',
];

function sentencesOfRules(): string[] {
  const out: string[] = [];
  for (const rule of [...RULE_SET.clauses, ...RULE_SET.answers]) {
    const ex = rule.examples as Record<string, string[]>;
    for (const list of Object.values(ex)) for (const e of list) out.push(splitExample(e).sentence);
  }
  return out;
}

const ALL = [...WRITTEN, ...sentencesOfRules()];

describe('the screen changes no result of the shipped rules', () => {
  test('it spares regexes on these sentences (else it would test nothing)', () => {
    const screen = screenOf(RULE_SET);
    const patterns = RULE_SET.clauses.flatMap((r) => r.patterns.map(regexOf));
    const spared = WRITTEN.flatMap((s) => patterns.filter((re) => !screen.read(s).mayMatch(re)));
    expect(spared.length).toBeGreaterThan(patterns.length);
  });

  test('no regex it spares could have matched', () => {
    const screen = screenOf(RULE_SET);
    const regexes = [...RULE_SET.clauses, ...RULE_SET.answers].flatMap((r) => r.patterns.map(regexOf));
    for (const sentence of ALL) {
      const gate = screen.read(sentence);
      for (const re of regexes)
        if (!gate.mayMatch(re)) expect([sentence, re.test(sentence)]).toEqual([sentence, false]);
    }
  });

  test('categories', () => {
    for (const sentence of ALL) {
      expect(classifySentence(RULE_SET, sentence)).toEqual(classifySentence(RULE_SET, sentence, '', RUN_ALL));
    }
  });

  test('answers, evidence and data types', () => {
    const text = ALL.filter((s) => s !== '').join('\n');
    const { sentences } = segment(text);
    const screen = screenOf(RULE_SET);
    const gates = sentences.map((s) => screen.read(s.text));
    const runAll = sentences.map(() => RUN_ALL);
    const screened = answerQuestions(RULE_SET.answers, sentences, new Map(), () => '', gates);
    const unscreened = answerQuestions(RULE_SET.answers, sentences, new Map(), () => '', runAll);
    expect(screened).toEqual(unscreened);
    // Evidence was found for every question, so the comparison compared quotes.
    expect(Object.values(screened).every((a) => a.evidence.length > 0)).toBe(true);
    expect(findDataTypes(RULE_SET.dataTypes, sentences, new Map(), gates)).toEqual(
      findDataTypes(RULE_SET.dataTypes, sentences, new Map(), runAll),
    );
  });
});
