// What every summary must satisfy, whatever the input: shared by the property and adversarial tests.

import { expect } from 'vitest';
import { analyze, analysedText as engineAnalysedText, MAX_CHARS } from '../../engine/analyze';
import { ANSWERS, CATEGORY_IDS, DATA_TYPE_IDS, GRADES, QUESTION_IDS } from '../../engine/ids';
import type { Quote, Summary } from '../../engine/types';

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
 * Markdown that can do nothing but show text: outside the two code spans that toMarkdown writes for the
 * source URL and file, every `<`, `[` and `]` is escaped (a `>` is only toMarkdown's own blockquote) and no
 * URL or address is left for a renderer to turn into a link (GitHub autolinks `http://`, `www.`, `a@b.c`).
 */
export function checkInertMarkdown(markdown: string): void {
  const prose = markdown
    .split('\n')
    .map((line) => (/^- (?:Source|File): `[^`]*`$/.test(line) ? '' : line))
    .join('\n');
  expect(prose).not.toMatch(/(?<!\\)[<[\]]/);
  expect(prose).not.toMatch(/https?:\/\/|www\.|ftp:|mailto:|javascript:/i);
  expect(prose).not.toMatch(/[\w+-]@[\w-]+\.\w/);
}
