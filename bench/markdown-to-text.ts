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

// Hostile or huge files: each is cut at MAX_MARKDOWN_CHARS first, so the time is bounded.
const policy = raws.reduce((a, b) => (b.length > a.length ? b : a), '');
for (const [label, md] of [
  ['19 MB of policies', policy.repeat(Math.ceil(19e6 / Math.max(1, policy.length)))],
  ['19 MB one paragraph', 'word '.repeat(3.8e6)],
  ['10 MB of "[a"', '[a'.repeat(5e6)],
  ['5 MB of "*a "', '*a '.repeat(1.6e6)],
  [
    '3.6 MB of lists nested 30 deep',
    Array.from({ length: 100_000 }, (_, i) => `${'  '.repeat(i % 30)}- item`).join('\n'),
  ],
  ['4 MB table', `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(400_000)}`],
] as const) {
  const t0 = performance.now();
  const out = markdownToText(md);
  console.log(
    `${label}: ${(performance.now() - t0).toFixed(0)} ms, ${(out.text.length / 1e6).toFixed(2)} M chars out, ${out.warnings.length} warning(s)`,
  );
}
