// For whoever tunes the rules: what each pattern and each veto of a clause rule is worth on a corpus.
// Every pattern (and veto) is taken out in turn and the classifier is scored again; a pattern whose
// removal raises its category's F1 is one to rewrite. The even and odd halves of the policies are shown
// apart, so a gain that lives in one half only (a phrase of one site) stands out.
// Run: npx tsx bench/pattern-ablation.ts [DIR] [CATEGORY]

import { resolve } from 'node:path';
import { evaluate, type LabelledSegment, loadCorpus } from '../cli/eval';
import type { Pattern } from '../engine/rule';
import { CLAUSE_RULES } from '../rules';

const dir = process.argv[2] ?? resolve(process.cwd(), '../shared/corpus/opp115-dev');
const only = process.argv[3];
const segments = loadCorpus(dir);
const policies = [...new Set(segments.map((s) => s.policy))].sort();
const half = (parity: number): LabelledSegment[] =>
  segments.filter((s) => policies.indexOf(s.policy) % 2 === parity);
const halves = [half(0), half(1)];

function score(category: string): { f1: number; tp: number; fp: number; halves: number[] } {
  const all = evaluate(segments).scores.find((s) => s.category === category);
  const byHalf = halves.map((h) => evaluate(h).scores.find((s) => s.category === category)?.f1 ?? 0);
  return { f1: all?.f1 ?? 0, tp: all?.tp ?? 0, fp: all?.fp ?? 0, halves: byHalf };
}

const fmt = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);
console.log('rule / part                         ΔF1     Δtp   Δfp   ΔF1 even  ΔF1 odd');
for (const rule of CLAUSE_RULES) {
  if (only && rule.category !== only) continue;
  const base = score(rule.category);
  const parts: Array<[string, Pattern[]]> = [['pattern', rule.patterns]];
  if (rule.unless) parts.push(['unless', rule.unless]);
  for (const [kind, list] of parts) {
    for (let i = 0; i < list.length; i++) {
      const [removed] = list.splice(i, 1);
      // A rule left with no pattern would match nothing, which is what removing its last pattern means.
      const s = score(rule.category);
      if (removed) list.splice(i, 0, removed);
      const label = `${rule.id} ${kind}[${i}]`.padEnd(34);
      console.log(
        `${label}${fmt(s.f1 - base.f1)}  ${String(s.tp - base.tp).padStart(5)} ${String(s.fp - base.fp).padStart(5)}   ${fmt((s.halves[0] ?? 0) - (base.halves[0] ?? 0))}    ${fmt((s.halves[1] ?? 0) - (base.halves[1] ?? 0))}`,
      );
    }
  }
}
