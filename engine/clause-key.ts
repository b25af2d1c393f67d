// The form in which two versions' sentences are compared: what a person reads, without what formatting
// changes. Case, spacing, punctuation, emphasis marks, a list's enumerator and the date of a "last updated"
// line do not make a sentence different.

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = new RegExp(
  [
    `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}`,
    `${MONTH},?\\s+\\d{4}`,
    '\\d{4}-\\d{1,2}-\\d{1,2}',
    '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}',
  ].join('|'),
  'gi',
);
/** A sentence that dates the policy itself: its date changes with every edit and says nothing of a practice. */
const DATES_THE_POLICY =
  /\b(?:last\s+(?:updated|modified|revised|amended|changed|reviewed)|effective(?:\s+date|\s+as\s+of|\s+from|\s+on)?|(?:updated|revised|modified)\s+(?:on|as\s+of)|version\s+date|dated)\b/i;
const ENUMERATOR = /^\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+/i;
const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

export function clauseKey(sentence: string): string {
  let text = sentence.normalize('NFKC').toLowerCase().replace(ENUMERATOR, '');
  if (DATES_THE_POLICY.test(text)) text = text.replace(DATE, ' date ');
  return text.replace(NOT_A_WORD, ' ').trim();
}

/** The words of any text as keys have them, without the date rule: for a whole version's run of words. */
export function plainWords(text: string): string[] {
  return keyWords(text.normalize('NFKC').toLowerCase().replace(NOT_A_WORD, ' ').trim());
}

/** The words of a key, for similarity. */
export function keyWords(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}
