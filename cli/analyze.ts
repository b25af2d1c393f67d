// `analyze FILE|DIR [--format json|markdown] [--jobs N]` (CONTRACT.md §5).

import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeFile, analyzeRead, type FileResult, type Format } from './analyze-file';
import type { ReadResult } from './analyze-file-read';
import { type Listing, listDir } from './list-dir';
import { oneLine, shownName } from './shown-name';
import { UsageError } from './usage-error';

interface Options {
  target: string;
  format: Format;
  jobs: number;
}

export function parseAnalyzeArgs(args: string[]): Options {
  let target: string | undefined;
  let format: Format = 'json';
  let jobs = 1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      const value = args[++i];
      if (value !== 'json' && value !== 'markdown') throw new UsageError('--format takes json or markdown');
      format = value;
    } else if (arg === '--jobs') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1 || value > 64)
        throw new UsageError('--jobs takes a whole number 1–64');
      jobs = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (target === undefined) target = arg;
    else throw new UsageError('analyze takes one FILE or DIR');
  }
  if (target === undefined) throw new UsageError('analyze needs a FILE or DIR');
  return { target, format, jobs };
}

export async function runAnalyze(args: string[]): Promise<number> {
  const prestarted = takePrestarted();
  try {
    return await analyzeTarget(parseAnalyzeArgs(args), prestarted);
  } finally {
    // Whichever way the run ended, workers launch.mjs started and the run did not adopt are ended now.
    for (const worker of prestarted) void worker.terminate();
  }
}

async function analyzeTarget({ target, format, jobs }: Options, prestarted: Worker[]): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    // A missing path is reported by analyzeFile like any other unreadable file.
  }
  let failed = 0;
  const fail = (line: string) => {
    failed++;
    process.stderr.write(`policylens: ${line}\n`);
  };
  let files = [target];
  if (isDir) {
    let listing: Listing;
    try {
      listing = listDir(target);
    } catch (error) {
      fail(
        `${shownName(target)}: the folder cannot be listed (${(error as NodeJS.ErrnoException).code ?? oneLine(String(error))})`,
      );
      return 1;
    }
    for (const { path, reason, failed: counts } of listing.skipped) {
      if (counts) fail(`${shownName(path)}: ${reason}`);
      else process.stderr.write(`policylens: ${shownName(path)}: ${reason}\n`);
    }
    if (listing.files.length === 0)
      process.stderr.write(`policylens: ${shownName(target)}: no files to analyse\n`);
    files = listing.files;
  }
  const emit = (result: FileResult) => {
    if (result.ok) process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
    else fail(result.error);
  };
  if (jobs === 1 || files.length < 2)
    for (const file of files) {
      emit(analyzeFile(file, format, today));
      // A turn of the event loop, so that a closed output (`| head`) ends the run now (cli/main.ts), not
      // after the last file.
      await new Promise((resolve) => setImmediate(resolve));
    }
  else {
    const threads = Math.min(jobs, files.length, availableParallelism() * 2);
    await inWorkers(files, threads, format, today, emit, prestarted);
  }
  return failed > 0 ? 1 : 0;
}

/** Workers cli/launch.mjs started while this bundle loaded (globalThis[Symbol.for(…)]), taken once. */
function takePrestarted(): Worker[] {
  const key = Symbol.for('policylens.prestartedWorkers');
  const store = globalThis as unknown as Record<symbol, Worker[] | undefined>;
  const workers = store[key] ?? [];
  delete store[key];
  return workers;
}

/**
 * The worker's script: cli/launch.mjs bundles cli/analyze-worker.ts beside cli/main.ts, so in a run from
 * the bundle the worker is one file next to this one and starts in a fraction of a second.
 */
const WORKER = new URL('./analyze-worker.mjs', import.meta.url);

/**
 * `--jobs N`: N − 1 worker threads read files and reduce HTML to text, ahead of the main thread, which
 * analyses (the larger part: about three quarters of the time) and reads too whenever nothing is ready.
 * Results are written in file-name order all the same. A worker that dies hands its files back to the
 * main thread, and every worker is ended when the run ends, however it ends.
 */
async function inWorkers(
  files: string[],
  jobs: number,
  format: Format,
  today: string,
  emit: (r: FileResult) => void,
  prestarted: Worker[],
): Promise<void> {
  const results = new Map<number, FileResult>();
  const ready: Array<{ index: number; read: ReadResult }> = [];
  // Files a dead worker had been sent; the main thread reads these itself rather than risk another worker.
  const orphaned: number[] = [];
  let nextToEmit = 0;
  let nextToRead = 0;
  const workers = new Map<Worker, Set<number>>();
  // Each worker keeps a few files read ahead, so that the main thread never waits for one.
  const AHEAD = 2;
  let ended = false;
  try {
    await new Promise<void>((resolve, reject) => {
      let mainScheduled = false;
      const settle = (index: number, result: FileResult) => {
        results.set(index, result);
        for (let r = results.get(nextToEmit); r; r = results.get(nextToEmit)) {
          results.delete(nextToEmit++);
          emit(r);
        }
        if (nextToEmit === files.length) resolve();
      };
      const sendRead = (worker: Worker) => {
        if (nextToRead >= files.length) return;
        const index = nextToRead++;
        workers.get(worker)?.add(index);
        worker.postMessage({ index, file: files[index] });
      };
      const mainTurn = () => {
        mainScheduled = false;
        try {
          const next = ready.shift();
          if (next) settle(next.index, analyzeRead(files[next.index] ?? '', next.read, format, today));
          else {
            const index = orphaned.shift() ?? (nextToRead < files.length ? nextToRead++ : undefined);
            // Nothing to do but wait for a worker's file; its message schedules the next turn.
            if (index === undefined) return;
            settle(index, analyzeFile(files[index] ?? '', format, today));
          }
          schedule();
        } catch (error) {
          reject(error);
        }
      };
      const schedule = () => {
        if (!mainScheduled) {
          mainScheduled = true;
          setImmediate(mainTurn);
        }
      };
      const adopt = (worker: Worker) => {
        workers.set(worker, new Set());
        // launch.mjs leaves its workers unreferenced so that they hold no exit open; one in use must
        // keep the process alive while the main thread waits for its message.
        worker.ref();
        let failure = 'it exited';
        worker.on('error', (error) => {
          failure = error instanceof Error ? error.message : String(error);
        });
        worker.on('exit', () => {
          const inHand = workers.get(worker);
          workers.delete(worker);
          if (!inHand || ended) return;
          process.stderr.write(
            `policylens: a reading thread stopped (${oneLine(failure)}); the main thread reads its files\n`,
          );
          orphaned.push(...inHand);
          schedule();
        });
        worker.on('message', (message: { index: number; read: ReadResult }) => {
          workers.get(worker)?.delete(message.index);
          ready.push(message);
          sendRead(worker);
          schedule();
        });
        for (let k = 0; k < AHEAD; k++) sendRead(worker);
      };
      for (let i = 0; i < jobs - 1; i++) adopt(prestarted.shift() ?? new Worker(WORKER));
      schedule();
    });
  } finally {
    ended = true;
    for (const worker of workers.keys()) void worker.terminate();
  }
}
