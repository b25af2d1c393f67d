// Finds which of many literal strings occur in a text, in one pass over it (Aho–Corasick): the rule set's
// required literals (engine/regex-literals.ts) are a few thousand strings, and looking for each with
// `includes` would cost more than the regexes it spares. No npm package for this is kept up (the ones
// there are unmaintained for years), and the automaton is this file.
//
// The literals are ASCII (regex-literals.ts makes them so): the automaton's alphabet is the ASCII
// characters they use, and any other character sends it back to its root.

export class LiteralScanner {
  /** Literal count: ids are 0 … size − 1, in the order given. */
  readonly size: number;
  /** ASCII code → alphabet index (0: a character no literal has). */
  private readonly alphabet = new Uint8Array(128);
  private readonly width: number;
  /** state × width + symbol → next state, failure links already followed (a full automaton). */
  private readonly next: Int32Array;
  /** The literal that ends at a state (−1: none)… */
  private readonly ends: Int32Array;
  /** …and the nearest state down its failure chain where another one ends (−1: none). */
  private readonly moreAt: Int32Array;

  constructor(literals: readonly string[]) {
    this.size = literals.length;
    let symbols = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code > 0x7f) throw new Error(`literal ${JSON.stringify(literal)} is not ASCII`);
        if (this.alphabet[code] === 0) this.alphabet[code] = symbols++;
      }
    }
    this.width = symbols;
    // The trie has at most one state per literal character, plus the root: typed arrays of that size
    // from the start (growing plain arrays a cell at a time cost tens of milliseconds on a cold start).
    let chars = 1;
    for (const literal of literals) chars += literal.length;
    const trie = new Int32Array(chars * symbols);
    const endsAt = new Int32Array(chars).fill(-1);
    let states = 1;
    for (const [id, literal] of literals.entries()) {
      if (literal === '') throw new Error('an empty literal is in every text');
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const at = state * symbols + (this.alphabet[literal.charCodeAt(i)] ?? 0);
        let to = trie[at] ?? 0;
        if (to === 0) {
          to = states++;
          trie[at] = to;
        }
        state = to;
      }
      // The same literal twice: the first id stands for both (the screen maps every literal to its id).
      if ((endsAt[state] ?? -1) < 0) endsAt[state] = id;
    }
    this.next = trie.slice(0, states * symbols);
    this.ends = endsAt.slice(0, states);
    this.moreAt = new Int32Array(states).fill(-1);
    const fail = new Int32Array(states);
    // Breadth first, so that each state's failure target is complete before the state is.
    const queue: number[] = [];
    for (let s = 1; s < symbols; s++) {
      const child = this.next[s] ?? 0;
      if (child !== 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const f = fail[state] ?? 0;
      this.moreAt[state] = (this.ends[f] ?? -1) >= 0 ? f : (this.moreAt[f] ?? -1);
      for (let s = 1; s < symbols; s++) {
        const at = state * symbols + s;
        const child = this.next[at] ?? 0;
        const viaFail = this.next[f * symbols + s] ?? 0;
        if (child === 0) this.next[at] = viaFail;
        else {
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
  }

  /**
   * Pushes onto `out` the id of every literal that occurs in `text` (folded as the literals are), once
   * each: `found[id] = mark` records the ids already pushed, so `found` needs no clearing between texts.
   */
  scan(text: string, found: Uint32Array, mark: number, out: number[]): void {
    const { alphabet, width, next, ends, moreAt } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? (next[state * width + (alphabet[code] ?? 0)] ?? 0) : 0;
      for (let s = (ends[state] ?? -1) >= 0 ? state : (moreAt[state] ?? -1); s >= 0; s = moreAt[s] ?? -1) {
        const id = ends[s] ?? 0;
        if (found[id] !== mark) {
          found[id] = mark;
          out.push(id);
        }
      }
    }
  }
}
