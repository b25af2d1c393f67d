// `npx tsx bench/popup.ts [--runs N] [--extension DIR]`: the popup's two figures alone, without the rest of
// `npm run bench` (minutes of engine and CLI figures): the popup from cache, and the popup opening on a
// change. `--extension` times another Chrome build (an older commit's .output/chrome-mv3) the same way, so
// that two builds can be compared run for run on the same machine.

import path from 'node:path';
import { measureChangeView, measurePopupFromCache } from './browser';

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
const dir = option('--extension');
const extensionDir = dir === undefined ? undefined : path.resolve(dir);

const cache = await measurePopupFromCache(runs, extensionDir);
const change = await measureChangeView(runs, extensionDir);
const build = extensionDir ?? '.output/chrome-mv3';
process.stdout.write(
  `popup from cache  ${cache.ms} ms  median of ${cache.runs} (first opening left out), ${cache.page}, ${build}\n`,
);
process.stdout.write(
  `popup on a change ${change.ms} ms  median of ${change.runs} (first opening left out), ${change.page}, ${build}\n`,
);
process.stdout.write(
  `${JSON.stringify({ popupFromCacheMs: cache.ms, changeViewMs: change.ms, runs, extension: build })}\n`,
);
