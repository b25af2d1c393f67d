// Where a clause starts and ends inside a sentence, so that negation and conditions stay with the verb
// they govern: in "we do not sell your data, but we share it with partners" the "not" is no part of
// "share". A list ("we do not sell, rent or share") stays one clause: a comma only ends a clause when a
// new subject or a contrast follows it, and a bare "and" only when a new "we" or "they" and its verb do
// ("we have no obligation … and we are free to disclose it").

const CLAUSE_BREAK =
  /;|:\s|\.\s|,\s*(?=(?:but|however|although|though|while|whereas|yet|and|or|so)?\s*(?:we|they|it|you|our|these|those|such|this|the company|third parties|advertisers|partners)\b)|\b(?:but|however|although|whereas|except that|other than that)\b|\s(?=and (?:we|they) (?:are|may|will|can|have|also|might|reserve)\b)/gi;

/** [start, end) of the clause around `at` in `sentence`. */
export function clauseAround(sentence: string, at: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index > at) {
      end = m.index;
      break;
    }
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  return [start, end];
}
