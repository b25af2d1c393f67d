// Speed of reading Markdown (engine/markdown-to-text.ts) on today's policies in ../shared/corpus/modern-dev,
// and on one with a 1.3 MB base64 logo at its top (issue 13 #8). `npx tsx bench/markdown-to-text.ts`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToText } from '../engine/markdown-to-text';

const dir = path.resolve(process.cwd(), '../shared/corpus/modern-dev/texts');
if (!existsSync(dir))
  throw new Error(`${dir} is missing: run from the project root with ../shared beside it.`);
const raws = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const chars = raws.reduce((n, r) => n + r.length, 0);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const corpusRuns: number[] = [];
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  for (const raw of raws) markdownToText(raw);
  corpusRuns.push(performance.now() - t0);
}
const corpusMs = median(corpusRuns.slice(1));
console.log(
  `modern-dev, ${raws.length} files, ${(chars / 1e6).toFixed(1)} M chars: ${corpusMs.toFixed(0)} ms warm median ` +
    `(${((raws.length * 1000) / corpusMs).toFixed(0)} files/s, ${(chars / 1e3 / corpusMs).toFixed(1)} M chars/s)`,
);

const logo = `![Logo](data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(56_000)})\n\n`;
const withLogo = logo + (raws[0] ?? '');
const logoRuns: number[] = [];
for (let run = 0; run < 7; run++) {
  const t0 = performance.now();
  markdownToText(withLogo);
  logoRuns.push(performance.now() - t0);
}
console.log(
  `a policy under a ${(logo.length / 1e6).toFixed(2)} M-char base64 logo: ${median(logoRuns).toFixed(1)} ms median`,
);
