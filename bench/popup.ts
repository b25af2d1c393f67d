// `npx tsx bench/popup.ts [--runs N] [--extension DIR] [--vs DIR]`: the popup's two figures alone, without
// the rest of `npm run bench` (minutes of engine and CLI figures): the popup from cache, and the popup
// opening on a change. `--extension` times another Chrome build (an older commit's .output/chrome-mv3);
// `--vs` times that build against this one in two browsers at once, opening by opening, and prints the
// ratio pair by pair, which holds on a shared machine when single figures drift.

import path from 'node:path';
import {
  changeViewSession,
  comparePopups,
  measureChangeView,
  measurePopupFromCache,
  popupFromCacheSession,
} from './browser';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
};
const runs = Number(option('--runs') ?? 7);
if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
  process.stderr.write('bench/popup.ts: --runs takes a whole number from 1 to 100\n');
  process.exit(2);
}
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
  out(`popup from cache   ${cache.ms} ms  median of ${cache.runs} (first opening left out), ${cache.page}`);
  out(
    `popup on a change  ${change.ms} ms  median of ${change.runs} (first opening left out), ${change.page}`,
  );
  out(JSON.stringify({ popupFromCacheMs: cache.ms, changeViewMs: change.ms, runs, extension: build }));
} else {
  const figures = {
    popupFromCache: await comparePopups(popupFromCacheSession, runs, other, build),
    changeView: await comparePopups(changeViewSession, runs, other, build),
  };
  out(`A = ${other}\nB = ${build}\nopened in turn, A B A B …, ${runs} pairs after one left out`);
  for (const [name, f] of Object.entries(figures)) {
    out(`${name.padEnd(15)} A ${f.a.ms} ms  B ${f.b.ms} ms  A/B median ${f.ratio}`);
  }
  out(JSON.stringify({ runs, a: other, b: build, ...figures }));
}
