// `npx tsx bench/popup.ts [--runs N] [--extension DIR] [--vs DIR]`: the popup's two figures alone, without
// the rest of `npm run bench` (minutes of engine and CLI figures): the popup from cache, and the popup
// opening on a change. `--extension` times another Chrome build (an older commit's .output/chrome-mv3);
// `--vs` times that build against this one in two browsers at once, opening by opening, and prints the
// ratio pair by pair, which holds on a shared machine when single figures drift.

import path from 'node:path';
import { option, runsOption } from './args';
import {
  changeViewSession,
  comparePopups,
  measureChangeView,
  measurePopupFromCache,
  popupFromCacheSession,
} from './browser';

const runs = runsOption('bench/popup.ts', 7);
const resolved = (name: string) => {
  const dir = option(name);
  return dir === undefined ? undefined : path.resolve(dir);
};
const build = resolved('--extension') ?? path.resolve('.output/chrome-mv3');
const other = resolved('--vs');
const out = (line: string) => process.stdout.write(`${line}\n`);

if (other === undefined) {
  const cache = await measurePopupFromCache(runs, build);
  const change = await measureChangeView(runs, build);
  for (const [name, f] of [
    ['popup from cache', cache],
    ['popup on a change', change],
  ] as const) {
    out(
      `${name.padEnd(18)} ${f.ms} ms to Playwright, painted at ${f.paintMs} ms; median of ${f.runs} (first opening left out), ${f.page}`,
    );
  }
  out(JSON.stringify({ popupFromCache: cache, changeView: change, runs, extension: build }));
} else {
  const figures = {
    popupFromCache: await comparePopups(popupFromCacheSession, runs, other, build),
    changeView: await comparePopups(changeViewSession, runs, other, build),
  };
  out(`A = ${other}\nB = ${build}\nopened in turn, A B A B …, ${runs} pairs after one left out`);
  for (const [name, f] of Object.entries(figures)) {
    out(
      `${name.padEnd(15)} to Playwright A ${f.a.ms} ms B ${f.b.ms} ms A/B ${f.ratio}; painted A ${f.a.paintMs} ms B ${f.b.paintMs} ms A/B ${f.paintRatio}`,
    );
  }
  out(JSON.stringify({ runs, a: other, b: build, ...figures }));
}
