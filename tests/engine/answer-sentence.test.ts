// Negation, exceptions, modality and conditions decide what one sentence says to one question.

import { describe, expect, test } from 'vitest';
import { answerSentence } from '../../engine/answer-sentence';
import { clauseAround } from '../../engine/clause-scope';
import { ANSWER_RULES } from '../../rules';

const rule = (id: string) => {
  const found = ANSWER_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('negation belongs to its clause', () => {
  test.each([
    ['sells-personal-data', 'We do not sell your data, but we share it with partners.', 'no'],
    ['shares-with-others', 'We do not sell your data, but we share it with partners.', 'yes'],
    ['sells-personal-data', 'We do not sell, rent or trade your personal information.', 'no'],
    ['sells-personal-data', "We won't ever rent your email address.", 'no'],
    ['sells-personal-data', 'Neither we nor our partners sell your information.', 'no'],
    // A clause that opens with "No" and a noun says there is none; "no later than" is a limit.
    ['targeted-ads', 'No targeted advertising.', 'no'],
    ['retention-limit', 'We keep it no longer than 30 days.', 'yes'],
    ['legal-process', 'We will not share your information unless required by law.', 'yes'],
    ['honours-dnt', 'We honor Do Not Track signals.', 'yes'],
    ['honours-dnt', 'We do not respond to Do Not Track signals.', 'no'],
    [
      'collects-from-children',
      'We do not knowingly collect personal information from children under 13.',
      'no',
    ],
    ['collects-from-children', 'With parental consent, we collect the first names of children.', 'yes'],
    // The reader's wish is not the company's denial.
    [
      'shares-with-others',
      'If you do not want us to share your information with partners, write to us.',
      'yes',
    ],
    [
      'shares-with-others',
      'If, at any time, you do not want us to share your information with third parties, opt out here.',
      'yes',
    ],
    [
      'shares-with-others',
      'If you are a registered user, but do not want your name shared with third parties, tell us.',
      'yes',
    ],
    [
      'shares-with-others',
      'If you prefer not to receive our mail, or prefer that we do not share your name with third parties, call us.',
      'yes',
    ],
    [
      'shares-with-others',
      'You may request that Dictionary.com LLC not disclose your personal information to third parties.',
      'yes',
    ],
  ])('%s on "%s" says %s', (id, sentence, says) =>
    expect(answerSentence(rule(id), sentence)?.says).toBe(says),
  );
});

describe('modality and conditions are kept', () => {
  test('"may" is read as a modal', () => {
    expect(
      answerSentence(rule('shares-with-others'), 'We may share your information with partners.')?.modal,
    ).toBe('may');
  });
  test('a condition is quoted', () => {
    const hit = answerSentence(
      rule('shares-with-others'),
      'We will not share your data with third parties without your consent.',
    );
    expect(hit?.says).toBe('no');
    expect(hit?.condition).toMatch(/^without your consent/);
  });
  test('no condition when none is stated', () => {
    expect(answerSentence(rule('uses-cookies'), 'We use cookies.')?.condition).toBeUndefined();
  });
});

describe('a sentence that opens with a condition', () => {
  test('puts the clause after it under the condition: a hypothesis states no practice', () => {
    const sentence = 'If in the future we change our service, we collect information from children under 13.';
    expect(answerSentence(rule('collects-from-children'), sentence)).toBeNull();
  });
  test('unless the match opens with the condition and so has read it', () => {
    const sentence = "If you're under 13 years old and create an account, we ask for your birthdate.";
    expect(answerSentence(rule('collects-from-children'), sentence)?.says).toBe('yes');
  });
  test('a match that starts inside the condition is still under it', () => {
    const sentence =
      'If you use our app with such third-party services, they may collect information about you.';
    expect(answerSentence(rule('others-collect-about-you'), sentence)).toBeNull();
  });
});

describe('a denial of the data the sentence before named', () => {
  test.each([
    [
      'shares-with-others',
      "Note that this is used in real time: we don't store this information or share it with third parties.",
    ],
    [
      'shares-with-others',
      'The data never leaves your device (so it is not shared with third parties) and is used only there.',
    ],
    ['sells-personal-data', 'We do not sell such data to anyone.'],
    [
      'targeted-ads',
      'We take steps to ensure that such identifiers are not used to contact a specific person, including through behavioral advertising.',
    ],
  ])('%s says nothing on "%s"', (id, sentence) => expect(answerSentence(rule(id), sentence)).toBeNull());
  test.each([
    ['shares-with-others', 'We do not share your information with third parties.'],
    ['shares-with-others', 'The data we collect is not shared with third parties.'],
    ['targeted-ads', 'Your personal data is not used for behavioral advertising.'],
    [
      'sells-personal-data',
      'We never sell personal information, and publish that information only when you do.',
    ],
    [
      'shares-with-others',
      'When you give us personal information, we will not share that information with third parties without your permission.',
    ],
    [
      'sells-personal-data',
      'We do not sell or rent information you provide, unless you consent to provide such information to a partner.',
    ],
  ])('%s still denies on "%s"', (id, sentence) =>
    expect(answerSentence(rule(id), sentence)?.says).toBe('no'),
  );
});

describe('clauseAround', () => {
  const sentence = 'We do not sell your data, but we share it with partners.';
  test.each([
    [sentence.indexOf('sell'), 'We do not sell your data'],
    [sentence.indexOf('share'), ' we share it with partners.'],
  ])('clause at %i', (at, clause) => {
    const [s, e] = clauseAround(sentence, at);
    expect(sentence.slice(s, e)).toBe(clause);
  });
  test('a list after a comma stays in one clause', () => {
    const s2 = 'We do not sell, rent or share your data.';
    const [s, e] = clauseAround(s2, s2.indexOf('share'));
    expect(s2.slice(s, e)).toBe(s2);
  });
  test('a bare "and" before a new "we" and its verb starts a clause', () => {
    const s3 =
      'We have no obligation with respect to such information and we are free to disclose it to any third party.';
    const [s, e] = clauseAround(s3, s3.indexOf('disclose'));
    expect(s3.slice(s, e)).toBe('and we are free to disclose it to any third party.');
  });
  test('an "and" that joins verbs does not', () => {
    const s4 = 'We do not collect and share your data.';
    const [s, e] = clauseAround(s4, s4.indexOf('share'));
    expect(s4.slice(s, e)).toBe(s4);
  });
});

describe('an item of a list a colon leads into', () => {
  const denial =
    'Unless you ask us to, we do not sell, share or use your data for: product research; interest-based advertising; data brokerage.';
  test('is the lead-in clause, up to the item', () => {
    const [s, e] = clauseAround(denial, denial.indexOf('interest-based'));
    expect(denial.slice(s, e)).toBe(
      'we do not sell, share or use your data for: product research; interest-based advertising',
    );
  });
  test("the lead-in's denial covers it", () => {
    expect(answerSentence(rule('targeted-ads'), denial)?.says).toBe('no');
  });
  test('an item with a subject of its own is its own clause', () => {
    const s5 = 'We do not sell your data for: data brokerage; we share it with partners for marketing.';
    const [s] = clauseAround(s5, s5.indexOf('share'));
    expect(s5.slice(s)).toBe(' we share it with partners for marketing.');
    expect(answerSentence(rule('shares-with-others'), s5)?.says).toBe('yes');
  });
  test("a negation in an earlier item is not this one's: the item stands alone", () => {
    const uses =
      'We use this information to: remember you so that you do not have to sign in again; provide personalised advertisements.';
    const [s, e] = clauseAround(uses, uses.indexOf('personalised'));
    expect(uses.slice(s, e)).toBe(' provide personalised advertisements.');
    expect(answerSentence(rule('targeted-ads'), uses)?.says).toBe('yes');
  });
});

describe('what a denial covers', () => {
  test.each([
    // Narrowing phrases: the denial is about one kind of the practice.
    ['sells-personal-data', 'We do not sell your personal information for money.', true],
    ['sells-personal-data', 'We do not sell your personal data in the conventional sense.', true],
    [
      'shares-for-advertising',
      "We don't share information that personally identifies you with advertisers.",
      true,
    ],
    // A concession is the contrast to what the sentence goes on to state.
    [
      'shares-for-advertising',
      'While we do not share your purchases with ad companies, we may share an advertising identifier.',
      true,
    ],
    // Not responding to Do Not Track is narrow only when the sentence says nothing of GPC.
    ['honours-dnt', 'We do not respond to Do Not Track signals.', true],
    ['honours-dnt', 'We do not respond to Do Not Track or Global Privacy Control signals.', false],
    // Broad denials stay broad.
    ['sells-personal-data', 'We do not sell your personal information.', false],
    ['shares-for-advertising', 'We do not share your personal information with advertisers.', false],
  ])('%s: "%s" narrow: %s', (id, sentence, narrow) => {
    const found = answerSentence(rule(id), sentence);
    expect(found?.says).toBe('no');
    expect(found?.narrow ?? false).toBe(narrow);
  });

  test.each([
    [
      'shares-with-others',
      'We do not share your personal information with companies outside Acme except in the following cases:',
    ],
    ['sells-personal-data', 'We do not sell your personal information except as described below.'],
    [
      'shares-with-others',
      'We do not disclose personal data to third parties, except where it is necessary for legitimate business reasons, such as:',
    ],
  ])('%s: a denial that introduces its exceptions states nothing: "%s"', (id, sentence) => {
    expect(answerSentence(rule(id), sentence)).toBeNull();
  });

  test('a denial whose exception points to the purposes of the whole policy is still a denial', () => {
    const found = answerSentence(
      rule('shares-with-others'),
      'We will not share your personal information with third parties without your consent, unless such sharing is necessary for the purposes set forth in this Privacy Policy.',
    );
    expect(found?.says).toBe('no');
  });

  test('an affirmation that points to its exceptions still states the practice', () => {
    const found = answerSentence(
      rule('sells-personal-data'),
      'We sell your personal information to data brokers, except as described below.',
    );
    expect(found?.says).toBe('yes');
  });

  test('the person asking us not to share is an opt-out, not a denial', () => {
    const found = answerSentence(
      rule('shares-with-others'),
      'You can also ask us to not share your information with third parties for marketing purposes.',
    );
    expect(found?.says).toBe('yes');
  });
});

describe('a negation inside an aside', () => {
  test.each([
    [
      'targeted-ads',
      'Partners may use information (not including your name or email) about your visits to show you interest-based ads.',
      'yes',
    ],
    ['targeted-ads', 'We do not show you interest-based ads (see below).', 'no'],
    // An aside that holds the match keeps its negation.
    ['targeted-ads', 'Our ads (which are not targeted ads) follow the page.', 'no'],
  ])('%s: %s → %s', (id, sentence, says) => {
    expect(answerSentence(rule(id), sentence)?.says).toBe(says);
  });
});
