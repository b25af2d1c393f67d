// `analyze FILE|DIR [--format json|markdown] [--jobs N]` (CONTRACT.md §5).

import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeFile, type FileResult, type Format } from './analyze-file';
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

/**
 * The worker's code. A worker started on the tsx entry spends about a second loading: every module,
 * compromise's 456 among them, goes through tsx's loader hooks. Bundled once by esbuild (tsx's own
 * compiler, so present wherever tsx runs this CLI) it is one script and is ready in about 0.2 s.
 * Without esbuild the tsx entry still works.
 */
async function workerSource(): Promise<{ code: string } | { url: URL }> {
  const entry = new URL('./analyze-worker.ts', import.meta.url);
  try {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text;
    if (code) return { code };
  } catch {
    // Fall through to the tsx entry.
  }
  return { url: new URL('./analyze-worker-entry.mjs', import.meta.url) };
}

/**
 * Spreads files over the main thread and `jobs - 1` worker threads; results are emitted in file-name order
 * all the same. Workers ask for files only once they are loaded, and the main thread works meanwhile: on
 * two cores `--jobs 2` is then faster than `--jobs 1` (bench/run.ts measures both).
 */
async function inWorkers(
  files: string[],
  jobs: number,
  format: Format,
  today: string,
  emit: (r: FileResult) => void,
): Promise<void> {
  const results = new Map<number, FileResult>();
  let nextToEmit = 0;
  let nextToSend = 0;
  const workers: Worker[] = [];
  let done = false;
  await new Promise<void>((resolve, reject) => {
    const settle = (index: number, result: FileResult) => {
      results.set(index, result);
      for (let r = results.get(nextToEmit); r; r = results.get(nextToEmit)) {
        results.delete(nextToEmit++);
        emit(r);
      }
      if (nextToEmit === files.length) {
        done = true;
        for (const w of workers) void w.terminate();
        resolve();
      }
    };
    const send = (worker: Worker) => {
      if (nextToSend < files.length) {
        const index = nextToSend++;
        worker.postMessage({ index, file: files[index] });
      }
    };
    workerSource().then((source) => {
      if (done) return;
      for (let i = 0; i < jobs - 1; i++) {
        const workerData = { format, today };
        const worker =
          'code' in source
            ? new Worker(source.code, { eval: true, workerData })
            : new Worker(source.url, { workerData });
        workers.push(worker);
        worker.on('error', reject);
        worker.on('message', (message: { ready: true } | { index: number; result: FileResult }) => {
          if ('index' in message) settle(message.index, message.result);
          send(worker);
        });
      }
    }, reject);
    // One file per turn, so that ready workers are served between the main thread's files.
    const mainTurn = () => {
      if (nextToSend >= files.length) return;
      const index = nextToSend++;
      settle(index, analyzeFile(files[index] ?? '', format, today));
      setImmediate(mainTurn);
    };
    setImmediate(mainTurn);
  });
}
