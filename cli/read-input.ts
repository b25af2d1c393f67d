// Reads one input file the way the extension reads a page: HTML reduced to its main text, Markdown to the
// text a reader sees (engine/markdown-to-text.ts), other text as is. Bad input throws an InputError with a
// one-line reason.

import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { AnalyzeOptions, Source } from '../engine/analyze';
import { htmlToText } from '../engine/html-to-text';
import { markdownToText } from '../engine/markdown-to-text';

export class InputError extends Error {}

/** Larger files are refused rather than half-read: policies are under 1 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export interface Input {
  text: string;
  title?: string;
  truncated: boolean;
  /** Lines the file marks as headings (Markdown), for the segmenter. */
  headings?: string[];
  /** Lines the file marks as list items (Markdown), never headings. */
  listItems?: string[];
  /** What reading changed or could not do, for the summary's warnings. */
  warnings?: string[];
}

/**
 * What `analyze` is given for a file read here: its name and title, and the headings its Markdown marks.
 * Every reader of files (analyze, diff, eval-answers, the benches) passes these, so that each reads a file
 * as `analyze FILE` does.
 */
export function analyzeArgsOf(file: string, input: Input): { source: Source; options: AnalyzeOptions } {
  return {
    source: { file, ...(input.title ? { title: input.title } : {}) },
    options: {
      ...(input.headings ? { headings: input.headings } : {}),
      ...(input.listItems ? { listItems: input.listItems } : {}),
    },
  };
}

/** Adds what reading the file said to the summary's warnings; a cut text is flagged as truncated. */
export function noteReading(
  summary: { warnings: string[]; stats: { truncated: boolean } },
  input: Input,
  done: 'analysed' | 'compared',
): void {
  summary.warnings.push(...(input.warnings ?? []));
  if (input.truncated) {
    summary.stats.truncated = true;
    summary.warnings.push(`The page was longer than PolicyLens reads; only its start was ${done}.`);
  }
}

export function readInput(file: string): Input {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError('not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('cannot be read (missing or not permitted)');
  }
  if (size === 0) throw new InputError('is empty');
  if (size > MAX_FILE_BYTES) throw new InputError(`is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const bytes = readFileSync(file);
  if (looksBinary(bytes)) throw new InputError('is binary, not text or HTML');
  const raw = new TextDecoder('utf-8').decode(bytes);
  const isHtml =
    HTML_EXTENSIONS.has(extname(file).toLowerCase()) || /^\s*<(?:!doctype html|html)\b/i.test(raw);
  if (!isHtml) {
    if (raw.trim() === '') throw new InputError('has no text');
    if (!MARKDOWN_EXTENSIONS.has(extname(file).toLowerCase())) return { text: raw, truncated: false };
    const md = markdownToText(raw);
    // A file of images and links only (no words a reader sees) is refused like an empty page.
    if (md.text.trim() === '') throw new InputError('has no readable text (only images or markup)');
    return {
      text: md.text,
      ...(md.title ? { title: md.title } : {}),
      headings: md.headings,
      listItems: md.listItems,
      truncated: false,
      ...(md.warnings.length > 0 ? { warnings: md.warnings } : {}),
    };
  }
  const page = htmlToText(raw);
  if (page.text.trim() === '') throw new InputError('has no readable text (an empty or script-only page)');
  return { text: page.text, ...(page.title ? { title: page.title } : {}), truncated: page.truncated };
}

/** NUL bytes, or many bytes that are neither text nor UTF-8, in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  let odd = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) odd++;
  }
  if (odd / head.length > 0.05) return true;
  const decoded = new TextDecoder('utf-8').decode(head);
  const replaced = decoded.match(/\ufffd/g)?.length ?? 0;
  return replaced / Math.max(1, decoded.length) > 0.05;
}
