// `diff OLD NEW [--format json|markdown]` (CONTRACT.md §7): what changed between two versions of a policy.

import { diffPolicies } from '../engine/diff';
import { diffToMarkdown } from '../engine/diff-markdown';
import { isGraded } from '../engine/score';
import { analyzeVersion } from '../rules/engine';
import type { Format } from './analyze-file';
import { readFile } from './analyze-file-read';
import { analyzeArgsOf, noteReading } from './read-input';
import { UsageError } from './usage-error';

export function parseDiffArgs(args: string[]): { files: [string, string]; format: Format } {
  const files: string[] = [];
  let format: Format = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      const value = args[++i];
      if (value !== 'json' && value !== 'markdown') throw new UsageError('--format takes json or markdown');
      format = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  const [before, after] = files;
  if (before === undefined || after === undefined || files.length > 2)
    throw new UsageError('diff takes two files: OLD NEW');
  return { files: [before, after], format };
}

export function runDiff(args: string[]): number {
  const { files, format } = parseDiffArgs(args);
  const reads = files.map((file) => ({ file, read: readFile(file) }));
  let failed = false;
  for (const { read } of reads) {
    if (!read.ok) {
      failed = true;
      process.stderr.write(`policylens: ${read.error}\n`);
    }
  }
  if (failed) return 1;
  const [before, after] = reads.map(({ file, read }) => {
    if (!read.ok) throw new Error(read.error);
    const { input } = read;
    // Read as `analyze FILE` reads it, so that each side's answers are analyze's.
    const { source, options } = analyzeArgsOf(file, input);
    const analysis = analyzeVersion(input.text, source, options);
    noteReading(analysis.summary, input, 'compared');
    return analysis;
  }) as [ReturnType<typeof analyzeVersion>, ReturnType<typeof analyzeVersion>];
  const diff = diffPolicies(before, after);
  const graded = { from: isGraded(before.summary), to: isGraded(after.summary) };
  process.stdout.write(format === 'markdown' ? diffToMarkdown(diff, graded) : `${JSON.stringify(diff)}\n`);
  return 0;
}
