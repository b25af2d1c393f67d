// One file → one summary (or one error line). Reading (cli/analyze-file-read.ts) and analysing are separate
// steps so that `--jobs` can run them on different threads.

import { toMarkdown } from '../engine/markdown';
import { analyze } from '../rules/engine';
import { type ReadResult, readFile } from './analyze-file-read';
import { analyzeArgsOf, noteReading } from './read-input';
import { oneLine, shownName } from './shown-name';

export type Format = 'json' | 'markdown';
export type FileResult = { ok: true; output: string } | { ok: false; error: string };

export function analyzeRead(file: string, read: ReadResult, format: Format, today: string): FileResult {
  if (!read.ok) return read;
  try {
    const { input } = read;
    const { source, options } = analyzeArgsOf(file, input);
    const summary = analyze(input.text, source, undefined, options);
    noteReading(summary, input, 'analysed');
    return { ok: true, output: format === 'markdown' ? toMarkdown(summary, today) : JSON.stringify(summary) };
  } catch (error) {
    return { ok: false, error: `${shownName(file)}: could not be analysed (${oneLine(String(error))})` };
  }
}

export function analyzeFile(file: string, format: Format, today: string): FileResult {
  return analyzeRead(file, readFile(file), format, today);
}
