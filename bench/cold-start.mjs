// Run by bench/run.ts in a fresh plain `node` process, as the command line runs: the engine is the
// esbuild bundle cli/launch.mjs keeps (node_modules/.cache/policylens/engine.mjs). performance.now() counts
// from the process's start, so the total holds Node's start-up, loading the engine and its rules,
// compromise when the text needs it, and the first 16 KB analysis with a cold JIT. Reading the text file
// is left out.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [engineFile, textFile] = process.argv.slice(2);
const atTop = performance.now();
const text = readFileSync(textFile, 'utf8');
const beforeImport = performance.now();
const engine = await import(pathToFileURL(engineFile).href);
const imported = performance.now();
const summary = engine.analyze(text);
const done = performance.now();
process.stdout.write(
  `${JSON.stringify({
    toScriptMs: atTop,
    importMs: imported - beforeImport,
    firstAnalysisMs: done - imported,
    totalMs: done - (beforeImport - atTop),
    grade: summary.grade,
    // Whether the text needed compromise (the command line loads it on first use); null: a bundle that
    // cannot tell (before 2026-12-02 it was always loaded with the engine).
    taggerLoaded: engine.taggerLoaded?.() ?? null,
  })}\n`,
);
