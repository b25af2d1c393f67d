// One file → one summary (or one error line). Shared by the single-threaded path and the workers.

import { analyze } from '../engine/analyze';
import { toMarkdown } from '../engine/markdown';
import { InputError, readInput } from './read-input';

export type Format = 'json' | 'markdown';
export type FileResult = { ok: true; output: string } | { ok: false; error: string };

export function analyzeFile(file: string, format: Format, today: string): FileResult {
  try {
    const input = readInput(file);
    const summary = analyze(input.text, { file, ...(input.title ? { title: input.title } : {}) });
    if (input.truncated) {
      summary.stats.truncated = true;
      summary.warnings.push('The page was longer than PolicyLens reads; only its start was analysed.');
    }
    return { ok: true, output: format === 'markdown' ? toMarkdown(summary, today) : JSON.stringify(summary) };
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `could not be analysed (${String(error)})`;
    return { ok: false, error: `${file}: ${reason}` };
  }
}
