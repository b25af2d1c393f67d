import { describe, expect, test } from 'vitest';
import { normalise } from '../../engine/normalise';
import { segment } from '../../engine/segment';
import type { AnswerEvidence } from '../../engine/types';
import { analyze, analyzeInDetail, answerQuestions, decide } from '../../rules/engine';

const quote = (says: 'yes' | 'no', text: string, weak = false): AnswerEvidence => ({
  text,
  start: 0,
  end: text.length,
  rule: 'test',
  says,
  ...(weak ? { weak } : {}),
});

const sentencesOf = (text: string) => segment(normalise(text)).sentences;

describe('decide', () => {
  test('silence is unclear, with no evidence', () =>
    expect(decide([])).toEqual({ answer: 'unclear', evidence: [] }));
  test('yes alone is yes', () => expect(decide([quote('yes', 'a')]).answer).toBe('yes'));
  test('no alone is no', () => expect(decide([quote('no', 'a')]).answer).toBe('no'));

  test('both sides is unclear and reports the contradiction with both quotes', () => {
    const result = decide([quote('yes', 'We sell data.'), quote('no', 'We never sell data.')]);
    expect(result.answer).toBe('unclear');
    expect(result.contradiction?.yes.text).toBe('We sell data.');
    expect(result.contradiction?.no.text).toBe('We never sell data.');
  });

  test('weak evidence yields to strong evidence and makes no contradiction', () => {
    const result = decide([
      quote('no', 'Check this page for changes.', true),
      quote('yes', 'We will email you.'),
    ]);
    expect(result.answer).toBe('yes');
    expect(result.contradiction).toBeUndefined();
  });

  test('weak evidence decides when it is all there is', () => {
    expect(decide([quote('no', 'Check this page for changes.', true)]).answer).toBe('no');
  });
});

describe('answerQuestions', () => {
  test('a narrow denial decides only when nothing broader speaks (CONTRACT.md §2)', () => {
    const narrow =
      'We do not share personal information with third parties for their direct marketing purposes.';
    const alone = answerQuestions(sentencesOf(narrow))['shares-with-third-parties'];
    expect(alone.answer).toBe('no');
    expect(alone.evidence[0]?.narrow).toBe(true);
    const withBroad = answerQuestions(
      sentencesOf(`${narrow}\nWe may share your device identifiers with our advertising partners.`),
    )['shares-with-third-parties'];
    expect(withBroad.answer).toBe('yes');
    expect(withBroad.contradiction).toBeUndefined();
    expect(withBroad.evidence.map((e) => e.text)).not.toContain(narrow);
  });

  test.each([
    ['We do not sell your personal information for money.', 'sells-data'],
    ['We do not sell your personal data in the conventional sense.', 'sells-data'],
    [
      "We don't share information that personally identifies you with advertisers.",
      'shares-with-third-parties',
    ],
    [
      "We don't share information with advertisers that by itself can be used to contact or identify you.",
      'shares-with-third-parties',
    ],
  ] as const)('"%s" is a narrow no', (sentence, question) => {
    const result = answerQuestions(sentencesOf(sentence))[question];
    expect(result.answer).toBe('no');
    expect(result.evidence[0]?.narrow).toBe(true);
  });

  test('a broad denial beside a narrow one is no contradiction', () => {
    const result = answerQuestions(
      sentencesOf('We do not sell your personal information.\nWe do not sell your data for money.'),
    )['sells-data'];
    expect(result.answer).toBe('no');
    expect(result.evidence[0]?.narrow).toBeUndefined();
  });
});

describe('an engine built with one rule', () => {
  test('reads only what that rule reads', async () => {
    const { analyzeWith } = await import('../../engine/analyze');
    const { ANSWER_RULES } = await import('../../rules');
    const sells = ANSWER_RULES.filter((r) => r.id === 'sells-personal-data');
    const summary = analyzeWith(
      { clauses: [], answers: sells },
      'Privacy policy\n\nWe sell your personal information to data brokers. We use cookies on our site.',
    );
    expect(summary.answers['sells-data'].answer).toBe('yes');
    expect(summary.answers['uses-cookies'].answer).toBe('unclear');
    expect(Object.values(summary.categories).every((c) => !c.mentioned)).toBe(true);
  });
});

describe('list items under a denying lead-in', () => {
  const policy = (leadIn: string) =>
    `# Privacy Policy\n\nWe collect your name and email address.\n\n${leadIn}\n\n- Sell any customer data to third parties.\n- Share your information with advertisers.\n`;

  test('"We do not:" makes each item that opens with the verb a denial', () => {
    const summary = analyze(policy('We do not:'));
    expect(summary.answers['sells-data'].answer).toBe('no');
    expect(summary.answers['shares-with-third-parties'].answer).toBe('no');
  });

  test('a lead-in that denies nothing leaves the items affirmed', () => {
    const summary = analyze(policy('We may:'));
    expect(summary.answers['sells-data'].answer).toBe('yes');
    expect(summary.answers['shares-with-third-parties'].answer).toBe('yes');
  });

  test('so does a denial with words between it and the colon ("we do not under any circumstances engage in:")', () => {
    const summary = analyze(policy('We do not under any circumstances engage in:'));
    expect(summary.answers['sells-data'].answer).toBe('no');
  });

  test('a denial that goes on to list exceptions affirms them', () => {
    const summary = analyze(policy('We do not share your data, except:'));
    expect(summary.answers['sells-data'].answer).toBe('yes');
  });
});

describe('a question', () => {
  test('states no practice: the answer after it decides', () => {
    const result = answerQuestions(
      sentencesOf(
        'Does Acme sell or rent my personal data?\nNo, Acme does not sell or rent your personal data.',
      ),
    )['sells-data'];
    expect(result.answer).toBe('no');
    expect(result.evidence.map((e) => e.text)).toEqual([
      'No, Acme does not sell or rent your personal data.',
    ]);
  });
});

describe('abbreviations inside a sentence', () => {
  test('"e.g." does not hide what follows it from the rules, and the quote keeps its full stops', () => {
    const sentence =
      'We will try to recognise opt-out signals (e.g., Global Privacy Control) from your browser.';
    const result = answerQuestions(sentencesOf(sentence))['do-not-track'];
    expect(result.answer).toBe('yes');
    expect(result.evidence[0]?.text).toBe(sentence);
  });

  test('a condition quoted from the masked copy is spelt as written', () => {
    const result = answerQuestions(
      sentencesOf('We will not share your data with partners unless required by law (e.g. a court order).'),
    )['legal-disclosure'];
    expect(result.evidence[0]?.condition).toContain('e.g. a court order');
  });

  test('"could not … without transferring" affirms the transfer', () => {
    const result = answerQuestions(
      sentencesOf(
        'We could not provide our services without transferring your personal information to the U.S.',
      ),
    )['international-transfer'];
    expect(result.answer).toBe('yes');
  });
});

describe('quotes of the question’s own topic first', () => {
  test('a security clause leads over a measure named in passing', () => {
    const passing = 'We show ads based on pseudonymised data about your visits.';
    const security =
      'To keep your information safe, we protect it with encryption in transit and restrict access to it.';
    const summary = analyze(`Privacy Policy\n\nAdvertising\n\n${passing}\n\nSecurity\n\n${security}`);
    const evidence = summary.answers['security-measures'].evidence.map((e) => e.text);
    expect(summary.categories.security.clauses.map((c) => c.text)).toContain(security);
    expect(evidence).toEqual([security, passing]);
  });
});

describe('a sentence the policy repeats word for word', () => {
  // Google's policy says "This abuse takes many forms, … clicking on ads …" in two sections; shown twice,
  // one sentence takes two of the popup's three places and reads as two pieces of evidence.
  const ADS = 'We share your device identifiers with our advertising partners.';
  const policy = `# Privacy Policy\n\n## Advertising\n\n${ADS}\n\n## Analytics\n\nWe share usage data with analytics providers.\n\n## Summary\n\n${ADS}\n`;

  test('is quoted once, where it first appears, and the answer is the same', () => {
    const { summary, text } = analyzeInDetail(policy);
    const result = summary.answers['shares-with-third-parties'];
    expect(result.answer).toBe('yes');
    expect(result.evidence.filter((e) => e.text === ADS)).toHaveLength(1);
    expect(result.evidence.find((e) => e.text === ADS)?.start).toBe(text.indexOf(ADS));
  });

  test('each side apart: a contradiction keeps its two quotes', () => {
    const NO = 'We never share your personal information with third parties.';
    const result = decide(
      [quote('yes', ADS), quote('no', NO), quote('yes', ADS), quote('no', NO)],
      (e) => e.text,
    );
    expect(result.answer).toBe('unclear');
    expect(result.evidence.map((e) => e.text)).toEqual([ADS, NO]);
  });
});
