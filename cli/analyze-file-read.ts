// The reading half of cli/analyze-file.ts without the engine, for the worker threads: they load no
// compromise and start at once.

import { InputError, readInput } from './read-input';
import { oneLine, shownName } from './shown-name';

export type ReadResult = { ok: true; input: ReturnType<typeof readInput> } | { ok: false; error: string };

export function readFile(file: string): ReadResult {
  try {
    return { ok: true, input: readInput(file) };
  } catch (error) {
    const reason =
      error instanceof InputError ? error.message : `could not be read (${oneLine(String(error))})`;
    return { ok: false, error: `${shownName(file)}: ${reason}` };
  }
}
