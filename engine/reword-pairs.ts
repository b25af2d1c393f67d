// Pairs removed and added sentences that are one sentence reworded ("30 days" → "90 days"): word-level
// Dice similarity, greedy best match first, each sentence in at most one pair.

/** Two sentences sharing at least this share of their words (Dice) are one sentence reworded. */
export const REWORDED_SIMILARITY = 0.5;
/**
 * Words found in more sentences than this are left out of candidate finding ("we", "the", "your"), so
 * that a policy rewritten end to end costs no more than its sentences times their words. Such words still
 * count in the similarity of the candidates found.
 */
const COMMON_WORD_POSTINGS = 64;

export interface Side {
  words: string[];
  /** Of two equally good matches, the one in the same hunk of the alignment wins over one that moved. */
  hunk: number;
}

/** Dice coefficient of two word multisets: 2·|common| / (|a| + |b|). */
export function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** A sentence's words counted once, so that each candidate pair costs one pass over the shorter. */
function countWords(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function diceOfCounts(a: Map<string, number>, aSize: number, b: Map<string, number>, bSize: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, n] of small) common += Math.min(n, large.get(w) ?? 0);
  return (2 * common) / (aSize + bSize);
}

/** [removed index, added index] pairs, the most similar first; in added order. */
export function pairReworded(removed: Side[], added: Side[]): Array<[number, number]> {
  const addedCounts = added.map((side) => countWords(side.words));
  const postings = new Map<string, number[]>();
  addedCounts.forEach((counts, j) => {
    for (const w of counts.keys()) {
      const list = postings.get(w);
      if (list) list.push(j);
      else postings.set(w, [j]);
    }
  });
  const candidates: Array<{ i: number; j: number; score: number; local: boolean }> = [];
  removed.forEach((side, i) => {
    if (side.words.length === 0) return;
    const counts = countWords(side.words);
    const seen = new Set<number>();
    for (const w of counts.keys()) {
      const list = postings.get(w);
      if (!list || list.length > COMMON_WORD_POSTINGS) continue;
      for (const j of list) seen.add(j);
    }
    for (const j of seen) {
      const other = added[j];
      const otherCounts = addedCounts[j];
      if (!other || !otherCounts || other.words.length === 0) continue;
      // Dice ≥ 0.5 needs the shorter to be at least a third of the longer: skip the count otherwise.
      const [short, long] = [side.words.length, other.words.length].sort((x, y) => x - y) as [number, number];
      if (short * 3 < long) continue;
      const score = diceOfCounts(counts, side.words.length, otherCounts, other.words.length);
      if (score >= REWORDED_SIMILARITY) candidates.push({ i, j, score, local: side.hunk === other.hunk });
    }
  });
  candidates.sort((x, y) => y.score - x.score || Number(y.local) - Number(x.local) || x.i - y.i || x.j - y.j);
  const usedRemoved = new Set<number>();
  const usedAdded = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of candidates) {
    if (usedRemoved.has(i) || usedAdded.has(j)) continue;
    usedRemoved.add(i);
    usedAdded.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[1] - y[1]);
}
