// `npm run bench`: PolicyLens's speed figures, printed (a table for people, then one JSON line last for
// tools). Nothing here asserts a time: the figures depend on the machine, which is printed with them.
//
// Needs ../shared/corpus/opp115-dev beside the project, Debian's chromium for the browser figures, and a
// build in .output (made here with `npx wxt build` / `npx wxt zip` when missing).
// `--no-browser` skips the Chromium figures, `--quick` runs fewer repetitions. The browser figures alone:
// `npx tsx bench/popup.ts` (the popup) and `npx tsx bench/badge.ts` (the toolbar badge).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBundle } from '../cli/launch.mjs';
import { toMarkdown } from '../engine/markdown';
import { normalise } from '../engine/normalise';
import { HEADING_CAP, scorePolicyPage } from '../engine/policy-page';
import { rescore } from '../engine/score';
import { segment } from '../engine/segment';
import { analyze, answerQuestions, classifySentence, findDataTypes } from '../rules/engine';
import {
  measureBadgeAfterLoad,
  measureChangeView,
  measureContentScript,
  measurePopupFromCache,
  modernPolicyPage,
} from './browser';
import { measureDiff } from './diff';
import { bundleSizes, chromeZip } from './sizes';
import { median, round, time } from './stats';
import { closestInSize, loadModernTexts, loadPolicyTexts, textOfSize } from './texts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const withBrowser = !args.has('--no-browser');
const HTML_DIR = path.resolve('../shared/corpus/opp115-dev/html');
const OUTPUT = path.resolve('.output');
const EXTENSION = path.join(OUTPUT, 'chrome-mv3');

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const cores = os.availableParallelism();
const rows: Array<[string, string, string]> = [];
const row = (figure: string, value: string, how: string) => rows.push([figure, value, how]);

// --- Engine, warm -------------------------------------------------------------------------------------
const policies = loadPolicyTexts();
const sizes = [16, 64, 256] as const;
const sizeRuns = quick ? { 16: 9, 64: 5, 256: 3 } : { 16: 31, 64: 15, 256: 7 };
const engine: Record<string, number> = {};
for (const kb of sizes) {
  const text = textOfSize(policies, kb * 1024);
  const ms = round(median(time(() => analyze(text), sizeRuns[kb], 3)));
  engine[kb] = ms;
  row(`analyze ${kb} KB`, `${ms} ms`, `median of ${sizeRuns[kb]} warm runs (3 warm-up)`);
}

// Where the time goes, stage by stage, on the 64 KB text (the engine's own order).
const stageText = textOfSize(policies, 64 * 1024);
const normalised = normalise(stageText);
const seg = segment(normalised);
const stageRuns = quick ? 5 : 15;
const stages: Record<string, number> = {
  normalise: median(time(() => normalise(stageText), stageRuns)),
  segment: median(time(() => segment(normalised), stageRuns)),
  classify: median(
    time(() => {
      for (const s of seg.sentences) classifySentence(s.text, seg.headings[s.heading]?.text);
    }, stageRuns),
  ),
  answers: median(time(() => answerQuestions(seg.sentences), stageRuns)),
  dataTypes: median(time(() => findDataTypes(seg.sentences), stageRuns)),
  policyPage: median(
    time(
      () =>
        scorePolicyPage({
          url: '',
          title: '',
          headings: seg.headings.slice(0, HEADING_CAP).map((h) => h.text),
          text: normalised,
        }),
      stageRuns,
    ),
  ),
};
// After the engine: the export (on demand), and rescoring a summary cached under an older rubric (on read).
const stageSummary = analyze(stageText);
const olderRubric = { ...stageSummary, rubric: '1.0.0' };
stages.markdown = median(time(() => toMarkdown(stageSummary, '2026-12-01'), stageRuns));
stages.rescore = median(time(() => rescore(olderRubric), stageRuns));
for (const [stage, ms] of Object.entries(stages)) {
  // Three decimals: rescoring takes microseconds, which two would print as 0.
  stages[stage] = round(ms, 3);
  row(
    `  stage: ${stage} (64 KB)`,
    `${round(ms, 3)} ms`,
    `median of ${stageRuns}, ${seg.sentences.length} sentences`,
  );
}

// --- The policy diff: two 64 KB versions -----------------------------------------------------------------
const diffFigures = measureDiff(textOfSize(policies, 64 * 1024), quick ? 5 : 15);
const { changes } = diffFigures;
row(
  'diff 64 KB versions',
  `${diffFigures.wholeMs} ms`,
  `both analysed and compared, median of ${diffFigures.runs} warm runs (3 warm-up); bench/diff.ts edits: ${changes.answers} answers, ${changes.added} added, ${changes.removed} removed, ${changes.reworded} reworded`,
);
row('  of which: diffPolicies', `${diffFigures.diffMs} ms`, 'on the two analyses');

// --- Whole corpus, one core ------------------------------------------------------------------------------
const corpusRuns = quick ? 1 : 3;
for (const p of policies) analyze(p.text);
const passes = time(
  () => {
    for (const p of policies) analyze(p.text);
  },
  corpusRuns,
  0,
);
const corpusPoliciesPerSec = round(policies.length / (median(passes) / 1000));
row(
  'corpus throughput',
  `${corpusPoliciesPerSec} policies/s`,
  `${policies.length} OPP-115 policies, main thread, median of ${corpusRuns} passes after one warm-up pass`,
);

// --- Today's policies (modern-dev, Markdown), one core ---------------------------------------------------
const modern = loadModernTexts();
for (const p of modern) analyze(p.text);
const modernPasses = time(
  () => {
    for (const p of modern) analyze(p.text);
  },
  corpusRuns,
  0,
);
const modernPoliciesPerSec = round(modern.length / (median(modernPasses) / 1000));
row(
  'modern corpus throughput',
  `${modernPoliciesPerSec} policies/s`,
  `${modern.length} policies of modern-dev, main thread, median of ${corpusRuns} passes after one warm-up pass`,
);
// The modern policy closest to 64 KB, whole (not a concatenation).
const modern64 = closestInSize(modern, 65536);
const modern64Ms = round(median(time(() => analyze(modern64.text), sizeRuns[64], 3)));
row(
  'analyze a 64 KB modern policy',
  `${modern64Ms} ms`,
  `${modern64.file} (${Math.round(modern64.text.length / 1024)} KB of text), median of ${sizeRuns[64]} warm runs`,
);

// --- Cold start: a fresh process ---------------------------------------------------------------------
const coldRuns = quick ? 3 : 7;
interface ColdRun {
  totalMs: number;
  importMs: number;
  firstAnalysisMs: number;
  toScriptMs: number;
  taggerLoaded: boolean | null;
}
const bundleDir = await ensureBundle();
const coldDir = mkdtempSync(path.join(os.tmpdir(), 'policylens-cold-'));
const coldStart = (textFile: string): ColdRun => {
  const child = spawnSync(
    process.execPath,
    ['bench/cold-start.mjs', path.join(bundleDir, 'engine.mjs'), textFile],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ColdRun;
};
const coldRows = (label: string, textFile: string, how: string, first?: ColdRun) => {
  const colds = first ? [first] : [];
  while (colds.length < coldRuns) colds.push(coldStart(textFile));
  const totalMs = round(median(colds.map((c) => c.totalMs)));
  const tagger = colds.every((c) => c.taggerLoaded === colds[0]?.taggerLoaded)
    ? colds[0]?.taggerLoaded
    : 'varied';
  row(
    label,
    `${totalMs} ms`,
    `${how}; compromise loaded: ${tagger === true ? 'yes' : tagger === false ? 'no' : tagger}`,
  );
  row('  of which: node until the script runs', `${round(median(colds.map((c) => c.toScriptMs)))} ms`, '');
  row('  of which: import engine + rules', `${round(median(colds.map((c) => c.importMs)))} ms`, '');
  row(
    '  of which: first analysis (cold JIT, compromise when needed)',
    `${round(median(colds.map((c) => c.firstAnalysisMs)))} ms`,
    '',
  );
  return totalMs;
};
const coldText = path.join(coldDir, 'policy-16k.txt');
writeFileSync(coldText, textOfSize(loadPolicyTexts(), 16 * 1024));
const coldStartMs = coldRows(
  'cold start',
  coldText,
  `median of ${coldRuns} fresh \`node\` processes on the CLI's engine bundle: process start → engine imported → first 16 KB analysed (performance.now() from the time origin)`,
);
// The command line loads compromise only for a text whose clauses need the tagger (cli/tagger-loader.ts),
// and the text above needs none: the same figure for the first 16 KB of the first of today's policies, in
// file-name order, that does need it.
let taggedColdMs: number | null = null;
for (const policy of loadModernTexts()) {
  const file = path.join(coldDir, 'tagged-16k.txt');
  writeFileSync(file, policy.text.slice(0, 16 * 1024));
  const first = coldStart(file);
  if (first.taggerLoaded !== true) continue;
  taggedColdMs = coldRows(
    'cold start, a text the tagger reads',
    file,
    `the same, on the first 16 KB of ${policy.file} (../shared/corpus/modern-dev)`,
    first,
  );
  break;
}

// --- Batch CLI ---------------------------------------------------------------------------------------
const batch: Record<string, number> = {};
const batchRuns = quick ? 1 : 3;
if (existsSync(HTML_DIR)) {
  // The 65 saved pages, and the same pages four times over (links in a temporary folder): a thread's start
  // (~0.15 s to load the engine, and its own JIT warm-up) only pays off over enough files.
  const fourfold = mkdtempSync(path.join(os.tmpdir(), 'policylens-batch-'));
  for (let copy = 1; copy <= 4; copy++) {
    for (const name of readdirSync(HTML_DIR))
      symlinkSync(path.join(HTML_DIR, name), path.join(fourfold, `${copy}-${name}`));
  }
  for (const [label, dir, pages] of [
    ['html', HTML_DIR, 65],
    ['html4x', fourfold, 260],
  ] as const) {
    for (const jobs of [1, 2]) {
      const walls: number[] = [];
      for (let i = 0; i < batchRuns; i++) {
        const t = performance.now();
        const child = spawnSync(
          process.execPath,
          ['cli/launch.mjs', 'analyze', dir, '--jobs', String(jobs)],
          {
            stdio: ['ignore', 'ignore', 'pipe'],
            encoding: 'utf8',
          },
        );
        walls.push(performance.now() - t);
        if (child.status !== 0) throw new Error(`analyze --jobs ${jobs} failed: ${child.stderr}`);
      }
      const key = label === 'html' ? `jobs${jobs}` : `${label}Jobs${jobs}`;
      batch[key] = round(median(walls), 0);
      row(
        `CLI analyze ${label === 'html' ? 'html/' : '4 × html/'} --jobs ${jobs}`,
        `${batch[key]} ms`,
        `wall time of the whole command, ${pages} saved pages, median of ${batchRuns}`,
      );
    }
  }
} else row('CLI batch', 'skipped', `${HTML_DIR} is missing`);

// --- Build, browser, bundle ------------------------------------------------------------------------
function ensureBuild(): void {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    process.stderr.write('bench: no build in .output/chrome-mv3, running `npx wxt build`…\n');
    const b = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0)
      throw new Error('`npx wxt build` failed: build the extension, then run the bench again');
  }
  if (!chromeZip(OUTPUT)) {
    process.stderr.write('bench: no Chrome zip in .output, running `npx wxt zip`…\n');
    const z = spawnSync('npx', ['wxt', 'zip'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (z.status !== 0) throw new Error('`npx wxt zip` failed: run it by hand, then run the bench again');
  }
}
ensureBuild();

let contentScriptMs: Awaited<ReturnType<typeof measureContentScript>> | undefined;
let popupFromCache: Awaited<ReturnType<typeof measurePopupFromCache>> | undefined;
let changeView: Awaited<ReturnType<typeof measureChangeView>> | undefined;
let badge: Awaited<ReturnType<typeof measureBadgeAfterLoad>> | undefined;
let badgeModern: Awaited<ReturnType<typeof measureBadgeAfterLoad>> | undefined;
if (withBrowser) {
  contentScriptMs = await measureContentScript(quick ? 5 : 21);
  const walks = contentScriptMs.firstPassWalks;
  row(
    'content script, first pass',
    `${contentScriptMs.ordinaryFirstPassMs} ms ordinary page, ${contentScriptMs.manyLinksFirstPassMs} ms ${contentScriptMs.links} links`,
    `content/first-pass.ts mayBePolicy; walked after it: ordinary ${walks.ordinary}, ${contentScriptMs.links} links ${walks.manyLinks}, policy page ${walks.large} (a page not walked costs only this)`,
  );
  row(
    'content script, ordinary page',
    `${contentScriptMs.ordinaryDetectMs} ms detect, ${contentScriptMs.ordinaryLinksMs} ms links`,
    `headless Chromium, content/rendered-page.ts renderedPage + content/detect.ts detectPage, and content/links.ts findPrivacyLinks, bundled by esbuild, timed in the page; median of ${contentScriptMs.runs}`,
  );
  row(
    `content script, ${contentScriptMs.links} links`,
    `${contentScriptMs.manyLinksDetectMs} ms detect, ${contentScriptMs.manyLinksLinksMs} ms links`,
    `same, on a page of ${contentScriptMs.links} links`,
  );
  row(
    `content script, ${round(contentScriptMs.largeBytes / 1e6, 1)} MB policy page`,
    `${contentScriptMs.largeDetectMs} ms read as rendered + detect`,
    `${contentScriptMs.largeSentChars} chars sent; outerHTML alone (what was sent before) ${contentScriptMs.largeOuterHtmlMs} ms`,
  );
  popupFromCache = await measurePopupFromCache(quick ? 3 : 7);
  row(
    'popup from cache',
    `${popupFromCache.ms} ms`,
    `headless Chromium with .output/chrome-mv3: popup.html?tab= opened until the grade shows, summary cached from ${popupFromCache.page}; median of ${popupFromCache.runs} (first opening left out)`,
  );
  row(
    '  grade painted',
    `${popupFromCache.paintMs} ms`,
    "the same openings: the browser's paint of the grade (Element Timing), from the popup's navigation start",
  );
  changeView = await measureChangeView(quick ? 3 : 7);
  row(
    'popup on a change',
    `${changeView.ms} ms`,
    `same, the page served as version A then B (one sentence that sells data added): popup opened after the badge's dot until the grade and the change show; median of ${changeView.runs} (first opening left out)`,
  );
  row(
    '  grade and change painted',
    `${changeView.paintMs} ms`,
    'the same openings, Element Timing, from the navigation start',
  );
  // The badge: a fresh tab per visit, so no earlier run's grade is on it (a navigation clears a tab's
  // badge in Chromium too, checked 2026-12-02).
  const badgeRows = (label: string, f: NonNullable<typeof badge>, served: string) => {
    const after = (t: { fromStartMs: number; fromLoadMs: number }) =>
      `${t.fromStartMs} ms (${t.fromLoadMs} ms after load)`;
    row(
      `toolbar badge, first visit${label}`,
      after(f.firstVisit),
      `headless Chromium with .output/chrome-mv3, ${served} served locally at a new ?run= address each run (not cached: the whole analysis), in a fresh tab: from the page's navigation start (performance.timeOrigin), and from its load event's end (loadEventEnd), until the worker calls chrome.action.setBadgeText with a grade for that tab (a wrapper in the worker records the call, same clock); median of ${f.runs} (first left out)`,
    );
    row(
      `toolbar badge, revisit${label}`,
      after(f.revisit),
      "the same address again in a fresh tab, each run: the summary from the cache (its row's analysedAt checked unchanged), timed alike",
    );
  };
  badge = await measureBadgeAfterLoad(quick ? 3 : 7);
  badgeRows('', badge, badge.page);
  const modernPage = modernPolicyPage();
  badgeModern = await measureBadgeAfterLoad(quick ? 3 : 7, undefined, modernPage);
  badgeRows(
    ', 64 KB modern policy',
    badgeModern,
    `${modernPage.name} (${Math.round(modernPage.textChars / 1024)} KB of text, ../shared/corpus/modern-dev) made a page with marked,`,
  );
} else row('browser figures', 'skipped', '--no-browser');

const files = bundleSizes(EXTENSION);
for (const f of files) row(`bundle ${f.file}`, `${f.raw} B`, `${f.gzip} B gzip -9`);
const zip = chromeZip(OUTPUT);
if (zip) row(`zip ${zip.file}`, `${zip.raw} B`, `written ${zip.mtime.toISOString()} by \`npx wxt zip\``);

// --- Output ---------------------------------------------------------------------------------------------
const width = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
process.stdout.write(`PolicyLens bench — ${cpu}, ${cores} cores, Node ${process.versions.node}\n\n`);
for (const [figure, value, how] of rows) {
  process.stdout.write(`${figure.padEnd(width[0] ?? 0)}  ${value.padStart(width[1] ?? 0)}  ${how}\n`);
}
process.stdout.write('\n');
process.stdout.write(
  `${JSON.stringify({
    cpu,
    cores,
    node: process.versions.node,
    analyze16kMs: engine[16],
    analyze64kMs: engine[64],
    analyze256kMs: engine[256],
    stagesMs64k: stages,
    diff64kMs: diffFigures.wholeMs,
    diffPolicies64kMs: diffFigures.diffMs,
    coldStartMs,
    taggedColdStartMs: taggedColdMs,
    corpusPoliciesPerSec,
    modernPoliciesPerSec,
    modern64kMs: modern64Ms,
    cliBatchMs: batch,
    contentScriptMs: contentScriptMs ?? null,
    popupFromCacheMs: popupFromCache?.ms ?? null,
    popupFromCachePaintMs: popupFromCache?.paintMs ?? null,
    changeViewMs: changeView?.ms ?? null,
    changeViewPaintMs: changeView?.paintMs ?? null,
    // { firstVisit: { fromStartMs, fromLoadMs }, revisit: { … }, runs, page }
    badge: badge ?? null,
    badgeModern: badgeModern ?? null,
    bundle: Object.fromEntries(files.map((f) => [f.file, { raw: f.raw, gzip: f.gzip }])),
    zip: zip ? { file: zip.file, raw: zip.raw } : null,
    runs: {
      analyze16k: sizeRuns[16],
      analyze64k: sizeRuns[64],
      analyze256k: sizeRuns[256],
      stages: stageRuns,
      diff64k: diffFigures.runs,
      coldStart: coldRuns,
      corpusPasses: corpusRuns,
      cliBatch: batchRuns,
      contentScript: contentScriptMs?.runs ?? 0,
      popupFromCache: popupFromCache?.runs ?? 0,
      changeView: changeView?.runs ?? 0,
      badge: badge?.runs ?? 0,
    },
  })}\n`,
);
