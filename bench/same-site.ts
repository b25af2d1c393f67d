// Cost of the link badges' same-site decision (background/same-site.ts, the Public Suffix List through
// tldts-experimental), asked once or twice per hover: the first call in a fresh process (the list's
// tables are read on first use) and warm calls. `npx tsx bench/same-site.ts`.

import { sameSite } from '../background/same-site';

const PAIRS: Array<[string, string]> = [
  ['https://www.example.com/shop', 'https://policies.example.com/privacy'],
  ['https://www.example.co.uk/', 'https://other.co.uk/privacy'],
  ['https://alice.github.io/blog', 'https://bob.github.io/privacy'],
  ['http://127.0.0.1:8080/', 'http://127.0.0.1:9090/privacy'],
  ['https://a.b.c.d.example.com.au/', 'https://legal.example.com.au/privacy-policy'],
];

const t0 = performance.now();
sameSite(PAIRS[0]?.[0] ?? '', PAIRS[0]?.[1] ?? '');
const firstMs = performance.now() - t0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const CALLS = 100_000;
const runs: number[] = [];
let same = 0;
for (let run = 0; run < 7; run++) {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const [a, b] = PAIRS[i % PAIRS.length] ?? ['', ''];
    if (sameSite(a, b)) same++;
  }
  runs.push(performance.now() - start);
}
const warm = median(runs.slice(1));
console.log(
  `sameSite: first call ${firstMs.toFixed(2)} ms; warm ${((warm * 1000) / CALLS).toFixed(2)} µs a call`,
);
console.log(
  `(median of 6 runs of ${CALLS.toLocaleString('en')} calls over ${PAIRS.length} pairs; ${same} same-site answers)`,
);
