// `npx tsx bench/badge.ts [--runs N] [--extension DIR]`: the toolbar badge's figures alone, without the
// rest of `npm run bench` (minutes of engine and CLI figures): from a policy page's navigation start, and
// from its load event's end, until the extension puts the grade on the tab's badge, on a first visit
// (the whole analysis) and a revisit (the summary from the cache), for the saved policy page the popup
// figures use and for today's policy closest to 64 KB. `--extension` times another Chrome build.

import path from 'node:path';
import { option, runsOption } from './args';
import { type BadgeFigures, measureBadgeAfterLoad, modernPolicyPage } from './browser';

const runs = runsOption('bench/badge.ts', 7);
const build = path.resolve(option('--extension') ?? '.output/chrome-mv3');
const out = (line: string) => process.stdout.write(`${line}\n`);

const saved = await measureBadgeAfterLoad(runs, build);
const modern = await measureBadgeAfterLoad(runs, build, modernPolicyPage());
const print = (f: BadgeFigures) => {
  for (const [name, t] of [
    ['first visit', f.firstVisit],
    ['revisit', f.revisit],
  ] as const) {
    out(
      `badge, ${name.padEnd(11)} ${t.fromStartMs} ms after navigation start, ${t.fromLoadMs} ms after the load event; median of ${f.runs} (first left out), ${f.page}`,
    );
  }
};
print(saved);
print(modern);
out(JSON.stringify({ badge: saved, badgeModern: modern, runs, extension: build }));
