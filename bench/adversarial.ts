// Hostile input, timed: how long analyze() and htmlToText() take on inputs built to be slow, and a hunt
// for regular expressions that backtrack badly. Prints figures, asserts nothing (tests/engine/
// adversarial.test.ts holds the regressions). Run: npx tsx bench/adversarial.ts [--quick]
// --tag-bomb: only the tag bomb (bench/tag-bomb.ts): analyze and the CLI on it, memory, and the characters
// the grammar tags on every policy of ../shared (how far ordinary policies stay under the budget).
//
// Part 1 times whole inputs (1–10 MB). Part 2 checks that no sentence or heading that reaches the rules is
// longer than the segmenter's cap. Part 3 reads every regular-expression literal in engine/ and rules/
// (with the TypeScript parser, so that unexported ones are found too) and times each on strings built from
// its own words and from generic debris, at the 2,000-character sentence cap and at 10 times that: a
// pattern whose time grows much faster than its input is reported whatever its absolute cost.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { answerSentence } from '../engine/answer-sentence';
import { isNegated, modalOf, TAG_BUDGET_CHARS, type TagMemo, taggedChars } from '../engine/grammar';
import { htmlToText } from '../engine/html-to-text';
import { toMarkdown } from '../engine/markdown';
import { normalise } from '../engine/normalise';
import { regexOf } from '../engine/rule';
import { segment } from '../engine/segment';
import { ANSWER_RULES, CLAUSE_RULES } from '../rules';
import { analyze, answerQuestions, classifySentence, findDataTypes } from '../rules/engine';
import { tagBomb } from './tag-bomb';

const QUICK = process.argv.includes('--quick');
// --regex: only part 3.
const REGEX_ONLY = process.argv.includes('--regex');
const TAG_BOMB_ONLY = process.argv.includes('--tag-bomb');
const MB = 1_000_000;
const SENTENCE_CAP = 2000;

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

function time<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const value = f();
  return [performance.now() - t0, value];
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

// ---------------------------------------------------------------------------------------------------
// Part 1: whole inputs

function binaryAsUtf8(size: number): string {
  const random = seeded(7);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(random() * 256);
  return new TextDecoder('utf-8').decode(bytes);
}

function emojiSoup(size: number): string {
  const random = seeded(11);
  const pool = ['😀', '🍪', '🔒', '👨‍👩‍👧', '🏳️‍🌈', '🇫🇷', '✅', ' ', '\u200d', '\ufe0f', '. ', '\n'];
  const out: string[] = [];
  let n = 0;
  while (n < size) {
    const piece = pool[Math.floor(random() * pool.length)] ?? ' ';
    out.push(piece);
    n += piece.length;
  }
  return out.join('');
}

function nestedHtml(depth: number): string {
  return `<html><body>${'<div><span>'.repeat(depth / 2)}We collect your email address.${'</span></div>'.repeat(depth / 2)}</body></html>`;
}

function unclosedHtml(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}We collect your email address.</body></html>`;
}

const POLICY_SENTENCE =
  'We may share your personal information with third parties, advertisers and partners for their own marketing purposes unless you opt out. ';

interface WholeInput {
  name: string;
  make: () => string;
  html?: boolean;
}

const WHOLE: WholeInput[] = [
  { name: '1 MB of one repeated word', make: () => repeat('information ', MB) },
  {
    name: '1 MB without a full stop',
    make: () => repeat('we collect your data and share it with partners ', MB),
  },
  { name: '1 MB of one "sentence" of commas', make: () => repeat('we collect, share, ', MB) },
  { name: '1 MB of bare commas', make: () => repeat(',', MB) },
  { name: '10 MB of policy text', make: () => repeat(POLICY_SENTENCE, 10 * MB) },
  { name: 'binary bytes decoded as UTF-8 (1 MB)', make: () => binaryAsUtf8(MB) },
  {
    name: 'Arabic text (1 MB)',
    make: () => repeat('نحن نجمع معلوماتك الشخصية ونشاركها مع أطراف ثالثة. ', MB),
  },
  {
    name: 'Hebrew text with RTL marks (1 MB)',
    make: () => repeat('\u200fאנו אוספים מידע אישי ומשתפים אותו עם צדדים שלישיים.\u202b ', MB),
  },
  { name: 'emoji soup (1 MB)', make: () => emojiSoup(MB) },
  {
    name: '100k × "we do not sell, rent or share"',
    make: () => 'we do not sell, rent or share '.repeat(100_000),
  },
  {
    name: 'only headings (1 MB)',
    make: () => repeat('Information We Collect\nCookies And Tracking\nYour Choices\n', MB),
  },
  { name: 'run of spaces (1 MB)', make: () => repeat(' ', MB) },
  { name: 'run of spaces between two words (1 MB)', make: () => `a${repeat(' ', MB)}b` },
  { name: 'run of line separators (U+2028, 1 MB)', make: () => `a${repeat('\u2028', MB)}b` },
  { name: 'run of pipes before a word (1 MB)', make: () => `${repeat('|', MB)}a` },
  { name: 'run of "a " (1 MB)', make: () => repeat('a ', MB) },
  { name: 'run of "information " (1 MB)', make: () => repeat('information ', MB) },
  { name: 'run of pipes (1 MB)', make: () => repeat('|', MB) },
  { name: 'spaces then a pipe (1 MB)', make: () => `a${repeat(' ', MB)}|b` },
  { name: 'pipes between words (1 MB)', make: () => repeat('a | ', MB) },
  { name: 'run of dots (1 MB)', make: () => repeat('.', MB) },
  { name: 'dots between words (1 MB)', make: () => repeat('e.g. ', MB) },
  { name: 'question and exclamation marks (1 MB)', make: () => repeat('?!', MB) },
  { name: 'dots then a space (1 MB)', make: () => `${repeat('.', MB - 2)} a` },
  { name: 'quotes after dots (1 MB)', make: () => repeat('.")', MB) },
  { name: 'Markdown link openers (1 MB)', make: () => repeat('[', MB) },
  { name: 'Markdown links, never closed (1 MB)', make: () => repeat('[a](', MB) },
  { name: 'Markdown emphasis, never closed (1 MB)', make: () => repeat('__a ', MB) },
  { name: 'asterisks (1 MB)', make: () => repeat('*', MB) },
  { name: 'bullets and numbers (1 MB)', make: () => repeat('1. • - (a) ', MB) },
  { name: 'blockquote markers (1 MB)', make: () => repeat('> ', MB) },
  { name: 'control characters (1 MB)', make: () => repeat('\u0001\u0002\u000b\u007f', MB) },
  { name: 'one line per character (1 MB)', make: () => repeat('a\n', MB) },
  { name: 'blank lines (1 MB)', make: () => repeat('\n', MB) },
  { name: 'CJK without spaces (1 MB)', make: () => repeat('我们收集您的个人信息并与第三方共享。', MB) },
  {
    name: 'negations and modals (1 MB)',
    make: () => repeat('we may not never cannot might not ', MB),
  },
  {
    name: 'clause words, no breaks (1 MB)',
    make: () => repeat('unless except only if with your consent but however ', MB),
  },
  { name: 'tag bomb: "no" and 14 practices (591 KB)', make: () => tagBomb(591_000) },
  { name: 'HTML: nested 100k levels', make: () => nestedHtml(100_000), html: true },
  { name: 'HTML: 100k unclosed <div>', make: () => unclosedHtml(100_000), html: true },
  { name: 'HTML: 100k unclosed <p>', make: () => `<body>${'<p>a'.repeat(100_000)}</body>`, html: true },
  {
    name: 'HTML: 1 MB attribute',
    make: () => `<div class="${repeat('nav ', MB)}">We collect data.</div>`,
    html: true,
  },
  { name: 'HTML: 1 MB of "<"', make: () => repeat('<', MB), html: true },
  { name: 'HTML: 1 MB of "&"', make: () => repeat('&amp', MB), html: true },
  { name: 'HTML: 1 MB comment never closed', make: () => `<!--${repeat('a', MB)}`, html: true },
  {
    name: 'HTML: 10 MB page',
    make: () => `<html><body><main>${repeat(`<p>${POLICY_SENTENCE}</p>`, 10 * MB)}</main></body></html>`,
    html: true,
  },
  {
    name: 'HTML: 10k <article> candidates',
    make: () => `<body>${'<article><p>We collect data.</p></article>'.repeat(10_000)}</body>`,
    html: true,
  },
  {
    name: 'HTML: 10k hidden chrome ranges',
    make: () => `<body>${'<div hidden>a</div><nav>b</nav><p>We collect data.</p>'.repeat(10_000)}</body>`,
    html: true,
  },
  { name: 'HTML: binary bytes', make: () => binaryAsUtf8(MB), html: true },
];

interface Row {
  name: string;
  chars: number;
  ms: number;
  step: string;
}

function runWhole(): Row[] {
  const rows: Row[] = [];
  for (const input of WHOLE) {
    const raw = input.make();
    let text = raw;
    if (input.html) {
      const [ms, page] = time(() => htmlToText(raw));
      rows.push({ name: input.name, chars: raw.length, ms, step: 'htmlToText' });
      text = page.text;
    }
    const [ms, summary] = time(() => analyze(text));
    rows.push({ name: input.name, chars: text.length, ms, step: 'analyze' });
    const [mdMs] = time(() => toMarkdown(summary, '2025-01-01'));
    if (mdMs > 50) rows.push({ name: input.name, chars: text.length, ms: mdMs, step: 'toMarkdown' });
    if (!input.html && text.length <= 2 * MB) {
      const [htmlMs] = time(() => htmlToText(text));
      rows.push({ name: input.name, chars: text.length, ms: htmlMs, step: 'htmlToText' });
    }
    checkCaps(input.name, text);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Part 2: the sentence and heading caps hold on every input

const capViolations: string[] = [];

function checkCaps(name: string, text: string): void {
  const { sentences, headings } = segment(normalise(text).slice(0, 600_000));
  const longest = sentences.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  const longestHeading = headings.reduce((n, h) => Math.max(n, h.end - h.start), 0);
  if (longest > SENTENCE_CAP) capViolations.push(`${name}: a sentence of ${longest} characters`);
  if (longestHeading > 120) capViolations.push(`${name}: a heading of ${longestHeading} characters`);
}

// ---------------------------------------------------------------------------------------------------
// Part 3: every regular expression in engine/ and rules/, on strings made to slow it down

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

function findRegexes(root: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of [...tsFiles(join(root, 'engine')), ...tsFiles(join(root, 'rules'))]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({
          where: `${relative(root, file)}:${line + 1}`,
          source: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // Rule patterns built with `new RegExp` from shared pieces (legal-demands, company-collects) are no
  // literals; they are probed as the rules hold them.
  const literals = new Set(found.map((f) => f.source));
  for (const rule of [...CLAUSE_RULES, ...ANSWER_RULES]) {
    for (const re of [...rule.patterns.map(regexOf), ...(rule.unless ?? [])]) {
      if (literals.has(re.source)) continue;
      literals.add(re.source);
      found.push({ where: `rule ${rule.id} (built)`, source: re.source, flags: re.flags });
    }
  }
  return found;
}

const GENERIC_UNITS = [
  ' ',
  'a ',
  'information ',
  '|',
  '.',
  '. ',
  ',',
  ', ',
  ';',
  '-',
  "'",
  '"',
  '(',
  '[',
  '*',
  '_',
  '#',
  '@',
  '1',
  'x',
  'we ',
  'the ',
  'not ',
  'e.g. ',
  'we do not sell, rent or share ',
  'a.',
  'a-',
  'a+',
  "a'",
  'a@',
  'a.b@',
  '1.',
  '1 ',
  'A',
  'Aa ',
  'A. ',
  '\u00e9',
  'مع ',
  '我',
];

/** Words of a pattern's source: the stuff its alternations are made of. */
function wordsOf(source: string): string[] {
  const clean = source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]/g, ' ');
  const words = new Set(clean.match(/[a-zA-Z][a-zA-Z'-]+/g) ?? []);
  return [...words].slice(0, 80);
}

function soups(words: string[], size: number, count: number): string[] {
  if (words.length === 0) return [];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const random = seeded(k + 1);
    const parts: string[] = [];
    let n = 0;
    while (n < size) {
      const w = words[Math.floor(random() * words.length)] ?? 'a';
      const sep = random() < 0.15 ? ', ' : random() < 0.05 ? ' and ' : ' ';
      parts.push(w + sep);
      n += w.length + sep.length;
    }
    out.push(parts.join('').slice(0, size));
  }
  return out;
}

interface Probe {
  family: string;
  make: (size: number) => string;
}

function probesFor(source: string): Probe[] {
  const words = wordsOf(source);
  const probes: Probe[] = GENERIC_UNITS.flatMap((u) => [
    { family: JSON.stringify(u), make: (size: number) => repeat(u, size) },
    // The same run between two words: anchors ($, \b) then fail only at its far end.
    { family: `a${JSON.stringify(u)}b`, make: (size: number) => `a${repeat(u, size - 2)}b` },
  ]);
  for (const w of words) {
    probes.push({ family: `"${w} "×n`, make: (size) => repeat(`${w} `, size) });
    probes.push({ family: `"${w}, "×n`, make: (size) => repeat(`${w}, `, size) });
  }
  for (let k = 0; k < (QUICK ? 2 : 6); k++) {
    probes.push({
      family: `soup #${k + 1} of its words`,
      make: (size) => soups(words, size, k + 1)[k] ?? '',
    });
  }
  // The first words, then filler: a trigger far from what completes the match.
  if (words.length >= 2) {
    probes.push({
      family: 'trigger then filler',
      make: (size) => repeat(`${words[0]} ${repeat('x ', 118)}`, size),
    });
  }
  return probes;
}

function runRegex(re: RegExp, text: string): number {
  const best = [];
  for (let k = 0; k < 2; k++) {
    re.lastIndex = 0;
    const t0 = performance.now();
    if (re.global) text.match(re);
    else re.exec(text);
    best.push(performance.now() - t0);
  }
  return Math.min(...best);
}

interface RegexResult {
  where: string;
  family: string;
  msAtCap: number;
  msAt10x: number;
}

function hunt(root: string): { results: RegexResult[]; count: number; probes: number } {
  const regexes = findRegexes(root);
  const results: RegexResult[] = [];
  let probes = 0;
  for (const found of regexes) {
    let re: RegExp;
    try {
      re = new RegExp(found.source, found.flags);
    } catch {
      continue;
    }
    let worst: RegexResult | undefined;
    for (const probe of probesFor(found.source)) {
      const atCap = probe.make(SENTENCE_CAP);
      const msAtCap = runRegex(re, atCap);
      probes++;
      if (!worst || msAtCap > worst.msAtCap) {
        worst = { where: found.where, family: probe.family, msAtCap, msAt10x: 0 };
      }
    }
    if (worst) {
      const probe = probesFor(found.source).find((p) => p.family === worst.family);
      if (probe) worst.msAt10x = runRegex(re, probe.make(SENTENCE_CAP * 10));
      results.push(worst);
    }
  }
  return { results, count: regexes.length, probes };
}

// The grammar (compromise) on the longest clause a sentence can hold, and every answer rule end to end.
function pipelineProbes(): Row[] {
  const rows: Row[] = [];
  const sentences: Array<[string, string]> = [
    ['negations and modals', repeat('we may not never cannot ', SENTENCE_CAP)],
    ['"may " then a practice', `${repeat('may ', SENTENCE_CAP - 60)}we sell your data to third parties`],
    ['list of verbs, no breaks', repeat('we do not sell, rent or share ', SENTENCE_CAP)],
    ['policy soup', soups(wordsOf(POLICY_SENTENCE), SENTENCE_CAP, 1)[0] ?? ''],
  ];
  for (const [name, s] of sentences) {
    const [grammarMs] = time(() => [isNegated(s), modalOf(s)]);
    rows.push({ name: `grammar: ${name}`, chars: s.length, ms: grammarMs, step: 'grammar' });
    const [answerMs] = time(() => {
      for (const rule of ANSWER_RULES) answerSentence(rule, s);
    });
    rows.push({ name: `answer rules: ${name}`, chars: s.length, ms: answerMs, step: 'answers' });
    const [classifyMs] = time(() => classifySentence(s, s.slice(0, 120)));
    rows.push({ name: `clause rules: ${name}`, chars: s.length, ms: classifyMs, step: 'classify' });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// The tag bomb (issue 13, finding 3)

function runTagBomb(): void {
  console.log('## Tag bomb\n');
  for (const size of [40_000, 591_000]) {
    const text = tagBomb(size);
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let peak = heap0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const [ms, summary] = time(() => analyze(text));
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const warned = summary.warnings.some((w) => w.includes('grammar tagger'));
    console.log(
      `analyze, ${text.length.toLocaleString('en')} characters: ${ms.toFixed(0)} ms, heap +${((peak - heap0) / 1e6).toFixed(0)} MB after it, tagger warning: ${warned ? 'yes' : 'no'}`,
    );
  }
  // The CLI as a person runs it: a fresh process, the bundle built, on the 591 KB bomb.
  const dir = mkdtempSync(join(tmpdir(), 'policylens-tag-bomb-'));
  const file = join(dir, 'tag-bomb.txt');
  writeFileSync(file, tagBomb(591_000));
  const launch = resolve(import.meta.dirname, '../cli/launch.mjs');
  spawnSync(process.execPath, [launch, 'analyze', file], { encoding: 'utf8' });
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const cli = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, launch, 'analyze', file], {
      encoding: 'utf8',
    });
    const wall = performance.now() - t0;
    const maxKb = Number(cli.stderr.trim().split('\n').at(-1));
    console.log(
      `CLI analyze of the 591 KB bomb, run ${run + 1}: ${wall.toFixed(0)} ms wall, peak RSS ${(maxKb / 1000).toFixed(0)} MB, exit ${cli.status}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });

  // Ordinary policies: the characters the grammar tags in each, against the budget.
  const shared = resolve(import.meta.dirname, '../../shared');
  const texts: Array<[string, string]> = [];
  for (const sub of ['corpus/modern-dev/texts', 'corpus/tosdr-dev/texts', 'policies/seeds']) {
    const where = join(shared, sub);
    if (!existsSync(where)) continue;
    for (const name of readdirSync(where))
      texts.push([`${sub}/${name}`, readFileSync(join(where, name), 'utf8')]);
  }
  const htmlDir = join(shared, 'corpus/opp115-dev/html');
  if (existsSync(htmlDir)) {
    for (const name of readdirSync(htmlDir)) {
      texts.push([`opp115-dev/${name}`, htmlToText(readFileSync(join(htmlDir, name), 'utf8')).text]);
    }
  }
  if (texts.length === 0) {
    console.log(`\n../shared is missing (looked in ${shared}): no corpus figures.`);
    return;
  }
  const spent = texts.map(([name, raw]) => {
    const sentences = segment(normalise(raw).slice(0, 600_000)).sentences;
    const memo: TagMemo = new Map();
    answerQuestions(sentences, memo);
    findDataTypes(sentences, memo);
    return { name, chars: taggedChars(memo), clauses: memo.size };
  });
  spent.sort((a, b) => b.chars - a.chars);
  const median = spent[Math.floor(spent.length / 2)];
  console.log(
    `\nTagged characters per policy on ${spent.length} policies of ../shared (budget ${TAG_BUDGET_CHARS.toLocaleString('en')}): median ${median?.chars}, largest:`,
  );
  for (const s of spent.slice(0, 5))
    console.log(`  ${s.chars} characters in ${s.clauses} clauses: ${s.name}`);
}

// ---------------------------------------------------------------------------------------------------

function printRows(rows: Row[]): void {
  console.log(`| ${pad('input', 44)} | ${pad('step', 10)} | ${pad('chars', 10)} | ${pad('ms', 9)} |`);
  console.log(`|${'-'.repeat(46)}|${'-'.repeat(12)}|${'-'.repeat(12)}|${'-'.repeat(11)}|`);
  for (const r of rows) {
    console.log(
      `| ${pad(r.name, 44)} | ${pad(r.step, 10)} | ${pad(String(r.chars), 10)} | ${pad(r.ms.toFixed(1), 9)} |`,
    );
  }
}

const root = resolve(import.meta.dirname, '..');
if (TAG_BOMB_ONLY) {
  runTagBomb();
  process.exit(0);
}
if (!REGEX_ONLY) {
  console.log('## Whole inputs\n');
  const rows = runWhole();
  printRows(rows);
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `\n${WHOLE.length} inputs. Slowest: ${slowest.name} (${slowest.step}), ${slowest.ms.toFixed(0)} ms\n`,
  );

  console.log('## Sentence and heading caps\n');
  console.log(
    capViolations.length === 0
      ? 'Every sentence ≤ 2000 and every heading ≤ 120 characters.'
      : capViolations.join('\n'),
  );

  console.log('\n## One sentence at the cap through the pipeline\n');
  printRows(pipelineProbes());
}

console.log('\n## Regular expressions\n');
const { results, count, probes } = hunt(root);
results.sort((a, b) => b.msAtCap - a.msAtCap);
console.log(
  `${count} regular expressions in engine/ and rules/, ${probes} probes at ${SENTENCE_CAP} characters.\n`,
);
console.log(`| ${pad('where', 44)} | ${pad('worst probe', 32)} | ms @2k | ms @20k | growth |`);
console.log(`|${'-'.repeat(46)}|${'-'.repeat(34)}|--------|---------|--------|`);
const growth = (r: RegexResult) => r.msAt10x / Math.max(r.msAtCap, 0.005);
const shown = results.filter((r, i) => i < 15 || growth(r) > 30);
for (const r of shown) {
  console.log(
    `| ${pad(r.where, 44)} | ${pad(r.family.slice(0, 32), 32)} | ${pad(r.msAtCap.toFixed(2), 6)} | ${pad(r.msAt10x.toFixed(2), 7)} | ${pad(growth(r).toFixed(0), 6)} |`,
  );
}
console.log('\nGrowth is ms @20k / ms @2k: about 10 is linear, about 100 quadratic (noisy below 0.05 ms).');
