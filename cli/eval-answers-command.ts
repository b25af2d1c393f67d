import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatErrors, formatTable, loadGold, scoreItems, sliceArg, tally } from './eval-answers';
import { UsageError } from './usage-error';

// `eval-answers DIR [--show] [--slice all|dev|slice] [--json]`
export function runEvalAnswers(args: string[]): number {
  const { slice } = sliceArg(args);
  // The corpus is the first word that is neither a flag nor the value of --slice.
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--slice');
  if (!dir) throw new UsageError('eval-answers needs a corpus directory');
  if (!existsSync(join(dir, 'texts'))) {
    process.stderr.write(
      `policylens: ${dir}: no texts/ folder (expected a corpus laid out like modern-dev)\n`,
    );
    return 1;
  }
  const gold = loadGold(dir, slice);
  if (gold.length === 0) {
    process.stderr.write(`policylens: ${dir}: no gold/*.json and no verdicts.jsonl to score against\n`);
    return 1;
  }
  const t0 = performance.now();
  const items = scoreItems(dir, gold);
  const ms = performance.now() - t0;
  if (args.includes('--show')) {
    const errors = formatErrors(items);
    if (errors) process.stdout.write(`${errors}\n\n`);
  }
  process.stdout.write(`${formatTable(items)}\n`);
  const all = tally(items, 'all');
  const policies = new Set(items.map((i) => i.policy)).size;
  process.stdout.write(
    `${policies} policies, ${all.items} items (slice ${slice}): precision ${all.precision.toFixed(3)}, coverage ${all.coverage.toFixed(3)}, ${all.wrong} wrong, ${all.overclaimed} overclaimed, ${Math.round(ms)} ms\n`,
  );
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ slice, items })}\n`);
  return 0;
}
