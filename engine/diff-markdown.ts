// The change report a person reads: what the policy now says, then the answers that changed, then the
// clauses added, removed and reworded, each quoted. Pure and deterministic.

import type { PolicyDiff, VersionRef } from './diff';
import { headline } from './diff-phrases';
import { CATEGORY_LABELS, QUESTION_LABELS } from './labels';

/** Past this many clauses of one kind the report says how many more the JSON has. */
const MAX_LISTED = 25;

/**
 * Page text as plain, readable Markdown: only what could make a link, an image, HTML, code or emphasis is
 * escaped; full stops, hyphens and brackets stay as they are.
 */
export function plainQuote(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .trim();
}

/**
 * Which versions have a grade (engine/score.ts `isGraded`): the diff's JSON keeps every side's grade and
 * score for schema 1, but a text that is not an English policy has no grade anywhere (CONTRACT.md). The
 * extension records and diffs only texts it read as English policies, hence both by default.
 */
export interface GradedSides {
  from: boolean;
  to: boolean;
}

function name(ref: VersionRef): string {
  const s = ref.source;
  return plainQuote(s.title ?? s.url ?? s.file ?? 'this version');
}

function standing(ref: VersionRef, graded: boolean): string {
  return graded ? `grade ${ref.grade}, ${ref.score}/100` : 'not graded';
}

function categories(ids: readonly (keyof typeof CATEGORY_LABELS)[]): string {
  return ids.map((c) => CATEGORY_LABELS[c]).join(', ');
}

function more(total: number): string[] {
  return total > MAX_LISTED ? [`- … and ${total - MAX_LISTED} more (all of them in --format json).`] : [];
}

export function diffToMarkdown(diff: PolicyDiff, graded: GradedSides = { from: true, to: true }): string {
  const { added, removed, reworded } = diff.clauses;
  const out = [
    `# What changed in ${name(diff.to)}`,
    '',
    `From ${name(diff.from)} (${standing(diff.from, graded.from)}) to ${name(diff.to)} (${standing(diff.to, graded.to)}).`,
  ];
  for (const warning of diff.warnings) out.push('', `Warning: ${plainQuote(warning)}`);
  if (!diff.changed) {
    out.push(
      '',
      'No change in what the policy states: only formatting, dates or sentences that state no practice differ.',
    );
    return `${out.join('\n')}\n`;
  }
  out.push('', `${added.length} clauses added, ${removed.length} removed, ${reworded.length} reworded.`);
  if (diff.answers.length > 0) {
    out.push('', '## Answers that changed', '');
    for (const a of diff.answers) {
      // The quote that best says the new state leads; the others follow it.
      const [lead, ...others] = [
        ...a.added.map((q) => ['Now', q] as const),
        ...a.removed.map((q) => ['Before', q] as const),
      ];
      // A removed quote that leads is what the policy stopped saying ("Now says it may share your data: no
      // longer says 'We do not share…'"), never to be read as what it now says.
      const said = lead
        ? `: ${lead[0] === 'Before' ? 'no longer says ' : ''}"${plainQuote(lead[1].text)}"`
        : '';
      out.push(`- **${headline(a.question, a.to)}**${said}`);
      out.push(`  - ${QUESTION_LABELS[a.question]}: ${a.from} → ${a.to}`);
      for (const [when, q] of others) out.push(`  - ${when}: "${plainQuote(q.text)}"`);
    }
  }
  if (added.length > 0) {
    out.push('', '## Added', '');
    for (const c of added.slice(0, MAX_LISTED))
      out.push(`- (${categories(c.categories)}) "${plainQuote(c.text)}"`);
    out.push(...more(added.length));
  }
  if (removed.length > 0) {
    out.push('', '## Removed', '');
    for (const c of removed.slice(0, MAX_LISTED))
      out.push(`- (${categories(c.categories)}) "${plainQuote(c.text)}"`);
    out.push(...more(removed.length));
  }
  if (reworded.length > 0) {
    out.push('', '## Reworded', '');
    for (const r of reworded.slice(0, MAX_LISTED)) {
      const edits = r.edits
        .slice(0, 3)
        .map((e) =>
          e.from && e.to
            ? `"${plainQuote(e.from)}" → "${plainQuote(e.to)}"`
            : e.to
              ? `+ "${plainQuote(e.to)}"`
              : `− "${plainQuote(e.from)}"`,
        );
      out.push(`- (${categories(r.categories)}) ${edits.join('; ')}${r.edits.length > 3 ? '; …' : ''}`);
      out.push(`  - Before: "${plainQuote(r.from.text)}"`, `  - Now: "${plainQuote(r.to.text)}"`);
    }
    out.push(...more(reworded.length));
  }
  return `${out.join('\n')}\n`;
}
