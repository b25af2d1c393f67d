// `eval-answers DIR` (CONTRACT.md §6): the sixteen answers against hand-labelled gold
// (DIR/gold/<Name>.json for DIR/texts/<Name>.md) and, when present, DIR/verdicts.jsonl.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Answer, QUESTION_IDS, type QuestionId } from '../engine/ids';
import type { Summary } from '../engine/types';
import { analyze } from '../rules/engine';
import { analyzeArgsOf, readInput } from './read-input';
import { UsageError } from './usage-error';

export interface GoldItem {
  policy: string;
  question: QuestionId;
  gold: Answer;
  sure: boolean;
  /** Where the item comes from: a gold file or a line of verdicts.jsonl. */
  source: 'gold' | 'verdicts';
}

export interface ScoredItem extends GoldItem {
  engine: Answer;
  quote?: string;
  /** The rule id of the first evidence quote, and the reason of its pattern that matched. */
  rule?: string;
  reason?: string;
}

export interface QuestionScore {
  question: QuestionId | 'all';
  items: number;
  decided: number;
  right: number;
  wrong: number;
  overclaimed: number;
  /** Gold yes/no items, the denominator of coverage. */
  goldDecided: number;
  precision: number;
  coverage: number;
}

interface GoldFile {
  policy: string;
  isPolicy: boolean;
  answers: Partial<Record<QuestionId, { answer: Answer; sure: boolean }>>;
}

interface Verdict {
  text: string;
  question: QuestionId;
  answer: Answer;
}

/**
 * The held-out slice: every fourth policy by name (index % 4 === 3), whose errors are not read while rules
 * are written. `dev` is the rest, `all` both.
 */
export type Slice = 'all' | 'dev' | 'slice';
export const SLICES: readonly Slice[] = ['all', 'dev', 'slice'];

/** `--slice all|dev|slice` of a command's arguments (all when absent), and where it stands in them. */
export function sliceArg(args: string[]): { slice: Slice; at: number } {
  const at = args.indexOf('--slice');
  const slice = (at >= 0 ? args[at + 1] : 'all') as Slice;
  if (!SLICES.includes(slice)) throw new UsageError(`--slice takes ${SLICES.join(', ')}`);
  return { slice, at };
}

export function inSlice(index: number, slice: Slice): boolean {
  if (slice === 'all') return true;
  return (index % 4 === 3) === (slice === 'slice');
}

function sliced(names: string[], slice: Slice): Set<string> {
  const sorted = [...new Set(names)].sort();
  return new Set(sorted.filter((_, i) => inSlice(i, slice)));
}

export function loadGold(dir: string, slice: Slice = 'all'): GoldItem[] {
  const items: GoldItem[] = [];
  const goldDir = join(dir, 'gold');
  if (existsSync(goldDir)) {
    const files = readdirSync(goldDir).filter((f) => f.endsWith('.json'));
    const keep = sliced(
      files.map((f) => f.slice(0, -5)),
      slice,
    );
    for (const file of files.sort()) {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
      const policy = file.slice(0, -5);
      if (!gold.isPolicy || !keep.has(policy)) continue;
      for (const question of QUESTION_IDS) {
        const a = gold.answers[question];
        if (a) items.push({ policy, question, gold: a.answer, sure: a.sure, source: 'gold' });
      }
    }
  }
  const verdictsFile = join(dir, 'verdicts.jsonl');
  if (existsSync(verdictsFile)) {
    const verdicts = readFileSync(verdictsFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Verdict);
    const keep = sliced(
      verdicts.map((v) => v.text),
      slice,
    );
    for (const v of verdicts) {
      if (!keep.has(v.text) || !(QUESTION_IDS as readonly string[]).includes(v.question)) continue;
      items.push({ policy: v.text, question: v.question, gold: v.answer, sure: true, source: 'verdicts' });
    }
  }
  return items;
}

/** Analyses each policy once and reads off the engine's answer to each gold item. */
export function scoreItems(
  dir: string,
  items: GoldItem[],
  analyse: (file: string) => Summary = analyseFile,
): ScoredItem[] {
  const summaries = new Map<string, Summary>();
  return items.map((item) => {
    let summary = summaries.get(item.policy);
    if (!summary) {
      summary = analyse(join(dir, 'texts', `${item.policy}.md`));
      summaries.set(item.policy, summary);
    }
    const result = summary.answers[item.question];
    const first = result.evidence[0];
    return {
      ...item,
      engine: result.answer,
      ...(first
        ? { quote: first.text, rule: first.rule, ...(first.reason ? { reason: first.reason } : {}) }
        : {}),
    };
  });
}

function analyseFile(file: string): Summary {
  const input = readInput(file);
  const { source, options } = analyzeArgsOf(file, input);
  return analyze(input.text, source, undefined, options);
}

export function tally(items: ScoredItem[], question: QuestionId | 'all'): QuestionScore {
  const mine = question === 'all' ? items : items.filter((i) => i.question === question);
  let decided = 0;
  let right = 0;
  let wrong = 0;
  let overclaimed = 0;
  let goldDecided = 0;
  let rightDecided = 0;
  for (const i of mine) {
    if (i.gold !== 'unclear') goldDecided++;
    if (i.engine === 'unclear') continue;
    decided++;
    if (i.engine === i.gold) {
      right++;
      rightDecided++;
    } else if (i.gold === 'unclear') overclaimed++;
    else wrong++;
  }
  return {
    question,
    items: mine.length,
    decided,
    right,
    wrong,
    overclaimed,
    goldDecided,
    precision: decided === 0 ? 1 : right / decided,
    coverage: goldDecided === 0 ? 1 : rightDecided / goldDecided,
  };
}

export function formatTable(items: ScoredItem[]): string {
  const rows = [...QUESTION_IDS.map((q) => tally(items, q)), tally(items, 'all')].filter((r) => r.items > 0);
  const head = `${'question'.padEnd(26)} items decided right wrong over  precision coverage`;
  const lines = rows.map(
    (r) =>
      `${r.question.padEnd(26)} ${String(r.items).padStart(5)} ${String(r.decided).padStart(7)} ${String(r.right).padStart(5)} ${String(r.wrong).padStart(5)} ${String(r.overclaimed).padStart(4)}  ${r.precision.toFixed(3).padStart(9)} ${r.coverage.toFixed(3).padStart(8)}`,
  );
  return [head, ...lines].join('\n');
}

export function formatErrors(items: ScoredItem[]): string {
  return items
    .filter((i) => i.engine !== 'unclear' && i.engine !== i.gold)
    .map(
      (i) =>
        `[${i.policy}] ${i.question}: engine ${i.engine}, gold ${i.gold}${i.sure ? '' : ' (not sure)'} ← ${ruleTag(i)}: ${(i.quote ?? '').replace(/\s+/g, ' ').slice(0, 300)}`,
    )
    .join('\n');
}

/** `rule#reason` when the matching pattern has a reason, else the rule id: which pattern decided a quote. */
export function ruleTag(item: { rule?: string; reason?: string }): string {
  if (!item.rule) return '?';
  return item.reason ? `${item.rule}#${item.reason}` : item.rule;
}
