// The command line's build reads the required literals of the rule set's regexes once and writes them
// beside its bundle (cli/launch.mjs, cli/known-literals.ts), so that a fresh process does not read them from
// the regexes' sources. The table must be what the engine reads from today's rules, the bundle must read
// its screen from it, and a table that is missing or broken must change nothing.

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../cli/launch.mjs';
import { analyze, requiredLiteralsTable } from '../../rules/engine';
import { DEADLINE_MS, inFreshProcess, POLICY_TEXT, tempDir, untimed } from './run-cli';

const TABLE = 'required-literals.json';

describe("the required literals beside the command line's bundle", () => {
  const dir = tempDir('known-literals');
  const bundle = join(dir.path, 'bundle');
  const policy = join(dir.path, 'policy.txt');
  // The table as built; each test writes what it needs over the copy's.
  let built: Record<string, unknown> = {};
  const writeTable = (content: string) => writeFileSync(join(bundle, TABLE), content);
  beforeAll(async () => {
    cpSync(await ensureBundle(), bundle, { recursive: true });
    built = JSON.parse(readFileSync(join(bundle, TABLE), 'utf8')) as Record<string, unknown>;
    writeFileSync(policy, POLICY_TEXT);
  }, DEADLINE_MS);
  afterAll(() => dir.remove());

  it("are what the engine reads from the rules' regexes", () => {
    const expected = requiredLiteralsTable();
    expect(Object.keys(expected).length).toBeGreaterThan(200);
    expect(built).toEqual(expected);
  });

  it('are where the bundle reads its screen from', () => {
    writeTable(JSON.stringify(built));
    const [asBuilt] = inFreshProcess(join(bundle, 'engine.mjs'), [policy]);
    expect(untimed(asBuilt?.summary)).toEqual(untimed(analyze(POLICY_TEXT)));
    expect(asBuilt?.summary.answers['collects-personal-data'].answer).toBe('yes');
    // A table saying that every regex needs a word no text holds: the bundle runs none of them.
    writeTable(JSON.stringify(Object.fromEntries(Object.keys(built).map((key) => [key, [['qxqxqxq']]]))));
    const [screenedOut] = inFreshProcess(join(bundle, 'engine.mjs'), [policy]);
    expect(screenedOut?.summary.answers['collects-personal-data'].answer).toBe('unclear');
    expect(Object.values(screenedOut?.summary.categories ?? {}).some((c) => c.mentioned)).toBe(false);
  });

  describe('when missing or broken, change nothing', () => {
    // Every entry present but unusable: an empty literal, a set with no literal, one beyond ASCII, a number.
    const unusable = () => {
      const bad = [[['']], [[]], [['caf\u00e9']], 7];
      return JSON.stringify(
        Object.fromEntries(Object.keys(built).map((key, i) => [key, bad[i % bad.length]])),
      );
    };
    const broken: Array<[string, () => string | null]> = [
      ['missing', () => null],
      ['not JSON', () => JSON.stringify(built).slice(0, 500)],
      ['not an object', () => '[1, 2, 3]'],
      ['entries that are not sets of literals', unusable],
    ];
    it.each(broken)('%s', (_name, content) => {
      const text = content();
      if (text === null) rmSync(join(bundle, TABLE));
      else writeTable(text);
      const [run] = inFreshProcess(join(bundle, 'engine.mjs'), [policy]);
      expect(untimed(run?.summary)).toEqual(untimed(analyze(POLICY_TEXT)));
    });
  });
});
