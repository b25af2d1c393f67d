// `analyze DIR` over a folder holding every kind of entry a folder can hold, made by the test in a temp
// folder: each odd entry gets its own line on standard error, none stops the run, none is read as a file,
// and a file name cannot forge a line of its own.

import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POLICY_TEXT, runCli, tempDir } from './run-cli';

const TIMEOUT = 60_000;
const dir = tempDir('entries');
const FORGED = 'z\npolicylens: forged.txt: is empty';

beforeAll(() => {
  const at = (name: string) => join(dir.path, name);
  writeFileSync(at('a-policy.txt'), POLICY_TEXT);
  symlinkSync('no-such-target', at('b-broken-link'));
  symlinkSync('c-loop', at('c-loop'));
  const mkfifo = runMkfifo(at('d-fifo'));
  if (!mkfifo) throw new Error('mkfifo is needed to make the named-pipe fixture');
  mkdirSync(at('e-folder'));
  writeFileSync(join(at('e-folder'), 'inner.txt'), POLICY_TEXT);
  symlinkSync('a-policy.txt', at('f-link-to-file.txt'));
  symlinkSync('e-folder', at('g-link-to-folder'));
  writeFileSync(at(FORGED), POLICY_TEXT);
});
afterAll(() => dir.remove());

function runMkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}

describe.each(['1', '2'])('--jobs %s', (jobs) => {
  test(
    'files are analysed; every other entry is one line naming it; exit 1',
    () => {
      const run = runCli(['analyze', dir.path, '--jobs', jobs]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(1);
      const files = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).source.file);
      expect(files).toEqual([
        join(dir.path, 'a-policy.txt'),
        join(dir.path, 'f-link-to-file.txt'),
        join(dir.path, FORGED),
      ]);
      const name = (entry: string) => JSON.stringify(join(dir.path, entry));
      expect(run.stderr.split('\n')).toEqual([
        `policylens: ${name('b-broken-link')}: is a broken symbolic link (its target is missing)`,
        `policylens: ${name('c-loop')}: is a symbolic link loop, not read`,
        `policylens: ${name('d-fifo')}: is a named pipe (FIFO), not a file: not read`,
        `policylens: ${name('e-folder')}: is a folder, not read (analyze DIR reads only the files directly inside DIR)`,
        `policylens: ${name('g-link-to-folder')}: is a folder, not read (analyze DIR reads only the files directly inside DIR)`,
        '',
      ]);
    },
    TIMEOUT,
  );
});

test(
  'a folder holding only a subfolder is not a failure: the line says what was done, exit 0',
  () => {
    const only = tempDir('only-folder');
    try {
      mkdirSync(join(only.path, 'sub'));
      const run = runCli(['analyze', only.path]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(
        `policylens: ${JSON.stringify(join(only.path, 'sub'))}: is a folder, not read (analyze DIR reads only the files directly inside DIR)\n` +
          `policylens: ${JSON.stringify(only.path)}: no files to analyse\n`,
      );
    } finally {
      only.remove();
    }
  },
  TIMEOUT,
);

test(
  'a file name with a newline stays on its error line',
  () => {
    const bad = tempDir('newline');
    try {
      writeFileSync(join(bad.path, 'empty\npolicylens: forged.txt: is binary'), '');
      const run = runCli(['analyze', bad.path]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        `policylens: ${JSON.stringify(join(bad.path, 'empty\npolicylens: forged.txt: is binary'))}: is empty`,
      ]);
    } finally {
      bad.remove();
    }
  },
  TIMEOUT,
);

test(
  'a named pipe given as the FILE is refused at once, not opened',
  () => {
    const pipe = tempDir('fifo');
    try {
      const path = join(pipe.path, 'pipe.txt');
      if (!runMkfifo(path)) throw new Error('mkfifo is needed to make the named-pipe fixture');
      const run = runCli(['analyze', path]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`policylens: ${JSON.stringify(path)}: not a regular file\n`);
    } finally {
      pipe.remove();
    }
  },
  TIMEOUT,
);
