// eval-answers (CONTRACT.md §6) on a corpus written here: the counts follow the contract's definitions.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  formatErrors,
  inSlice,
  loadGold,
  ruleTag,
  type ScoredItem,
  scoreItems,
  tally,
} from '../../cli/eval-answers';
import { runEvalAnswers } from '../../cli/eval-answers-command';

const POLICY = `# Example privacy policy

We collect your name and email address when you register.
We do not sell your personal information.
We use cookies to remember your settings.
`;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-gold-'));
  mkdirSync(join(dir, 'texts'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'texts', 'Example.md'), POLICY);
  const answers = {
    'collects-personal-data': { answer: 'yes', sure: true, quotes: [] },
    'sells-data': { answer: 'yes', sure: true, quotes: [] }, // deliberately against the text: a wrong item
    'uses-cookies': { answer: 'unclear', sure: true, quotes: [] }, // the engine says yes: overclaimed
    'do-not-track': { answer: 'yes', sure: true, quotes: [] }, // the text is silent: not covered
  };
  writeFileSync(
    join(dir, 'gold', 'Example.json'),
    JSON.stringify({ policy: 'Example', isPolicy: true, answers }),
  );
  writeFileSync(
    join(dir, 'gold', 'Skipped.json'),
    JSON.stringify({ policy: 'Skipped', isPolicy: false, answers }),
  );
  writeFileSync(
    join(dir, 'verdicts.jsonl'),
    `${JSON.stringify({ text: 'Example', question: 'uses-cookies', answer: 'yes' })}\n`,
  );
  return dir;
}

describe('eval-answers', () => {
  const dir = corpus();
  const items = scoreItems(dir, loadGold(dir));

  test('reads gold files and verdicts, and leaves out texts that are not policies', () => {
    expect(items.map((i) => `${i.source}:${i.question}`)).toEqual([
      'gold:collects-personal-data',
      'gold:sells-data',
      'gold:uses-cookies',
      'gold:do-not-track',
      'verdicts:uses-cookies',
    ]);
  });

  test('right, wrong, overclaimed, precision and coverage as CONTRACT.md §6 defines them', () => {
    const all = tally(items, 'all');
    expect(all).toMatchObject({ items: 5, decided: 4, right: 2, wrong: 1, overclaimed: 1, goldDecided: 4 });
    expect(all.precision).toBeCloseTo(2 / 4);
    expect(all.coverage).toBeCloseTo(2 / 4);
    expect(tally(items, 'sells-data')).toMatchObject({ decided: 1, right: 0, wrong: 1 });
  });

  test('a question nobody decided has precision 1 and coverage 0 when gold decides it', () => {
    const only: ScoredItem[] = [
      { policy: 'p', question: 'opt-out', gold: 'yes', sure: true, source: 'gold', engine: 'unclear' },
    ];
    expect(tally(only, 'opt-out')).toMatchObject({ precision: 1, coverage: 0 });
  });

  test.each([
    [0, 'dev'],
    [2, 'dev'],
    [3, 'slice'],
    [7, 'slice'],
  ] as const)('policy %i of the sorted list belongs to %s', (index, slice) => {
    expect(inSlice(index, slice)).toBe(true);
    expect(inSlice(index, slice === 'dev' ? 'slice' : 'dev')).toBe(false);
  });
});

describe('--show names the pattern that decided', () => {
  test('rule#reason, or the rule id alone for a pattern without a reason', () => {
    expect(ruleTag({ rule: 'sells-personal-data', reason: 'sell-rent-trade' })).toBe(
      'sells-personal-data#sell-rent-trade',
    );
    expect(ruleTag({ rule: 'sells-personal-data' })).toBe('sells-personal-data');
    expect(ruleTag({})).toBe('?');
  });

  test('the wrong item of the example corpus shows its rule and reason', () => {
    const dir = corpus();
    const wrong = scoreItems(dir, loadGold(dir)).filter((i) => i.question === 'sells-data');
    expect(wrong[0]).toMatchObject({ rule: 'sells-personal-data', reason: 'sell-rent-trade' });
    expect(formatErrors(wrong)).toContain('← sells-personal-data#sell-rent-trade: We do not sell');
  });
});

describe('eval-answers DIR: the corpus is found wherever it stands among the flags', () => {
  const run = (args: string[]) => {
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => out.push(s) > 0) as typeof process.stdout.write;
    try {
      return { code: runEvalAnswers(args), out: out.join('') };
    } finally {
      process.stdout.write = write;
    }
  };

  test.each([[['DIR']], [['DIR', '--show']], [['--slice', 'all', 'DIR']], [['DIR', '--slice', 'all']]])(
    '%j',
    (args) => {
      const dir = corpus();
      const { code, out } = run(args.map((a) => (a === 'DIR' ? dir : a)));
      expect(code).toBe(0);
      expect(out).toMatch(/^1 policies, \d+ items \(slice all\)/m);
    },
  );
});
