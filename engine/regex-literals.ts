// What every match of a regex must contain, read from the regex's own source: a conjunction of sets of
// literal strings (every match contains at least one string of each set). A sentence that lacks one of
// the sets cannot match, so the regex need not run on it (engine/regex-screen.ts). This is the "required
// literals" prefilter of RE2 and Hyperscan, derived mechanically from the pattern, so it holds for any
// pattern a rule author writes, not only today's.
//
// The source is read by the small reader below rather than by a full parser: @eslint-community/regexpp
// took 141 ms (cold) to 40 ms (warm) on the rule set's 77 KB of patterns, too much for the cold start
// (issue 12: ≤ 500 ms). The reader only has to be sound, not complete: whatever it does not know (a
// backreference, an escape other than punctuation, a class too large to spell out, the `v` flag) demands
// nothing, and a weaker demand is still a true one. Where JS could read an escape as more characters than
// the reader takes (an octal `\12`, `\u{…}`, `\p{…}`, `\k<…>`), the reader takes the most it could mean,
// as one unknown atom, so that no character of it is ever read as a literal.
//
// Only ASCII characters become literals, compared with the text folded by `foldForLiterals`: a
// case-insensitive regex matches a few non-ASCII characters as ASCII letters (U+017F "ſ" is "s" under
// /iu), and the fold maps those too (tests/engine/regex-literals.test.ts checks every BMP code point).

/** Every match contains one string of each set; no sets: no demand. */
export type RequiredLiterals = string[][];

/** A regex's key in a table of required literals: its flags and source, all that they are read from. */
export function literalKey(re: RegExp): string {
  return `${re.flags}/${re.source}`;
}

/** Sets of alternatives spelled out in full (exact strings) stay at most this large. */
const MAX_EXACT = 16;
/** A class of up to this many characters (folded) is spelled out: "[sz]" in "utili[sz]e". */
const MAX_CLASS = 4;
/** A literal this short is in nearly every sentence: a set holding one demands nothing worth checking. */
const MIN_LITERAL = 3;
/**
 * Literals are cut to their first characters: a text holding "informati" holds "informa", and the
 * shorter literals keep the automaton of engine/literal-scan.ts small.
 */
const MAX_LITERAL = 7;
/** At most this many sets per regex: the most selective ones. */
const MAX_SETS = 4;

/**
 * The text as literals are compared with it: lower case, and "ſ" (which /iu matches as "s" but whose
 * lower case is itself) as "s". Lower-casing never removes an ASCII letter that a regex could match.
 */
export function foldForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/** What a part of a regex can match: its exact strings when few, and what it must contain. */
interface Info {
  /** Every string the part can match (folded), when that set is small; null otherwise. */
  exact: readonly string[] | null;
  /** Sets of literals the part's every match contains (one string of each). */
  required: string[][];
}

const NOTHING_KNOWN: Info = { exact: null, required: [] };
const EMPTY: Info = { exact: [''], required: [] };

/** The literals every match of `re` contains; [] when nothing can be said (then the regex always runs). */
export function requiredLiterals(re: RegExp): RequiredLiterals {
  // The `v` flag's classes nest and subtract: not read.
  if (re.unicodeSets) return [];
  const reader: Reader = { tokens: re.source.match(TOKEN) ?? [], i: 0 };
  let info: Info;
  try {
    info = disjunction(reader);
  } catch {
    return [];
  }
  if (reader.i !== reader.tokens.length) return [];
  const cut = best(withExact(info), MAX_SETS).map((set) => minimal(set.map((s) => s.slice(0, MAX_LITERAL))));
  return best(cut, MAX_SETS);
}

/**
 * The source in tokens, cut by one native regex (reading it character by character in JS cost 80 ms on
 * a cold start): a run of plain characters; an escape, as long as the most it could mean; a class; a
 * group's opening; a quantifier; any other character alone. A plain run never holds a character with a
 * meaning of its own ("{" and "}" included: whether one opens a quantifier is read from its token).
 */
const TOKEN =
  /[^\\^$.|?*+()[\]{}\u0080-\uffff]+|\\u\{[^}]*\}|\\[pP]\{[^}]*\}|\\k<[^>]*>|\\u[\dA-Fa-f]{4}|\\x[\dA-Fa-f]{2}|\\c[A-Za-z]|\\\d+|\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\(\?(?:[:=!]|<[=!]|<[^>]*>|[^:)]*:)?|\{\d+(?:,\d*)?\}\??|[*+?]\??|[\s\S]/g;
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??$/;
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

interface Reader {
  tokens: string[];
  i: number;
}

/** The info's demands, its exact strings counted as one more set when none of them is empty. */
function withExact(info: Info): string[][] {
  if (!info.exact || info.exact.includes('')) return info.required;
  return [...info.required, [...info.exact]];
}

/** How selective a set is: a longer shortest literal is rarer; fewer literals are cheaper. */
function score(set: string[]): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest * 1000 - set.length;
}

/** The `n` most selective sets worth checking, each once. */
function best(sets: string[][], n: number): string[][] {
  const useful = sets.filter((set) => set.length > 0 && set.every((s) => s.length >= MIN_LITERAL));
  if (useful.length <= 1) return useful.slice(0, n);
  const unique = new Map(useful.map((set) => [set.join('\n'), set]));
  return [...unique.values()].sort((a, b) => score(b) - score(a)).slice(0, n);
}

/**
 * A set without the strings that contain another of its strings (finding the shorter one is enough); a
 * large set is only de-duplicated (the comparison is quadratic, and the automaton takes redundant ones).
 */
function minimal(set: string[]): string[] {
  if (set.length > 48) return [...new Set(set)];
  const sorted = [...new Set(set)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

function disjunction(r: Reader): Info {
  const infos = [sequence(r)];
  while (r.tokens[r.i] === '|') {
    r.i++;
    infos.push(sequence(r));
  }
  return infos.length === 1 ? (infos[0] ?? NOTHING_KNOWN) : alternatives(infos);
}

function alternatives(infos: Info[]): Info {
  let exact: string[] | null = [];
  for (const info of infos) {
    if (!info.exact || !exact || exact.length + info.exact.length > MAX_EXACT) {
      exact = null;
      break;
    }
    for (const s of info.exact) exact.push(s);
  }
  // A match of the alternation is a match of one alternative: it contains one literal of that
  // alternative's best set, so the union of those sets is required. One alternative that demands
  // nothing makes the whole demand nothing.
  const union: string[] = [];
  for (const info of infos) {
    const [top] = best(withExact(info), 1);
    if (!top) return { exact, required: [] };
    union.push(...top);
  }
  return { exact, required: [union] };
}

function sequence(r: Reader): Info {
  const required: string[][] = [];
  // The exact strings of the run of elements read so far, while they stay few and shorter than a
  // literal is cut to (longer ones would only be cut back).
  let run: string[] | null = [''];
  let shortest = 0;
  let whole = true;
  const endRun = () => {
    if (run && shortest > 0) required.push(run);
  };
  const add = (info: Info) => {
    if (info.required.length > 0) required.push(...info.required);
    const exact = info.exact;
    if (run && exact && shortest < MAX_LITERAL && run.length * exact.length <= MAX_EXACT) {
      if (exact.length === 1) {
        // One string (most elements): appended in place.
        const b = exact[0] ?? '';
        for (let k = 0; k < run.length; k++) run[k] += b;
        shortest += b.length;
        return;
      }
      const next: string[] = [];
      shortest = Number.POSITIVE_INFINITY;
      for (const a of run) {
        for (const b of exact) {
          next.push(a + b);
          shortest = Math.min(shortest, a.length + b.length);
        }
      }
      run = next;
      return;
    }
    whole = false;
    endRun();
    run = exact ? [...exact] : null;
    shortest = run ? Number.POSITIVE_INFINITY : 0;
    for (const x of run ?? []) shortest = Math.min(shortest, x.length);
  };
  for (
    let token = r.tokens[r.i];
    token !== undefined && token !== '|' && token !== ')';
    token = r.tokens[r.i]
  ) {
    r.i++;
    let element: Info;
    if (isPlain(token)) {
      // A quantifier after a plain run applies to its last character only.
      if (!isQuantifier(r.tokens[r.i])) {
        add(plain(token));
        continue;
      }
      if (token.length > 1) add(plain(token.slice(0, -1)));
      element = plain(token.slice(-1));
    } else element = atom(token, r);
    // Read after the atom: a group's quantifier follows its closing parenthesis.
    const quantifier = isQuantifier(r.tokens[r.i]) ? QUANTIFIER.exec(r.tokens[r.i] ?? '') : null;
    if (!quantifier) {
      add(element);
      continue;
    }
    r.i++;
    add(quantified(element, quantifier));
  }
  if (whole) return { exact: run, required };
  endRun();
  return { exact: null, required };
}

// Characters that never open a plain run (as TOKEN's first alternative excludes them), by code.
const SPECIAL = new Uint8Array(128);
for (const c of '\\^$.|?*+()[]{}') SPECIAL[c.charCodeAt(0)] = 1;

/** A plain run: its first character says so (read without a regex: there is one token per few characters). */
function isPlain(token: string): boolean {
  const code = token.charCodeAt(0);
  return code < 0x80 && SPECIAL[code] === 0;
}

/** A quantifier's token: "*", "+", "?" or "{n…}" (a lone "{" is a literal). */
function isQuantifier(token: string | undefined): boolean {
  const c = token?.[0];
  return c === '*' || c === '+' || c === '?' || (c === '{' && (token?.length ?? 0) > 1);
}

/** A run of plain ASCII characters: itself, folded. */
function plain(run: string): Info {
  return { exact: [run.toLowerCase()], required: [] };
}

/** A quantifier (its token read by QUANTIFIER) applied to what it follows. */
function quantified(inner: Info, q: RegExpExecArray): Info {
  const symbol = q[0][0];
  let min: number;
  let max: number;
  if (symbol === '{') {
    min = Number(q[1]);
    max = q[2] === undefined ? min : q[3] === '' ? Number.POSITIVE_INFINITY : Number(q[3]);
  } else {
    min = symbol === '+' ? 1 : 0;
    max = symbol === '?' ? 1 : Number.POSITIVE_INFINITY;
  }
  if (min === 0) {
    // "x?" is x or nothing: exact when x is; it demands nothing.
    if (max === 1 && inner.exact && inner.exact.length + 1 <= MAX_EXACT) {
      return { exact: ['', ...inner.exact], required: [] };
    }
    return NOTHING_KNOWN;
  }
  // At least one repetition: whatever x demands is demanded.
  if (min === 1 && max === 1) return inner;
  return { exact: null, required: withExact(inner) };
}

/** One element of a sequence, from its token (a group reads on to its closing parenthesis). */
function atom(token: string, r: Reader): Info {
  const c = token[0];
  if (c === '(') return group(token, r);
  if (c === '[' && token.length > 1) return characterClass(token);
  if (c === '\\') return escapeInfo(token);
  if (c === '^' || c === '$') return EMPTY;
  if (c === '.') return NOTHING_KNOWN;
  // A lone "{", "}", "]" (Annex B literals), or a character beyond ASCII.
  return token.length === 1 && token.charCodeAt(0) < 0x80 ? plain(token) : NOTHING_KNOWN;
}

function group(token: string, r: Reader): Info {
  // "(?=", "(?!", "(?<=", "(?<!": a lookaround matches no characters, it only narrows where a match may be.
  const look = token === '(?=' || token === '(?!' || token === '(?<=' || token === '(?<!';
  // "(?i:…)" and other modifiers: case may change inside, so nothing of the group is assumed.
  const modified = token.length > 3 && token.endsWith(':') && !token.startsWith('(?<');
  const inner = disjunction(r);
  if (r.tokens[r.i] !== ')') throw new SyntaxError('unclosed group');
  r.i++;
  if (look) return EMPTY;
  return modified ? NOTHING_KNOWN : inner;
}

function escapeInfo(token: string): Info {
  const next = token[1] ?? '';
  if (token.length !== 2) return NOTHING_KNOWN;
  if (next === 'b' || next === 'B') return EMPTY;
  // An escaped punctuation mark is that mark; \d \w \s, controls and escaped letters are no literal.
  return PUNCTUATION.test(next) ? plain(next) : NOTHING_KNOWN;
}

/** A class ("[…]", its token whole): its characters when few, ASCII and all spelled out. */
function characterClass(token: string): Info {
  let i = 1;
  if (token[i] === '^') return NOTHING_KNOWN;
  const end = token.length - 1;
  const members = new Set<string>();
  let previous: string | null = null;
  while (i < end) {
    let c = token[i] ?? '';
    let escaped = false;
    if (c === '\\') {
      c = token[i + 1] ?? '';
      i += 2;
      // \d, \w, \b (a backspace here), \u…: not spelled out.
      if (!PUNCTUATION.test(c)) return NOTHING_KNOWN;
      escaped = true;
    } else i++;
    if (c === '-' && !escaped && previous !== null && i < end) {
      // A range: its end is the next character.
      const last = token[i] ?? '';
      if (last === '\\') return NOTHING_KNOWN;
      i++;
      const from = previous.charCodeAt(0);
      const to = last.charCodeAt(0);
      if (to - from >= MAX_CLASS * 2) return NOTHING_KNOWN;
      for (let cp = from + 1; cp <= to; cp++) members.add(String.fromCharCode(cp).toLowerCase());
      previous = null;
    } else {
      members.add(c.toLowerCase());
      previous = c;
    }
    if (members.size > MAX_CLASS) return NOTHING_KNOWN;
  }
  for (const m of members) if (m.charCodeAt(0) > 0x7f) return NOTHING_KNOWN;
  return members.size === 0 ? NOTHING_KNOWN : { exact: [...members], required: [] };
}
