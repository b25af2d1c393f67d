// `policylens diff OLD NEW` (CONTRACT.md §7) run as a person runs it, on versions of a fixture written here.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { POLICY_V1, replaceSentence } from '../engine/diff-fixture';
import { rewrap, swapSections } from '../engine/reformat';

const ROOT = join(__dirname, '../..');
const DIR = mkdtempSync(join(tmpdir(), 'policylens-diff-'));
const SELLS = 'We sell your personal information to data brokers.';

function file(name: string, text: string | Uint8Array): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

const OLD = file('old.md', POLICY_V1);
const NEW = file('new.md', replaceSentence(POLICY_V1, 'We may disclose', `${SELLS}\n\nWe may disclose`));
const REFORMATTED = file('reformatted.md', rewrap(swapSections(POLICY_V1), 40));
const NOT_POLICY = join(ROOT, 'tests/fixtures/not-policies/shop-product.md');
const EMPTY = file('empty.md', '');
const BINARY = file('binary.md', new Uint8Array([0, 1, 2, 3, 0, 255]));

// A heading worded like a denial: only as Markdown marks it (a heading) does it state nothing, as
// `analyze` reads it.
const HEADED = `# Acme Privacy Policy

This policy explains how Acme collects, uses and shares your personal information when you use our apps.

## Information we collect

We collect your name, email address and phone number when you create an account.

## We never sell personal information to anyone

We sell your personal information to data brokers for their own marketing.

## Your choices

You can delete your account at any time in your settings.
`;
const HEADED_OLD = file('headed-old.md', HEADED);
const HEADED_NEW = file(
  'headed-new.md',
  HEADED.replace('We sell your personal information to data brokers for their own marketing.\n\n', ''),
);

function run(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'cli/launch.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('diff', () => {
  test('JSON as CONTRACT.md §7 has it, exit 0', () => {
    const { code, stdout, stderr } = run(['diff', OLD, NEW]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff).toMatchObject({ schema: 1, kind: 'policy-diff', changed: true });
    expect(diff.from.source.file).toBe(OLD);
    expect(diff.to.source.file).toBe(NEW);
    expect(diff.clauses.added.map((c: { text: string }) => c.text)).toEqual([SELLS]);
    expect(diff.answers.map((a: { question: string }) => a.question)).toContain('sells-data');
  });

  test('each side has the grade, score and answers that `analyze` gives the file (its Markdown headings too)', () => {
    const analysed = (path: string) => JSON.parse(run(['analyze', path]).stdout);
    const [before, after] = [analysed(HEADED_OLD), analysed(HEADED_NEW)];
    const diff = JSON.parse(run(['diff', HEADED_OLD, HEADED_NEW]).stdout);
    expect(diff.from).toMatchObject({ grade: before.grade, score: before.score });
    expect(diff.to).toMatchObject({ grade: after.grade, score: after.score });
    const sells = diff.answers.find((a: { question: string }) => a.question === 'sells-data');
    expect(before.answers['sells-data'].answer).toBe('yes');
    expect(sells).toMatchObject({
      from: before.answers['sells-data'].answer,
      to: after.answers['sells-data'].answer,
    });
  });

  test('a reformatted version: changed false, still exit 0', () => {
    const { code, stdout } = run(['diff', OLD, REFORMATTED]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ changed: false, answers: [] });
  });

  test('markdown format: a report a person reads', () => {
    const { code, stdout } = run(['diff', OLD, NEW, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# What changed in /);
    expect(stdout).toContain(`**Now says it may sell your data**: "${SELLS}"`);
  });

  // A text that is not a policy has no grade anywhere (CONTRACT.md, issue 14); the JSON keeps it for schema 1.
  test('markdown format: a version that is not a policy is "not graded", with no grade or score', () => {
    const { code, stdout } = run(['diff', NOT_POLICY, OLD, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('(not graded) to ');
    expect(stdout).toMatch(/ to .+ \(grade [A-E], \d+\/100\)\.\n/);
    expect(stdout.match(/grade [A-E]|\/100/g)).toHaveLength(2);
    const json = JSON.parse(run(['diff', NOT_POLICY, OLD]).stdout);
    expect(json.from).toMatchObject({ grade: expect.any(String), score: expect.any(Number) });
  });

  test.each([
    ['a missing file', join(DIR, 'nowhere.md'), /nowhere\.md": cannot be read/],
    ['an empty file', EMPTY, /empty\.md": is empty/],
    ['a binary file', BINARY, /binary\.md": is binary/],
  ])('%s: one line naming it, exit 1', (_, bad, message) => {
    const { code, stdout, stderr } = run(['diff', OLD, bad]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('both files bad: a line for each', () => {
    const { code, stderr } = run(['diff', EMPTY, BINARY]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  test.each([
    [['diff', OLD]],
    [['diff', OLD, NEW, NEW]],
    [['diff', OLD, NEW, '--format', 'html']],
    [['diff', OLD, NEW, '--jobs', '2']],
  ])('usage error %j: exit 2 with the usage', (args) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain('policylens diff OLD NEW');
  });
});
