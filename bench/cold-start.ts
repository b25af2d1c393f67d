// Run in a fresh `node --import tsx` process by bench/run.ts. performance.now() counts from the process's
// time origin (its start), so the figures include Node's start-up, tsx's loader, compiling the engine and
// its rules, loading compromise, and the first 16 KB analysis with a cold JIT.

const atTop = performance.now();
const { loadPolicyTexts, textOfSize } = await import('./texts');
const text = textOfSize(loadPolicyTexts(), 16 * 1024);
const beforeImport = performance.now();
const { analyze } = await import('../engine/analyze');
const imported = performance.now();
const summary = analyze(text);
const done = performance.now();
process.stdout.write(
  `${JSON.stringify({
    toScriptMs: atTop,
    importMs: imported - beforeImport,
    firstAnalysisMs: done - imported,
    // Reading the corpus is the bench's own work, not the engine's: it is left out of the total.
    totalMs: done - (beforeImport - atTop),
    grade: summary.grade,
  })}\n`,
);

export {};
