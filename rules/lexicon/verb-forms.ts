// Verb forms generated from the base form, so that a vocabulary lists each verb once ("update") and a
// construction asks for the form it needs: every form after a subject ("we update"), the participle in a
// passive ("can be updated"). compromise's conjugate() does this for any verb; these verbs are regular
// enough that a suffix rule (and a short list of irregular pasts) is exact, and a regex source costs nothing to build at load time.

/** Past forms the suffix rule cannot make. */
const IRREGULAR_PAST: Record<string, string> = { keep: 'kept', hold: 'held', send: 'sent', see: 'seen' };

/** The stem and suffixes of a verb's forms: "update" → updat + e|es|ed|ing; the past at index 2. */
function parts(base: string): { stem: string; endings: string[] } {
  const past = IRREGULAR_PAST[base];
  if (past) return { stem: '', endings: [base, `${base}s`, past, `${base}ing`] };
  if (base.endsWith('e')) return { stem: base.slice(0, -1), endings: ['e', 'es', 'ed', 'ing'] };
  if (/[^aeiou]y$/.test(base)) return { stem: base.slice(0, -1), endings: ['y', 'ies', 'ied', 'ying'] };
  // British and American spellings of a final l: "cancelled", "canceled".
  if (base.endsWith('l')) return { stem: base, endings: ['', 's', 'l?ed', 'l?ing'] };
  return { stem: base, endings: ['', 's', 'ed', 'ing'] };
}

/** Splits "obtain a copy of" into the verb and what follows it. */
function head(phrase: string): { verb: string; rest: string } {
  const at = phrase.indexOf(' ');
  return at < 0 ? { verb: phrase, rest: '' } : { verb: phrase.slice(0, at), rest: phrase.slice(at) };
}

/** Every form of a verb (or of a phrase's first word): `verbForms('update')` → `updat(?:e|es|ed|ing)`. */
export function verbForms(phrase: string): string {
  const { verb, rest } = head(phrase);
  const { stem, endings } = parts(verb);
  return `${stem}(?:${endings.join('|')})${rest}`;
}

/** The past participle of a verb (or of a phrase's first word): `participle('modify')` → `modified`. */
export function participle(phrase: string): string {
  const { verb, rest } = head(phrase);
  const { stem, endings } = parts(verb);
  return `${stem}${endings[2]}${rest}`;
}
