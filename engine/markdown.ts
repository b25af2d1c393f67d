// The Markdown export: pure and deterministic (the date is passed in). Page text is escaped for the place
// it lands (engine/markdown-escape.ts) so that it cannot add links, images, HTML, headings or table cells
// to the export, and reads as plain text where nothing needs escaping.

import { type FindingKind, topFindings } from './findings';
import { CATEGORY_IDS, QUESTION_IDS } from './ids';
import { CATEGORY_LABELS, DATA_TYPE_LABELS, QUESTION_LABELS } from './labels';
import { codeSpan, escapeMarkdown } from './markdown-escape';
import { isGraded } from './score';
import type { Summary } from './types';

export { escapeMarkdown } from './markdown-escape';

const MARK: Record<FindingKind, string> = { good: '✓', bad: '✗', unstated: '?', both: '?' };

/**
 * `changed`: the popup's "what changed" line when the person has a change not seen yet ("Changed since
 * Mar 3, 2026: now says it may sell your data"), kept in the export as on the first screen.
 */
export function toMarkdown(summary: Summary, analysedOn: string, changed?: string): string {
  const title = summary.source.title ? escapeMarkdown(summary.source.title, 'heading') : 'Privacy policy';
  const out: string[] = [`# PolicyLens summary: ${title}`, ''];
  if (summary.source.url) out.push(`- Source: ${codeSpan(summary.source.url)}`);
  if (summary.source.file) out.push(`- File: ${codeSpan(summary.source.file)}`);
  out.push(`- Analysed: ${escapeMarkdown(analysedOn)}`);
  out.push(`- Engine ${summary.engine}, rubric ${summary.rubric}`);
  const graded = isGraded(summary);
  // No grade and no score for a text that is not a policy: pasted elsewhere, a number reads as a verdict.
  out.push(
    graded
      ? `- **Grade ${summary.grade}**, score ${summary.score}/100`
      : '- **Not graded**: this text does not read as a privacy policy',
  );
  if (changed) out.push(`- ${escapeMarkdown(changed)}`);
  for (const warning of summary.warnings) out.push(`- Warning: ${escapeMarkdown(warning)}`);
  // The popup's first screen first: what costs the most points, in plain sentences with a mark that is
  // not a colour.
  if (graded) {
    out.push('', '## What matters most', '');
    for (const f of topFindings(summary)) out.push(`- ${MARK[f.kind]} ${escapeMarkdown(f.sentence)}`);
  }
  out.push('', '## Answers', '', '| Question | Answer | Evidence |', '|---|---|---|');
  for (const q of QUESTION_IDS) {
    const result = summary.answers[q];
    const quote = result.evidence[0];
    const evidence = quote ? `"${escapeMarkdown(quote.text, 'cell')}"` : '';
    const answer = result.contradiction ? 'unclear (the policy says both)' : result.answer;
    out.push(`| ${QUESTION_LABELS[q]} | ${answer} | ${evidence} |`);
  }
  // Every quote behind every answer: the popup shows three, the export all that decided.
  out.push('', '## Evidence');
  for (const q of QUESTION_IDS) {
    const { evidence } = summary.answers[q];
    if (evidence.length === 0) continue;
    out.push('', `### ${QUESTION_LABELS[q]}`, '');
    for (const e of evidence) out.push(`- "${escapeMarkdown(e.text)}"`);
  }
  const contradictions = QUESTION_IDS.filter((q) => summary.answers[q].contradiction);
  if (contradictions.length > 0) {
    out.push('', '## Contradictions', '');
    for (const q of contradictions) {
      const c = summary.answers[q].contradiction;
      if (!c) continue;
      out.push(
        `- ${QUESTION_LABELS[q]}`,
        `  - Yes: "${escapeMarkdown(c.yes.text)}"`,
        `  - No: "${escapeMarkdown(c.no.text)}"`,
      );
    }
  }
  if (graded) {
    out.push('', '## Score', '', '| Question | Answer | Points |', '|---|---|---|');
    for (const line of summary.scoreLines) {
      out.push(`| ${QUESTION_LABELS[line.question]} | ${line.answer} | ${line.points} / ${line.max} |`);
    }
  }
  out.push('', '## Data collected', '');
  if (summary.dataTypes.length === 0) out.push('None stated.');
  for (const t of summary.dataTypes) out.push(`- ${DATA_TYPE_LABELS[t]}`);
  // The popup's own name for the section (components/CategoryList.tsx): "clauses" is jargon (issue 14).
  out.push('', '## Topics covered');
  for (const c of CATEGORY_IDS) {
    const result = summary.categories[c];
    if (!result.mentioned) continue;
    out.push('', `### ${CATEGORY_LABELS[c]}`, '');
    for (const clause of result.clauses.slice(0, 10))
      out.push(`> ${escapeMarkdown(clause.text, 'line-start')}`, '>');
    if (out[out.length - 1] === '>') out.pop();
  }
  return `${out.join('\n')}\n`;
}
