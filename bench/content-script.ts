// `npx tsx bench/content-script.ts [--runs N]`: the content script's lines of `npm run bench` alone (the
// first pass, the walk of the page as rendered with detection, the link finder), in headless Chromium,
// without the engine and popup figures around them. For comparing a change to content/ quickly.

import { measureContentScript } from './browser';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 21;
const f = await measureContentScript(runs);
const mb = Math.round(f.largeBytes / 1e5) / 10;
console.log(
  `first pass: ${f.ordinaryFirstPassMs} ms ordinary page, ${f.manyLinksFirstPassMs} ms ${f.links} links`,
);
console.log(
  `ordinary page: ${f.ordinaryDetectMs} ms read as rendered + detect, ${f.ordinaryLinksMs} ms links`,
);
console.log(
  `${f.links} links: ${f.manyLinksDetectMs} ms read as rendered + detect, ${f.manyLinksLinksMs} ms links`,
);
console.log(
  `${mb} MB policy page: ${f.largeDetectMs} ms read as rendered + detect, ${f.largeSentChars} chars sent (outerHTML ${f.largeOuterHtmlMs} ms)`,
);
console.log(
  `median of ${f.runs} runs in the page, headless Chromium; load ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
);
