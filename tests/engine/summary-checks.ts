// What every summary must satisfy, whatever the input: shared by the property and adversarial tests.

import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';
import { ANSWERS, CATEGORY_IDS, DATA_TYPE_IDS, GRADES, QUESTION_IDS } from '../../engine/ids';
import { CATEGORY_LABELS, QUESTION_LABELS } from '../../engine/labels';
import type { Quote, Summary } from '../../engine/types';
import { analyze, analysedText as engineAnalysedText, MAX_CHARS } from '../../rules/engine';

/** The text analyze() quotes from: the normalised input, cut at MAX_CHARS. */
export function analysedText(input: string): string {
  return engineAnalysedText(input).text;
}

function checkQuote(quote: Quote, text: string): void {
  expect(Number.isInteger(quote.start) && Number.isInteger(quote.end)).toBe(true);
  expect(quote.start).toBeGreaterThanOrEqual(0);
  expect(quote.end).toBeGreaterThanOrEqual(quote.start);
  expect(quote.end).toBeLessThanOrEqual(text.length);
  expect(quote.text).toBe(text.slice(quote.start, quote.end));
}

/** Throws (through expect) unless `summary` is a valid summary of `text`, the analysed text. */
export function checkSummary(summary: Summary, text: string): void {
  expect(summary.schema).toBe(1);
  expect(summary.stats.chars).toBe(text.length);
  expect(summary.stats.chars).toBeLessThanOrEqual(MAX_CHARS);
  expect(Object.keys(summary.answers).sort()).toEqual([...QUESTION_IDS].sort());
  for (const q of QUESTION_IDS) {
    const result = summary.answers[q];
    expect(ANSWERS).toContain(result.answer);
    for (const quote of result.evidence) checkQuote(quote, text);
    if (result.contradiction) {
      checkQuote(result.contradiction.yes, text);
      checkQuote(result.contradiction.no, text);
    }
  }
  expect(Object.keys(summary.categories).sort()).toEqual([...CATEGORY_IDS].sort());
  for (const c of CATEGORY_IDS) {
    const result = summary.categories[c];
    expect(result.mentioned).toBe(result.clauses.length > 0);
    for (const quote of result.clauses) checkQuote(quote, text);
  }
  for (const t of summary.dataTypes) expect(DATA_TYPE_IDS).toContain(t);
  for (const quote of summary.dataTypeEvidence) checkQuote(quote, text);
  expect(GRADES).toContain(summary.grade);
  expect(Number.isFinite(summary.score)).toBe(true);
  expect(summary.policyConfidence).toBeGreaterThanOrEqual(0);
  expect(summary.policyConfidence).toBeLessThanOrEqual(1);
  expect(summary.language.confidence).toBeGreaterThanOrEqual(0);
  expect(summary.language.confidence).toBeLessThanOrEqual(1);
  if (summary.isPolicy) expect(summary.language.english).toBe(true);
  expect(summary.warnings.some((w) => /characters were analysed/.test(w))).toBe(summary.stats.truncated);
}

/** analyze() on `input`, checked; returns the summary and the analysed text. */
export function analyzeChecked(input: string): { summary: Summary; text: string } {
  const summary = analyze(input);
  const text = analysedText(input);
  checkSummary(summary, text);
  return { summary, text };
}

/**
 * Markdown that can do nothing but show text, as a real renderer reads it (markdown-it with raw HTML on and
 * GitHub-style autolinks): no link, image, HTML tag, emphasis or extra table cell made by page text, only
 * toMarkdown's own headings, and no address or `@mention` outside a code span (GitHub links `http://`,
 * `www.`, `a@b.c` and pings `@name`; it does neither inside code).
 */
export function checkInertMarkdown(markdown: string): void {
  const html = renderMarkdown(markdown);
  const tags = new Set([...html.matchAll(/<\/?([a-z][a-z0-9]*)/g)].map((m) => m[1]));
  for (const tag of tags) expect(EXPORT_TAGS).toContain(tag);
  expect(html.match(/<h1>/g)?.length).toBe(1);
  for (const [, level, text] of html.matchAll(/<h([23])>([^<]*)<\/h\1>/g)) {
    expect(level === '2' ? EXPORT_SECTIONS : CATEGORY_HEADINGS).toContain(text);
  }
  for (const [, text] of html.matchAll(/<strong>(.*?)<\/strong>/g))
    expect(text).toMatch(/^(?:Grade [A-E]|Not graded)$/);
  for (const [row] of html.matchAll(/<tr>[\s\S]*?<\/tr>/g)) expect(row.match(/<t[hd][ >]/g)?.length).toBe(3);
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  // "www." with nothing after it (a text cut inside "[www.") is no address, and no renderer links it.
  expect(outsideCode).not.toMatch(/https?:\/\/|www\.[^\s<]|ftp:|mailto:|javascript:/i);
  expect(outsideCode).not.toMatch(/[\w+-]@[\w-]+\.\w/);
  expect(outsideCode).not.toMatch(/(?:^|[^\w`])@[A-Za-z0-9]/m);
}

const renderer = new MarkdownIt({ html: true, linkify: true });
// As GitHub: a scheme, `www.` or an e-mail address makes a link; a bare "example.com" does not.
renderer.linkify.set({ fuzzyLink: false });
export const renderMarkdown = (markdown: string): string => renderer.render(markdown);
const EXPORT_TAGS = [
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'strong',
  'code',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const EXPORT_SECTIONS = [
  'What matters most',
  'Answers',
  'Evidence',
  'Contradictions',
  'Score',
  'Data collected',
  'Topics covered',
];
// Level 3: a topic under the topics covered, a question under the evidence.
const CATEGORY_HEADINGS = [...Object.values(CATEGORY_LABELS), ...Object.values(QUESTION_LABELS)];
