// Prints how much of each saved policy page's gold text htmlToText keeps (word recall), the same for the
// gold segments the saved page holds at all (see presentGold), and how many words
// it adds (noise: extra words per gold word; a page that also carries its terms of use counts those).
// Run: npx tsx bench/extract-coverage.ts

import { htmlToText } from '../engine/html-to-text';
import { normalise } from '../engine/normalise';
import { loadCorpusPages, presentGold, wordCoverage } from './corpus-pages';

const pages = loadCorpusPages();
let gold = 0;
let hit = 0;
let presentWords = 0;
let presentHit = 0;
let extra = 0;
let ms = 0;
const rows: string[] = [];
for (const page of pages) {
  const goldText = page.gold.join('\n');
  const t0 = performance.now();
  const { text } = htmlToText(page.html);
  ms += performance.now() - t0;
  const extracted = normalise(text);
  const c = wordCoverage(goldText, extracted);
  const present = wordCoverage(presentGold(page).join('\n'), extracted);
  gold += c.goldWords;
  hit += c.recall * c.goldWords;
  presentWords += present.goldWords;
  presentHit += present.recall * present.goldWords;
  extra += c.noise * c.goldWords;
  rows.push(
    [
      page.file.padEnd(40),
      `recall ${c.recall.toFixed(3)}`,
      `of-present ${present.recall.toFixed(3)} (${present.goldWords} words)`,
      `noise ${c.noise.toFixed(3)}`,
      `gold ${c.goldWords}`,
      `got ${c.extractedWords}`,
    ].join('  '),
  );
}
console.log(rows.join('\n'));
console.log(
  `\n${pages.length} pages  recall ${(hit / gold).toFixed(4)}  of-present ${(presentHit / presentWords).toFixed(4)}  ` +
    `noise ${(extra / gold).toFixed(4)}  (${gold} gold words)  htmlToText ${ms.toFixed(0)} ms in all`,
);
