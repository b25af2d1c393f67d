// `npx tsx bench/content-script.ts [--runs N] [--vs OTHER_CHECKOUT]`: the content script's lines of `npm run
// bench` alone (the first pass, the walk of the page as rendered with detection, the link finder), in
// headless Chromium, without the engine and popup figures around them. For comparing a change to content/
// quickly: `--vs` bundles the content/ of another checkout (a folder with this project's layout, e.g.
// `git archive main | tar -x -C /tmp/main` with node_modules linked in) and times the two in the same
// pages, in turn, with the ratio of this checkout's time to the other's run by run.

import { loadavg } from 'node:os';
import { option, runsOption } from './args';
import { type ContentScriptFigures, measureContentScript } from './browser';

const runs = runsOption('bench/content-script.ts', 21);
const vs = option('--vs');
const f = await measureContentScript(runs, vs);

const print = (f: ContentScriptFigures, label: string) => {
  const mb = Math.round(f.largeBytes / 1e5) / 10;
  console.log(
    `${label}first pass: ${f.ordinaryFirstPassMs} ms ordinary page, ${f.manyLinksFirstPassMs} ms ${f.links} links`,
  );
  console.log(
    `${label}ordinary page: ${f.ordinaryDetectMs} ms read as rendered + detect, ${f.ordinaryLinksMs} ms links`,
  );
  console.log(
    `${label}${f.links} links: ${f.manyLinksDetectMs} ms read as rendered + detect, ${f.manyLinksLinksMs} ms links`,
  );
  console.log(
    `${label}${mb} MB policy page: ${f.largeDetectMs} ms read as rendered + detect, ${f.largeSentChars} chars sent (outerHTML ${f.largeOuterHtmlMs} ms)`,
  );
};
print(f, vs ? 'this checkout, ' : '');
if (f.paired) {
  print(f.paired.vs, `${vs}, `);
  const r = f.paired.ratios;
  console.log(
    `this / ${vs}, read as rendered + detect, run by run: ordinary page ${r.ordinaryDetect}, ${f.links} links ${r.manyLinksDetect}, policy page ${r.largeDetect}`,
  );
}
console.log(`median of ${f.runs} runs in the page, headless Chromium; load ${loadavg()[0]?.toFixed(1)}`);
