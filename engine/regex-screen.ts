// A screen in front of a rule set's regexes: one pass over a sentence (engine/literal-scan.ts) finds which
// of the literals the regexes require (engine/regex-literals.ts) it holds, and a regex that lacks one of
// its required sets is not run, since it cannot match. Each of the shipped rules' ~250 patterns can match
// only a few sentences of a policy (7% of pattern runs on the modern corpus pass the screen); without it
// each ran on every sentence, 75% of an analysis (node --cpu-prof on the modern corpus, 2026-12-01).
//
// The screen never changes a result: `mayMatch` is false only when the regex cannot match the text, and
// true for every regex it was not built with. A regex with the `g` or `y` flag keeps state between calls,
// so it is always run.

import { knownLiterals } from './known-literals';
import { LiteralScanner } from './literal-scan';
import { foldForLiterals, literalKey, type RequiredLiterals, requiredLiterals } from './regex-literals';
import type { AnswerRule, ClauseRule, DataTypeRules, Pattern } from './rule';
import { regexOf } from './rule';

/** What one sentence holds of the screen's literals: ask it whether a regex may match the sentence. */
export class ScreenedText {
  constructor(
    private readonly screen: RegexScreen,
    /** Bit i: required set i holds a literal that occurs in the text. */
    readonly sets: Uint32Array,
  ) {}

  /** False only when `re` cannot match the text this was read from. */
  mayMatch(re: RegExp): boolean {
    return this.screen.allows(re, this.sets);
  }
}

export class RegexScreen {
  /** Regex → the ids of its required sets (empty: always run). */
  private readonly setsOf = new Map<RegExp, Int32Array>();
  /** Literal id → the sets it satisfies. */
  private readonly setsWith: Int32Array[];
  private readonly scanner: LiteralScanner;
  private readonly setCount: number;
  private readonly found: Uint32Array;
  private mark = 0;

  constructor(regexes: Iterable<RegExp>) {
    const literalIds = new Map<string, number>();
    const setsWith: number[][] = [];
    let setCount = 0;
    for (const re of regexes) {
      if (this.setsOf.has(re)) continue;
      const sets = re.global || re.sticky ? [] : (knownLiterals(re) ?? requiredLiterals(re));
      const ids = new Int32Array(sets.length);
      for (const [i, set] of sets.entries()) {
        const setId = setCount++;
        ids[i] = setId;
        for (const literal of set) {
          let id = literalIds.get(literal);
          if (id === undefined) {
            id = literalIds.size;
            literalIds.set(literal, id);
            setsWith.push([]);
          }
          setsWith[id]?.push(setId);
        }
      }
      this.setsOf.set(re, ids);
    }
    this.setCount = setCount;
    this.setsWith = setsWith.map((s) => Int32Array.from(s));
    this.scanner = new LiteralScanner([...literalIds.keys()]);
    this.found = new Uint32Array(literalIds.size);
  }

  /** Reads `text` once; the result answers `mayMatch` for any regex on that same text. */
  read(text: string): ScreenedText {
    const sets = new Uint32Array((this.setCount + 31) >>> 5);
    // A new mark per text, so that `found` needs no clearing; it wraps after 4 billion texts.
    this.mark = (this.mark + 1) >>> 0 || 1;
    if (this.mark === 1) this.found.fill(0);
    const { found, mark, setsWith } = this;
    const present: number[] = [];
    this.scanner.scan(foldForLiterals(text), found, mark, present);
    for (const id of present) {
      for (const set of setsWith[id] ?? []) sets[set >>> 5] = (sets[set >>> 5] ?? 0) | (1 << (set & 31));
    }
    return new ScreenedText(this, sets);
  }

  /** Whether `re` may match the text `sets` were read from. */
  allows(re: RegExp, sets: Uint32Array): boolean {
    const ids = this.setsOf.get(re);
    if (!ids) return true;
    for (let i = 0; i < ids.length; i++) {
      const set = ids[i] ?? 0;
      if (((sets[set >>> 5] ?? 0) & (1 << (set & 31))) === 0) return false;
    }
    return true;
  }
}

/** The parts of a rule set whose regexes run on sentences (headings are not screened). */
export interface ScreenedParts {
  clauses?: readonly ClauseRule[];
  answers?: readonly AnswerRule[];
  overview?: readonly RegExp[];
  dataTypes?: DataTypeRules;
}

// Only the regexes that run on every sentence: a rule's vetoes, topics and narrowing phrases run only
// once one of its patterns has matched, too seldom to repay reading them on a cold start.
function* regexesOf(parts: ScreenedParts): Generator<RegExp> {
  const rules: Array<{ patterns: readonly Pattern[] }> = [...(parts.clauses ?? []), ...(parts.answers ?? [])];
  for (const rule of rules) for (const p of rule.patterns) yield regexOf(p);
  yield* parts.overview ?? [];
  if (parts.dataTypes) {
    yield parts.dataTypes.speaksOfCollection;
    for (const re of Object.values(parts.dataTypes.patterns)) if (re) yield re;
  }
}

/**
 * The required literals of every regex a rule set's screen reads, by `flags/source`: what the command
 * line's build writes beside its bundle (cli/known-literals.ts).
 */
export function literalsOf(parts: ScreenedParts): Record<string, RequiredLiterals> {
  const table: Record<string, RequiredLiterals> = {};
  for (const re of regexesOf(parts)) {
    if (!re.global && !re.sticky) table[literalKey(re)] = requiredLiterals(re);
  }
  return table;
}

// Built once per rule set (rule sets are data, never changed once made): reading the patterns and
// building the automaton is a one-time cost. A regex added to a rule set later is simply not screened.
const screens = new WeakMap<object, RegexScreen>();

/** The screen of a rule set, or of any part of one (keyed by the object passed). */
export function screenOf(parts: ScreenedParts): RegexScreen;
export function screenOf(parts: object, of: ScreenedParts): RegexScreen;
export function screenOf(key: object, of?: ScreenedParts): RegexScreen {
  let screen = screens.get(key);
  if (!screen) {
    screen = new RegexScreen(regexesOf(of ?? (key as ScreenedParts)));
    screens.set(key, screen);
  }
  return screen;
}
