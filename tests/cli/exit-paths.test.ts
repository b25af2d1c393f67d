// Every way `analyze --jobs N` can end, run as a person runs it: each must exit by itself, promptly, with
// the status and the standard error README.md promises. cli/launch.mjs starts worker threads before it
// knows whether the run will want them; none of them may hold the process open.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POLICY_TEXT, runCli, runCliClosingOutput, tempDir } from './run-cli';

const TIMEOUT = 60_000;
const dir = tempDir('exit');
const FILE = join(dir.path, 'one-policy.txt');
const EMPTY_DIR = join(dir.path, 'empty');
const ONE_FILE_DIR = join(dir.path, 'single');
const MANY_DIR = join(dir.path, 'many');
const MANY = 24;
/** Loaded into every thread through NODE_OPTIONS: a worker thread dies on the first file it is sent. */
const FAULT = join(dir.path, 'worker-fault.mjs');

beforeAll(() => {
  writeFileSync(FILE, POLICY_TEXT);
  mkdirSync(EMPTY_DIR);
  mkdirSync(ONE_FILE_DIR);
  writeFileSync(join(ONE_FILE_DIR, 'only.txt'), POLICY_TEXT);
  mkdirSync(MANY_DIR);
  for (let i = 0; i < MANY; i++)
    writeFileSync(
      join(MANY_DIR, `p${String(i).padStart(2, '0')}.txt`),
      `${POLICY_TEXT}Policy number ${i}.\n`,
    );
  writeFileSync(
    FAULT,
    `import { isMainThread, parentPort } from 'node:worker_threads';
if (!isMainThread) parentPort.once('message', () => { throw new Error('injected fault'); });
`,
  );
});
afterAll(() => dir.remove());

const fileNames = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line).source.file as string).split('/').pop());

describe.each(['2', '3'])('--jobs %s', (jobs) => {
  test(
    'one file: its summary, exit 0',
    () => {
      const run = runCli(['analyze', FILE, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(0);
      expect(fileNames(run.stdout)).toEqual(['one-policy.txt']);
      expect(run.stderr).toBe('');
    },
    TIMEOUT,
  );

  test(
    'a folder with one file: its summary, exit 0',
    () => {
      const run = runCli(['analyze', ONE_FILE_DIR, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(0);
      expect(fileNames(run.stdout)).toEqual(['only.txt']);
    },
    TIMEOUT,
  );

  test(
    'an empty folder: nothing on stdout, a line saying so, exit 0',
    () => {
      const run = runCli(['analyze', EMPTY_DIR, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`policylens: ${JSON.stringify(EMPTY_DIR)}: no files to analyse\n`);
    },
    TIMEOUT,
  );

  test(
    'a missing file: one line naming it, exit 1',
    () => {
      const missing = join(dir.path, 'nope.txt');
      const run = runCli(['analyze', missing, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `policylens: ${JSON.stringify(missing)}: cannot be read (missing or not permitted)\n`,
      );
    },
    TIMEOUT,
  );

  test.each([
    [['analyze', 'x', '--format', 'yaml'], '--format takes json or markdown'],
    [['analyze'], 'analyze needs a FILE or DIR'],
    [['analyze', 'x', '--frobnicate'], 'unknown option --frobnicate'],
  ])(
    'usage error %j: the reason and the usage, exit 2',
    (args, reason) => {
      const run = runCli([...args, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^policylens: ${reason}\nusage: policylens analyze`));
    },
    TIMEOUT,
  );

  test(
    'a folder of many files: every file, in order, exit 0',
    () => {
      const run = runCli(['analyze', MANY_DIR, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(0);
      expect(fileNames(run.stdout)).toHaveLength(MANY);
      expect(fileNames(run.stdout)).toEqual([...fileNames(run.stdout)].sort());
      expect(run.stderr).toBe('');
    },
    TIMEOUT,
  );

  test(
    'a reading thread that crashes: the main thread reads its files, nothing is lost, exit 0',
    () => {
      const run = runCli(['analyze', MANY_DIR, '--jobs', jobs], {
        NODE_OPTIONS: `--import=${pathToFileURL(FAULT).href}`,
      });
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(0);
      const names = fileNames(run.stdout);
      expect(names).toHaveLength(MANY);
      expect(names).toEqual([...names].sort());
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(Number(jobs) - 1);
      for (const line of lines)
        expect(line).toBe(
          'policylens: a reading thread stopped (injected fault); the main thread reads its files',
        );
    },
    TIMEOUT,
  );
});

describe.each(['1', '2'])('a reader that stops early (`| head`), --jobs %s', (jobs) => {
  test(
    'ends the run quietly with status 0',
    async () => {
      const run = await runCliClosingOutput(['analyze', MANY_DIR, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.stdout).not.toBe('');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    },
    TIMEOUT,
  );
});
