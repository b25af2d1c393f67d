// The silent cuts and the cache fill of issue 13 (findings 8 and 9), replayed: what each recipe keeps now
// and what it costs. Run: npx tsx bench/silent-cuts.ts

import { parseHTML } from 'linkedom';
import { renderedPage } from '../content/rendered-page';
import { fitForCache, summaryBytes } from '../db/summary-size';
import { htmlToText } from '../engine/html-to-text';
import { withoutScripts } from '../lib/fetch-page';
import { MAX_HTML_CHARS } from '../messaging/protocol';
import { analyze } from '../rules/engine';
import { median, round, time } from './stats';

const SENTENCE = 'We collect your email address when you register, and we may share it with our partners. ';
const POLICY = `<h1>Privacy Policy</h1>${`<p>${SENTENCE.repeat(4)}</p>`.repeat(200)}`;

function report(name: string, ms: number[], kept: string): void {
  console.log(`${name.padEnd(58)} ${String(round(median(ms))).padStart(8)} ms  ${kept}`);
}

// 1. A 3.1 MB inline JSON <script> in <head>, then the policy.
const data = `<script type="application/json">{"items":[${'"abcdefghijklmnopqrstuvwxyz",'.repeat(110_000)}"end"]}</script>`;
const spa = `<!doctype html><html lang="en"><head>${data}</head><body>${POLICY}</body></html>`;
const { document } = parseHTML(spa);
let sent = renderedPage(document as unknown as Document, MAX_HTML_CHARS);
report(
  `content script: ${round(spa.length / 1e6, 2)} MB page, inline JSON (linkedom)`,
  time(() => (sent = renderedPage(document as unknown as Document, MAX_HTML_CHARS)), 5, 1),
  `${sent.html.length} chars sent, cut: ${sent.htmlCut}, ${htmlToText(sent.html).text.length} chars of text`,
);
let stripped = '';
report(
  'hover fetch: withoutScripts on the same page',
  time(() => (stripped = withoutScripts(spa)), 5, 1),
  `${stripped.length} chars, ${htmlToText(stripped.slice(0, MAX_HTML_CHARS)).text.length} chars of text`,
);

// 2. One 650,000-character paragraph after a title.
const paragraph = `Privacy Policy\n${SENTENCE.repeat(Math.ceil(650_000 / SENTENCE.length))}`;
let chars = 0;
report(
  'analyze: title + one 650,000-character paragraph',
  time(() => (chars = analyze(paragraph).stats.chars), 3, 1),
  `${chars} chars analysed`,
);

// 3. 500 unclosed <font> tags and an <svg> of 20 nested <g>, then the policy.
const fonts = `<body>${'<font>'.repeat(500)}<svg>${'<g>'.repeat(20)}${'</g>'.repeat(20)}</svg>${POLICY}</body>`;
let text = '';
report(
  'htmlToText: 500 <font> + <svg> of 20 <g>, then the policy',
  time(() => (text = htmlToText(fonts).text), 10),
  `${text.length} chars of text (the policy alone: ${htmlToText(POLICY).text.length})`,
);

// 4. A summary of 40 clauses of 2,000 characters in each category.
const long = `${SENTENCE.repeat(23)}`.slice(0, 2_000);
const heavy = analyze(long);
for (const category of Object.values(heavy.categories)) {
  category.clauses = Array.from({ length: 40 }, (_, n) => ({
    text: long,
    start: n,
    end: n + 2_000,
    rule: 'r',
  }));
}
let fitted = fitForCache(heavy);
report(
  `cache: fit a ${round(summaryBytes(heavy) / 1024)} KB summary`,
  time(() => (fitted = fitForCache(heavy)), 10),
  `${round((fitted?.bytes ?? 0) / 1024)} KB stored`,
);
