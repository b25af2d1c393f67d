// Runs the real command line (cli/launch.mjs) as a person runs it, killed after a deadline so that a run
// that would never exit fails its test instead of hanging the suite.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Summary } from '../../engine/types';

export const ROOT = join(__dirname, '../..');
const LAUNCH = join(ROOT, 'cli/launch.mjs');
/** Far above a normal run (about a second here), far below forever. */
export const DEADLINE_MS = 20_000;

export interface Run {
  /** null when the run was killed at the deadline. */
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [LAUNCH, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DEADLINE_MS,
    killSignal: 'SIGKILL',
    env: { ...process.env, ...env },
  });
  return {
    code: result.status,
    timedOut: result.signal === 'SIGKILL',
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Runs the command line and closes its standard output after the first bytes, as `| head -c 1` does. */
export function runCliClosingOutput(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [LAUNCH, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), DEADLINE_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, timedOut: signal === 'SIGKILL', stdout, stderr });
    });
  });
}

/** A fresh folder for a test's own fixtures; `remove()` it when done. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `policylens-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A short policy of the test's own, enough for a summary. */
export const POLICY_TEXT = `Privacy Policy
We collect your email address when you register.
We use cookies to remember you.
We do not sell your personal information.
`;

export interface Step {
  loadedBefore: boolean;
  loadedAfter: boolean;
  summary: Summary;
}

/** Imports a bundle's engine.mjs in a fresh process and analyses each file in turn (and says whether compromise was loaded). */
export function inFreshProcess(engine: string, files: string[]): Step[] {
  const script = `
    import { readFileSync } from 'node:fs';
    const engine = await import(${JSON.stringify(pathToFileURL(engine).href)});
    const steps = [];
    for (const file of ${JSON.stringify(files)}) {
      const loadedBefore = engine.taggerLoaded();
      const summary = engine.analyze(readFileSync(file, 'utf8'));
      steps.push({ loadedBefore, loadedAfter: engine.taggerLoaded(), summary });
    }
    process.stdout.write(JSON.stringify(steps));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DEADLINE_MS,
    killSignal: 'SIGKILL',
  });
  if (run.status !== 0) throw new Error(`the engine bundle failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Step[];
}

/** A summary without its timing, which differs from run to run. */
export function untimed(summary: Summary | undefined): unknown {
  return summary && { ...summary, stats: { ...summary.stats, ms: 0 } };
}
