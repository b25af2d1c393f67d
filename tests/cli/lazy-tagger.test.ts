// The command line's bundle loads compromise only when a clause needs tagging (cli/tagger-loader.ts in
// place of engine/tagger-loader.ts), and what it answers is what the engine answers with compromise loaded
// up front, as the extension and these tests load it.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../cli/launch.mjs';
import { analyze, taggerLoaded } from '../../rules/engine';
import { DEADLINE_MS, inFreshProcess, tempDir, untimed } from './run-cli';

// Read without the tagger: "not" always negates, lower-case "may" always hedges.
const NEEDS_NO_TAGGER = `Privacy Policy
We collect your email address when you register.
We may share your information with our service providers.
We do not sell your personal information.
`;
// "None" may or may not negate, and only the tagger tells.
const NEEDS_THE_TAGGER = `Privacy Policy
We collect your email address when you register.
None of your personal information is sold to advertisers.
`;

describe("the command line's bundle", () => {
  const dir = tempDir('lazy-tagger');
  let engine = '';
  const plain = join(dir.path, 'plain.txt');
  const ambiguous = join(dir.path, 'ambiguous.txt');
  beforeAll(async () => {
    engine = join(await ensureBundle(), 'engine.mjs');
    writeFileSync(plain, NEEDS_NO_TAGGER);
    writeFileSync(ambiguous, NEEDS_THE_TAGGER);
  }, DEADLINE_MS);
  afterAll(() => dir.remove());

  it('does not load compromise for a text that needs no tagging', () => {
    const [first] = inFreshProcess(engine, [plain]);
    expect(first?.loadedBefore).toBe(false);
    expect(first?.loadedAfter).toBe(false);
    expect(untimed(first?.summary)).toEqual(untimed(analyze(NEEDS_NO_TAGGER)));
  });

  it('loads compromise on the first clause that needs it, and answers as the engine does', () => {
    const [first, second] = inFreshProcess(engine, [plain, ambiguous]);
    expect(first?.loadedAfter).toBe(false);
    expect(second?.loadedAfter).toBe(true);
    expect(untimed(second?.summary)).toEqual(untimed(analyze(NEEDS_THE_TAGGER)));
  });
});

describe('the engine as the extension loads it', () => {
  it('has compromise from the start', () => {
    expect(taggerLoaded()).toBe(true);
  });
});
