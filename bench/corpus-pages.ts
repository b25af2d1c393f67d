// Loads the saved policy pages of ../shared/corpus/opp115-dev with their gold text and URL, and measures
// how much of the gold text an extraction keeps. Shared by the coverage bench and the corpus tests; the
// corpus itself stays in ../shared and is never copied into the project.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

export interface CorpusPage {
  id: number;
  file: string;
  html: string;
  /** The policy's URL as recorded by OPP-115, with https:// added when it had no scheme. */
  url: string;
  /** Gold segment texts in order. */
  gold: string[];
}

export const CORPUS_DIR = path.resolve(process.cwd(), '../shared/corpus/opp115-dev');

export function loadCorpusPages(dir: string = CORPUS_DIR): CorpusPage[] {
  const htmlDir = path.join(dir, 'html');
  if (!existsSync(htmlDir)) {
    throw new Error(
      `The shared corpus is missing: expected saved pages in ${htmlDir}. ` +
        'Run from the project root with ../shared/corpus/opp115-dev beside it.',
    );
  }
  const gold = new Map<number, Array<{ index: number; text: string }>>();
  for (const line of readFileSync(path.join(dir, 'segments.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { policy_id: number; index: number; text: string };
    const list = gold.get(row.policy_id) ?? [];
    list.push({ index: row.index, text: row.text });
    gold.set(row.policy_id, list);
  }
  const urls = new Map<number, string>();
  for (const file of readdirSync(path.join(dir, 'policies'))) {
    if (!file.endsWith('.json')) continue;
    const policy = JSON.parse(readFileSync(path.join(dir, 'policies', file), 'utf8')) as {
      id: number;
      url: string;
    };
    urls.set(policy.id, /^[a-z]+:\/\//i.test(policy.url) ? policy.url : `https://${policy.url}`);
  }
  const pages: CorpusPage[] = [];
  for (const file of readdirSync(htmlDir).sort()) {
    if (!file.endsWith('.html')) continue;
    const id = Number.parseInt(file, 10);
    const segments = gold.get(id);
    const url = urls.get(id);
    if (segments === undefined || url === undefined) throw new Error(`No gold segments or URL for ${file}`);
    segments.sort((a, b) => a.index - b.index);
    pages.push({
      id,
      file,
      html: readFileSync(path.join(htmlDir, file), 'utf8'),
      url,
      gold: segments.map((s) => s.text),
    });
  }
  return pages;
}

export interface Coverage {
  goldWords: number;
  extractedWords: number;
  /** Share of gold word occurrences found in the extraction (multiset). */
  recall: number;
  /** Extraction words beyond the gold ones, per gold word. */
  noise: number;
}

export function wordCoverage(gold: string, extracted: string): Coverage {
  const want = countWords(gold);
  const got = countWords(extracted);
  let goldWords = 0;
  let hit = 0;
  for (const [word, n] of want) {
    goldWords += n;
    hit += Math.min(n, got.get(word) ?? 0);
  }
  let extractedWords = 0;
  let extra = 0;
  for (const [word, n] of got) {
    extractedWords += n;
    extra += Math.max(0, n - (want.get(word) ?? 0));
  }
  return {
    goldWords,
    extractedWords,
    recall: goldWords === 0 ? 1 : hit / goldWords,
    noise: goldWords === 0 ? 0 : extra / goldWords,
  };
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // The gold text lost its apostrophes ("Atlantics"); dropping them on both sides compares like with like.
  for (const word of text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * The gold segments whose words the saved page holds at all (≥ 90% of them, outside script and style).
 * Some saved pages lack part of their gold text (nbc.com saved its summary page, not the full policy), so
 * recall is also measured on these: what an extraction could keep.
 */
export function presentGold(page: CorpusPage): string[] {
  const everything = allText(page.html);
  return page.gold.filter((segment) => wordCoverage(segment, everything).recall >= 0.9);
}

function allText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') hidden++;
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && hidden > 0) hidden--;
      },
      ontext(data) {
        if (hidden === 0) parts.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return parts.join(' ');
}
