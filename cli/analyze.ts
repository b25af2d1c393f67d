// `analyze FILE|DIR [--format json|markdown] [--jobs N]` (CONTRACT.md §5).

import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeFile, analyzeRead, type FileResult, type Format } from './analyze-file';
import type { ReadResult } from './analyze-file-read';
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
  const { target, format, jobs } = parseAnalyzeArgs(args);
  const today = new Date().toISOString().slice(0, 10);
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    // A missing path is reported by analyzeFile like any other unreadable file.
  }
  const files = isDir
    ? readdirSync(target)
        .sort()
        .map((name) => join(target, name))
        .filter((path) => statSync(path).isFile())
    : [target];
  let failed = 0;
  const emit = (result: FileResult) => {
    if (result.ok) process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
    else {
      failed++;
      process.stderr.write(`policylens: ${result.error}\n`);
    }
  };
  if (jobs === 1 || files.length < 2) for (const file of files) emit(analyzeFile(file, format, today));
  else await inWorkers(files, Math.min(jobs, files.length, availableParallelism() * 2), format, today, emit);
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
 * Results are written in file-name order all the same.
 */
async function inWorkers(
  files: string[],
  jobs: number,
  format: Format,
  today: string,
  emit: (r: FileResult) => void,
): Promise<void> {
  const results = new Map<number, FileResult>();
  const ready: Array<{ index: number; read: ReadResult }> = [];
  let nextToEmit = 0;
  let nextToRead = 0;
  const workers: Worker[] = [];
  // Each worker keeps a few files read ahead, so that the main thread never waits for one.
  const AHEAD = 2;
  await new Promise<void>((resolve, reject) => {
    let mainScheduled = false;
    const settle = (index: number, result: FileResult) => {
      results.set(index, result);
      for (let r = results.get(nextToEmit); r; r = results.get(nextToEmit)) {
        results.delete(nextToEmit++);
        emit(r);
      }
      if (nextToEmit === files.length) {
        for (const w of workers) void w.terminate();
        resolve();
      }
    };
    const sendRead = (worker: Worker) => {
      if (nextToRead >= files.length) return;
      const index = nextToRead++;
      worker.postMessage({ index, file: files[index] });
    };
    const mainTurn = () => {
      mainScheduled = false;
      const next = ready.shift();
      if (next) settle(next.index, analyzeRead(files[next.index] ?? '', next.read, format, today));
      else if (nextToRead < files.length) {
        const index = nextToRead++;
        settle(index, analyzeFile(files[index] ?? '', format, today));
      } else return; // Waiting for a worker's file; its message schedules the next turn.
      schedule();
    };
    const schedule = () => {
      if (!mainScheduled) {
        mainScheduled = true;
        setImmediate(mainTurn);
      }
    };
    const prestarted = takePrestarted();
    for (let i = 0; i < jobs - 1; i++) {
      const worker = prestarted[i] ?? new Worker(WORKER);
      workers.push(worker);
      worker.on('error', reject);
      worker.on('message', (message: { index: number; read: ReadResult }) => {
        ready.push(message);
        sendRead(worker);
        schedule();
      });
      for (let k = 0; k < AHEAD; k++) sendRead(worker);
    }
    for (const unused of prestarted.slice(jobs - 1)) void unused.terminate();
    schedule();
  });
}
