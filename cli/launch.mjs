// Starts the command line from an esbuild bundle of cli/, engine/ and rules/. Run through a TypeScript
// loader, Node resolves and transforms some 600 modules (compromise's 456 among them) on every start, about
// a second; as one bundle the same code starts in a fifth of that. The bundle is rebuilt whenever a source
// file is newer than it, so a checkout is always run as it is.

import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'policylens');
const SOURCES = ['cli', 'engine', 'rules', 'package-lock.json'];
export const ENTRIES = {
  main: 'cli/main.ts',
  'analyze-worker': 'cli/analyze-worker.ts',
  engine: 'rules/engine.ts',
};

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// Two engine modules have a command-line version, swapped in by this build: engine/tagger-loader.ts
// imports compromise with the engine, and cli/tagger-loader.ts loads it on first use from tagger.cjs, built
// apart (a fresh process that tags nothing is spared compromise's start-up, 200–300 ms, and parsing its
// 640 KB); engine/known-literals.ts knows no regex's required literals ahead of time, and
// cli/known-literals.ts finds them in the table the build writes (LITERAL_TABLE).
const CLI_VERSIONS = {
  [join(ROOT, 'engine', 'tagger-loader')]: join(ROOT, 'cli', 'tagger-loader.ts'),
  [join(ROOT, 'engine', 'known-literals')]: join(ROOT, 'cli', 'known-literals.ts'),
};
const SWAP_IN_CLI_VERSIONS = {
  name: 'cli-versions',
  setup(build) {
    build.onResolve({ filter: /(?:tagger-loader|known-literals)$/ }, (args) => {
      const path = CLI_VERSIONS[join(args.resolveDir, args.path)];
      return path ? { path } : undefined;
    });
  },
};
const LITERAL_TABLE = 'required-literals.json';

export async function ensureBundle() {
  const built = statSync(join(OUT, 'main.mjs'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (built > sources) return OUT;
  const { build } = await import('esbuild');
  // Built beside the old bundle and swapped in whole, so that another run reading the old one at the same
  // moment is not cut short, and old chunks (named for their content) do not pile up.
  const next = `${OUT}.${process.pid}`;
  const common = {
    absWorkingDir: ROOT,
    outdir: next,
    bundle: true,
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  };
  // Everything is bundled (htmlparser2, marked…) but Node's own modules and compromise (below).
  await build({
    ...common,
    entryPoints: ENTRIES,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    format: 'esm',
    plugins: [SWAP_IN_CLI_VERSIONS],
  });
  // compromise apart (tagger.cjs), for cli/tagger-loader.ts to require when a clause first needs it.
  await build({
    ...common,
    entryPoints: { tagger: 'engine/tagger.ts' },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
  });
  // The required literals of the rule set's regexes, read here once from the bundle just built rather than
  // by every fresh process (cli/known-literals.ts); in a child, so that no caller loads the engine twice.
  const table = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { requiredLiteralsTable } = await import(${JSON.stringify(pathToFileURL(join(next, 'engine.mjs')).href)});
       process.stdout.write(JSON.stringify(requiredLiteralsTable()));`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (table.status !== 0) throw new Error(`reading the rules' required literals failed: ${table.stderr}`);
  writeFileSync(join(next, LITERAL_TABLE), table.stdout);
  rmSync(OUT, { recursive: true, force: true });
  renameSync(next, OUT);
  return OUT;
}

/** Worker threads `analyze --jobs N` will want, started before the main bundle loads (see cli/analyze.ts). */
export const PRESTARTED = Symbol.for('policylens.prestartedWorkers');

function jobsAsked(args) {
  const at = args.indexOf('--jobs');
  const jobs = at >= 0 ? Number(args[at + 1]) : 1;
  return args[0] === 'analyze' && Number.isInteger(jobs) && jobs > 1 && jobs <= 64 ? jobs : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await ensureBundle();
  const jobs = jobsAsked(process.argv.slice(2));
  if (jobs > 1) {
    // A worker takes ~0.15 s to load the engine; started now, that overlaps the main bundle's own loading
    // instead of following it. cli/analyze.ts adopts them and gives them their settings.
    const { Worker } = await import('node:worker_threads');
    const worker = pathToFileURL(join(out, 'analyze-worker.mjs'));
    // Unreferenced, so that no exit path (a usage error, one file, an empty folder, a crash) can be held
    // open by a worker nobody adopted; cli/analyze.ts references the ones it uses.
    globalThis[PRESTARTED] = Array.from({ length: jobs - 1 }, () => {
      const thread = new Worker(worker);
      thread.unref();
      return thread;
    });
  }
  await import(pathToFileURL(join(out, 'main.mjs')).href);
}
