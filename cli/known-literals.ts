// engine/known-literals.ts as the command line's bundle has it (cli/launch.mjs swaps this file in). Reading
// the required literals of the rule set's regexes from their sources (engine/regex-literals.ts) was the
// largest single step of a fresh process's first analysis after the regexes themselves (60–90 ms of cold
// JavaScript, node --cpu-prof, 2026-12-02); the build reads them once and writes them beside the bundle,
// keyed by each regex's flags and source, so an entry can only ever belong to the regex it was read from.
// A regex the table lacks (or a table missing or unreadable) is read from its source, as the engine does.

import { readFileSync } from 'node:fs';
import { literalKey, type RequiredLiterals } from '../engine/regex-literals';

/** The file, beside the bundle's chunks. */
export const LITERAL_TABLE = 'required-literals.json';

let table: Map<string, RequiredLiterals> | null | undefined;

/** What the required literals look like: sets of non-empty ASCII strings. */
function isLiterals(value: unknown): value is RequiredLiterals {
  return (
    Array.isArray(value) &&
    value.every(
      (set) =>
        Array.isArray(set) &&
        set.length > 0 &&
        set.every((s) => typeof s === 'string' && s !== '' && /^[\x20-\x7e]+$/.test(s)),
    )
  );
}

function readTable(): Map<string, RequiredLiterals> | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(new URL(`./${LITERAL_TABLE}`, import.meta.url), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    return new Map(
      Object.entries(parsed).filter((entry): entry is [string, RequiredLiterals] => isLiterals(entry[1])),
    );
  } catch {
    return null;
  }
}

export function knownLiterals(re: RegExp): RequiredLiterals | undefined {
  if (table === undefined) table = readTable();
  return table?.get(literalKey(re));
}
