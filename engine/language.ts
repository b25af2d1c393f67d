// Is the text English? Common function words make up a large share of any English prose and almost
// none of other languages' (or of binary debris), so their share is a cheap and robust signal.

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for it as with be by on not this are or your you we our from at an may will have has which can any us if such other'.split(
    ' ',
  ),
);
const SAMPLE_WORDS = 5000;
// Chinese and Japanese put no spaces between words, so a run of letters there is a whole clause: counted
// as one word, a Chinese policy of 600 characters weighs 40 "words", and an English menu and footer around
// it (a few dozen words, many of them "the", "us", "of") made it read as English. Each ideograph or kana
// counts as a word instead (most words are one or two characters). Marks are part of a word: Arabic
// vowel signs, Devanagari vowel signs.
const WORD =
  /(?=\p{L})[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}](?:[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|\p{M})*/gu;

export function detectEnglish(text: string): { english: boolean; confidence: number } {
  const words = text.slice(0, 100_000).toLowerCase().match(WORD) ?? [];
  const sample = words.slice(0, SAMPLE_WORDS);
  if (sample.length < 20) return { english: false, confidence: 0 };
  const hits = sample.reduce((n, w) => n + (ENGLISH_FUNCTION_WORDS.has(w) ? 1 : 0), 0);
  const share = hits / sample.length;
  // English policy prose: 0.3–0.45; French, German, Spanish: under 0.08.
  const confidence = Math.min(1, share / 0.25);
  return { english: share >= 0.15, confidence: round(confidence) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
