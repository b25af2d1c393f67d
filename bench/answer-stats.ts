// How the sixteen answers fall over the saved dev pages: yes / no / unclear and how many policies
// contradict themselves, per question, and the grades. Run: npx tsx bench/answer-stats.ts [DIR] [QUESTION]
// With a question id, also prints that question's contradictions (both quotes) for review.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlToText } from '../engine/html-to-text';
import { QUESTION_IDS, type QuestionId } from '../engine/ids';
import { analyze } from '../rules/engine';

const dir = process.argv[2] ?? resolve(process.cwd(), '../shared/corpus/opp115-dev/html');
const show = process.argv[3] as QuestionId | undefined;
const tally = new Map(QUESTION_IDS.map((q) => [q, { yes: 0, no: 0, unclear: 0, contradiction: 0 }]));
const grades = new Map<string, number>();
const files = readdirSync(dir).filter((f) => /\.html?$/.test(f));
for (const file of files) {
  const page = htmlToText(readFileSync(join(dir, file), 'utf8'));
  const summary = analyze(page.text, page.title ? { title: page.title } : {});
  grades.set(summary.grade, (grades.get(summary.grade) ?? 0) + 1);
  for (const q of QUESTION_IDS) {
    const result = summary.answers[q];
    const t = tally.get(q);
    if (!t) continue;
    t[result.answer]++;
    if (!result.contradiction) continue;
    t.contradiction++;
    if (q === show) {
      console.log(
        `${file}\n  yes: ${result.contradiction.yes.text.slice(0, 200)}\n  no:  ${result.contradiction.no.text.slice(0, 200)}`,
      );
    }
  }
}
console.log(
  `${files.length} pages; grades ${[...grades]
    .sort()
    .map(([g, n]) => `${g}:${n}`)
    .join(' ')}`,
);
console.log('question                    yes   no  unclear  of which contradictions');
for (const [q, t] of tally) {
  console.log(
    `${q.padEnd(26)} ${String(t.yes).padStart(4)} ${String(t.no).padStart(4)} ${String(t.unclear).padStart(8)} ${String(t.contradiction).padStart(12)}`,
  );
}
