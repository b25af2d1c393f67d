// How big a summary may be when it is stored, and how one that is too big is made to fit. A page of a
// thousand long sentences once gave summaries of about 1 MB each, and visiting it filled the cache with
// 500 of them. Only the quotes can be that long: the answers, the score and the grade are small, so they
// are always kept and the quotes' text is shortened first.

import type { Quote, Summary } from '../engine/types';

/** The most a stored summary may weigh, as UTF-8 JSON. A summary of a long policy weighs 20–60 KB. */
export const MAX_SUMMARY_BYTES = 256 * 1024;
/** Characters of a quote kept in a summary that had to be shortened; its offsets still give the whole. */
export const SHORT_QUOTE_CHARS = 600;
/** Clauses kept per category in a summary that had to be shortened (the answers keep all their evidence). */
export const SHORT_CLAUSES = 5;
export const SHORTENED_WARNING = 'Long quotes were shortened to keep the saved summary small.';

const encoder = new TextEncoder();

export function summaryBytes(summary: Summary): number {
  return encoder.encode(JSON.stringify(summary)).length;
}

function shortQuote<T extends Quote>(quote: T): T {
  if (quote.text.length <= SHORT_QUOTE_CHARS) return quote;
  const cut = quote.text.lastIndexOf(' ', SHORT_QUOTE_CHARS);
  return { ...quote, text: quote.text.slice(0, cut > SHORT_QUOTE_CHARS / 2 ? cut : SHORT_QUOTE_CHARS) };
}

/** Every quote's text shortened, and at most `clauses` clauses per category. */
function shortened(summary: Summary, clauses: number): Summary {
  const answers = Object.fromEntries(
    Object.entries(summary.answers).map(([id, answer]) => [
      id,
      {
        ...answer,
        evidence: answer.evidence.map(shortQuote),
        ...(answer.contradiction
          ? {
              contradiction: {
                yes: shortQuote(answer.contradiction.yes),
                no: shortQuote(answer.contradiction.no),
              },
            }
          : {}),
      },
    ]),
  ) as Summary['answers'];
  const categories = Object.fromEntries(
    Object.entries(summary.categories).map(([id, category]) => [
      id,
      { ...category, clauses: category.clauses.slice(0, clauses).map(shortQuote) },
    ]),
  ) as Summary['categories'];
  const warnings = summary.warnings.includes(SHORTENED_WARNING)
    ? summary.warnings
    : [...summary.warnings, SHORTENED_WARNING];
  return {
    ...summary,
    warnings,
    answers,
    categories,
    dataTypeEvidence: summary.dataTypeEvidence.map(shortQuote),
  };
}

/**
 * The summary as it may be stored, and its weight: itself when within `maxBytes`; else with its quotes
 * shortened, then with fewer clauses per category, then with none, the answers always whole; undefined
 * when even that is too big (the summary is then shown but not kept).
 */
export function fitForCache(
  summary: Summary,
  maxBytes = MAX_SUMMARY_BYTES,
): { summary: Summary; bytes: number } | undefined {
  let bytes = summaryBytes(summary);
  if (bytes <= maxBytes) return { summary, bytes };
  for (const clauses of [SHORT_CLAUSES, 0]) {
    const smaller = shortened(summary, clauses);
    bytes = summaryBytes(smaller);
    if (bytes <= maxBytes) return { summary: smaller, bytes };
  }
  return undefined;
}
