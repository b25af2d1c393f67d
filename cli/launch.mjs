// Starts the command line from an esbuild bundle of cli/, engine/ and rules/. Run through a TypeScript
// loader, Node resolves and transforms some 600 modules (compromise's 456 among them) on every start, about
// a second; as one bundle the same code starts in a fifth of that. The bundle is rebuilt whenever a source
// file is newer than it, so a checkout is always run as it is.

import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'policylens');
const SOURCES = ['cli', 'engine', 'rules', 'package-lock.json'];
export const ENTRIES = {
  main: 'cli/main.ts',
  'analyze-worker': 'cli/analyze-worker.ts',
  engine: 'engine/analyze.ts',
};

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export async function ensureBundle() {
  const built = statSync(join(OUT, 'main.mjs'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (built > sources) return OUT;
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    // compromise and htmlparser2 are bundled too; only Node's own modules stay imports.
  });
  return OUT;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await ensureBundle();
  await import(pathToFileURL(join(out, 'main.mjs')).href);
}
