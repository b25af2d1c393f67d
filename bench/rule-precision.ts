// For whoever tunes the rules: how often each clause rule fires on the dev corpus, and how often the
// segment it fires on carries its category in the gold labels. Run: npx tsx bench/rule-precision.ts [DIR]

import { resolve } from 'node:path';
import { goldCategories } from '../cli/corpus-gold';
import { loadCorpus } from '../cli/eval';
import { normalise } from '../engine/normalise';
import { firstMatch } from '../engine/rule';
import { segment } from '../engine/segment';
import { CLAUSE_RULES } from '../rules';

const dir = process.argv[2] ?? resolve(process.cwd(), '../shared/corpus/opp115-dev');
const stats = new Map(CLAUSE_RULES.map((r) => [r.id, { fired: 0, right: 0, only: 0, onlyRight: 0 }]));
for (const seg of loadCorpus(dir)) {
  const gold = goldCategories(seg);
  const { sentences, headings } = segment(normalise(seg.text));
  const firedBy = new Map<string, string[]>();
  for (const rule of CLAUSE_RULES) {
    if (sentences.some((s) => firstMatch(rule, s.text, headings[s.heading]?.text))) {
      const list = firedBy.get(rule.category) ?? [];
      list.push(rule.id);
      firedBy.set(rule.category, list);
    }
  }
  for (const rule of CLAUSE_RULES) {
    const list = firedBy.get(rule.category) ?? [];
    if (!list.includes(rule.id)) continue;
    const s = stats.get(rule.id);
    if (!s) continue;
    s.fired++;
    if (gold.has(rule.category)) s.right++;
    if (list.length === 1) {
      s.only++;
      if (gold.has(rule.category)) s.onlyRight++;
    }
  }
}
console.log('rule                          fired  precision  fired-alone  precision-alone');
for (const rule of CLAUSE_RULES) {
  const s = stats.get(rule.id);
  if (!s) continue;
  const p = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2));
  console.log(
    `${rule.id.padEnd(30)}${String(s.fired).padStart(5)}  ${p(s.right, s.fired).padStart(9)}  ${String(s.only).padStart(11)}  ${p(s.onlyRight, s.only).padStart(15)}`,
  );
}
