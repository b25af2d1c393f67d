// The weight of the cache (issue 13, finding 9): one summary is stored within its cap (quotes shortened,
// the answers whole) or not at all, and all of them within a byte budget, least recently used going first
// in the write's own transaction.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { SummaryCache } from '../../db/cache';
import {
  fitForCache,
  SHORT_CLAUSES,
  SHORT_QUOTE_CHARS,
  SHORTENED_WARNING,
  summaryBytes,
} from '../../db/summary-size';
import { QUESTION_IDS } from '../../engine/ids';
import type { Summary } from '../../engine/types';
import { summary } from './entry-fixture';

let seq = 0;
const opened: SummaryCache[] = [];
afterEach(() => {
  for (const cache of opened.splice(0)) cache.close();
});

async function openCache(options: Parameters<typeof SummaryCache.open>[0] = {}) {
  const cache = await SummaryCache.open({ name: `size-${seq++}`, ...options });
  opened.push(cache);
  return cache;
}

/**
 * The sample summary with one quote of `answerChars` per answer and `clauses` quotes of `chars` in every
 * category.
 */
function heavy(chars: number, clauses = 40, answerChars = chars): Summary {
  const long = (n: number, size = chars) =>
    `We collect ${'your personal data '.repeat(size / 18)}${n}.`.slice(0, size);
  const quote = (n: number, size = chars) => ({ text: long(n, size), start: n * size, end: (n + 1) * size });
  return {
    ...summary,
    answers: Object.fromEntries(
      Object.entries(summary.answers).map(([id, answer]) => [
        id,
        { ...answer, evidence: [{ ...quote(1, answerChars), rule: 'r', says: 'yes' as const }] },
      ]),
    ) as Summary['answers'],
    categories: Object.fromEntries(
      Object.entries(summary.categories).map(([id, category]) => [
        id,
        {
          ...category,
          clauses: Array.from({ length: clauses }, (_, n) => ({ ...quote(n), rule: 'r' })),
        },
      ]),
    ) as Summary['categories'],
  };
}

describe('fitForCache()', () => {
  test('a summary within the cap is stored as it is', () => {
    const fitted = fitForCache(summary, 256 * 1024);
    expect(fitted?.summary).toBe(summary);
    expect(fitted?.bytes).toBe(summaryBytes(summary));
  });

  test('a 1 MB summary: quotes shortened, fewer clauses, the answers and score kept, and it says so', () => {
    const big = heavy(5_000);
    expect(summaryBytes(big)).toBeGreaterThan(1_000_000);
    const fitted = fitForCache(big, 256 * 1024);
    expect(fitted).toBeDefined();
    const small = fitted?.summary as Summary;
    expect(fitted?.bytes).toBeLessThanOrEqual(256 * 1024);
    expect(fitted?.bytes).toBe(summaryBytes(small));
    expect(small.warnings).toContain(SHORTENED_WARNING);
    expect(small.score).toBe(big.score);
    expect(small.grade).toBe(big.grade);
    for (const id of QUESTION_IDS) {
      expect(small.answers[id].answer).toBe(big.answers[id].answer);
      const [shown] = small.answers[id].evidence;
      const [whole] = big.answers[id].evidence;
      // A prefix of the quote, with its offsets: the whole is still found in the page.
      expect(shown?.text.length).toBeLessThanOrEqual(SHORT_QUOTE_CHARS);
      expect(whole?.text.startsWith(shown?.text ?? '-')).toBe(true);
      expect([shown?.start, shown?.end]).toEqual([whole?.start, whole?.end]);
    }
    for (const category of Object.values(small.categories)) {
      expect(category.clauses.length).toBeLessThanOrEqual(SHORT_CLAUSES);
    }
  });

  test('when shortened clauses are still too many, the categories keep none but the answers stay', () => {
    const big = heavy(SHORT_QUOTE_CHARS, 40, 100);
    const cap = summaryBytes(heavy(SHORT_QUOTE_CHARS, 0, 100)) + SHORTENED_WARNING.length + 100;
    expect(summaryBytes(heavy(SHORT_QUOTE_CHARS, SHORT_CLAUSES, 100))).toBeGreaterThan(cap);
    const fitted = fitForCache(big, cap);
    expect(fitted).toBeDefined();
    for (const category of Object.values(fitted?.summary.categories ?? {})) {
      expect(category.clauses).toEqual([]);
    }
    expect(fitted?.summary.answers['sells-data'].evidence).toEqual(big.answers['sells-data'].evidence);
  });

  test('a cap nothing can meet: not stored', () => {
    expect(fitForCache(summary, 100)).toBeUndefined();
  });
});

describe('SummaryCache: one summary', () => {
  test('a 1 MB summary is stored shortened, under the cap; the caller gets it whole', async () => {
    const cache = await openCache();
    const big = heavy(5_000);
    const entry = await cache.put('https://a.example/privacy', 'h', big);
    expect(entry.summary.answers['sells-data'].evidence[0]?.text.length).toBe(5_000);
    const stored = await cache.get('https://a.example/privacy');
    expect(stored).toBeDefined();
    expect(summaryBytes(stored?.summary as Summary)).toBeLessThanOrEqual(256 * 1024);
    expect(stored?.bytes).toBe(summaryBytes(stored?.summary as Summary));
    expect(stored?.summary.warnings).toContain(SHORTENED_WARNING);
  });

  test('a summary that cannot fit is not stored, and the cache says why', async () => {
    const errors: string[] = [];
    const cache = await openCache({ maxSummaryBytes: 100, onError: (what) => errors.push(what) });
    const entry = await cache.put('https://a.example/privacy', 'h', summary);
    expect(entry.summary.score).toBe(summary.score);
    expect(await cache.count()).toBe(0);
    expect(errors.join()).toContain('too large to keep');
  });
});

describe('SummaryCache: the byte budget', () => {
  test('500 heavy summaries from one page never weigh more than the budget; the newest stay', async () => {
    const big = heavy(5_000);
    const weight = fitForCache(big)?.bytes ?? 0;
    expect(weight).toBeGreaterThan(40_000);
    // Room for ten; the count caps (500 in all, 50 per site) are not what stops it.
    const budget = weight * 10 + weight / 2;
    let clock = 1;
    const cache = await openCache({ maxTotalBytes: budget, now: () => clock++ });
    for (let n = 0; n < 40; n++) await cache.put(`https://s${n}.example/p`, 'h', big);
    const rows = await cache.list();
    expect(rows).toHaveLength(10);
    expect(rows.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(budget);
    expect(rows.map((r) => r.url).sort()).toEqual(
      Array.from({ length: 10 }, (_, n) => `https://s${30 + n}.example/p`).sort(),
    );
  });

  test('the least recently used go first: one read just now is kept', async () => {
    const big = heavy(5_000);
    const weight = fitForCache(big)?.bytes ?? 0;
    let clock = 1;
    const cache = await openCache({ maxTotalBytes: weight * 3 + weight / 2, now: () => clock++ });
    for (const n of [0, 1, 2]) await cache.put(`https://s${n}.example/p`, 'h', big);
    await cache.getFresh('https://s0.example/p', 'h');
    await cache.put('https://s3.example/p', 'h', big);
    const urls = (await cache.list()).map((r) => r.url).sort();
    expect(urls).toEqual(['https://s0.example/p', 'https://s2.example/p', 'https://s3.example/p']);
  });

  test('concurrent heavy writes still leave the cache within the budget', async () => {
    const big = heavy(5_000);
    const weight = fitForCache(big)?.bytes ?? 0;
    const budget = weight * 5 + weight / 2;
    const cache = await openCache({ maxTotalBytes: budget });
    await Promise.all(Array.from({ length: 30 }, (_, n) => cache.put(`https://c${n}.example/p`, 'h', big)));
    const rows = await cache.list();
    expect(rows.length).toBe(5);
    expect(rows.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(budget);
  });

  test('the entry being written is kept even when it alone is over the budget', async () => {
    const cache = await openCache({ maxTotalBytes: 10 });
    await cache.put('https://a.example/1', 'h', summary);
    await cache.put('https://a.example/2', 'h', summary);
    expect((await cache.list()).map((r) => r.url)).toEqual(['https://a.example/2']);
  });
});
