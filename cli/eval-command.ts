import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryId } from '../engine/ids';
import { evaluate, formatEval, type LabelledSegment, loadCorpus } from './eval';
import { sliceArg } from './eval-answers';
import { UsageError } from './usage-error';

// `eval DIR [--json] [--show fp|fn:CATEGORY] [--slice all|dev|slice]`: the table, and optionally the misclassified segments of one
// category, for whoever tunes the rules.
export function runEval(args: string[]): number {
  const { slice } = sliceArg(args);
  const dir = args.find(
    (a, i) => !a.startsWith('--') && args[i - 1] !== '--show' && args[i - 1] !== '--slice',
  );
  if (!dir) throw new UsageError('eval needs a corpus directory');
  if (!existsSync(join(dir, 'policies'))) {
    process.stderr.write(
      `policylens: ${dir}: no policies/ folder (expected a corpus laid out like OPP-115)\n`,
    );
    return 1;
  }
  const show = args[args.indexOf('--show') + 1]?.split(':');
  const shown: LabelledSegment[] = [];
  const onError =
    args.includes('--show') && show
      ? (s: LabelledSegment, c: CategoryId, kind: 'fp' | 'fn') => {
          if (kind === show[0] && c === show[1]) shown.push(s);
        }
      : undefined;
  const result = evaluate(loadCorpus(dir, slice), onError);
  for (const s of shown)
    process.stdout.write(`[${s.policy} #${s.index}] ${s.text.replace(/\n/g, ' / ')}\n\n`);
  process.stdout.write(`${formatEval(result)}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
