// Where a clause starts and ends inside a sentence, so that negation and conditions stay with the verb
// they govern: in "we do not sell your data, but we share it with partners" the "not" is no part of
// "share". A list ("we do not sell, rent or share") stays one clause: a comma only ends a clause when a
// new subject or a contrast follows it, and a bare "and" only when a new "we" or "they" and its verb do
// ("we have no obligation … and we are free to disclose it").

import { MAYBE_NEGATIVE } from './grammar';

const CLAUSE_BREAK =
  /;|:\s|\.\s|,\s*(?=(?:but|however|although|though|while|whereas|yet|and|or|so)?\s*(?:we|they|it|you|our|these|those|such|this|the company|third parties|advertisers|partners)\b)|\b(?:but|however|although|whereas|except that|other than that)\b|\s(?=and (?:we|they) (?:are|may|will|can|have|also|might|reserve)\b)/gi;

// An item that opens with a subject of its own ("; we share it with partners") is a clause of its own.
const OWN_SUBJECT =
  /^\s*(?:(?:and|or|but|also)\s+)?(?:we|they|you|it|he|she|this|these|those|such|our \w+)\b/i;

/**
 * [start, end) of the clause around `at` in `sentence`. An item of a list that a colon leads into ("we do
 * not sell, share or use it for: targeted advertising; third-party marketing; …", the items of a
 * Markdown or HTML list joined to their lead-in) has no subject or verb of its own: it is the lead-in's
 * clause, whose negation and conditions govern it, unless it opens with a subject of its own.
 */
export function clauseAround(sentence: string, at: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  // Where the clause before the last colon starts, while only semicolons (items) have followed it, and
  // where its first item starts.
  let leadIn = -1;
  let items = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) {
      if (m[0].startsWith(':')) {
        leadIn = start;
        items = m.index + m[0].length;
      } else if (m[0] !== ';') leadIn = -1;
      start = m.index + m[0].length;
    } else if (m.index > at) {
      end = m.index;
      break;
    }
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  // The clause is one span: a negation in an item before this one ("(b) so that you will not have to
  // re-enter it; (c) customised ads") would read as this item's, so then the item stands alone.
  if (
    leadIn >= 0 &&
    !OWN_SUBJECT.test(sentence.slice(start, at)) &&
    !MAYBE_NEGATIVE.test(sentence.slice(items, start))
  )
    start = leadIn;
  return [start, end];
}
