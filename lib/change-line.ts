// The first screen's one line about a change: the weightiest answer that changed, or what the clauses did.

import type { PolicyDiff } from '../engine/diff';
import { headline } from '../engine/diff-phrases';
import { RUBRIC } from '../engine/rubric';

/**
 * "now says it may sell your data (and 2 more answers)", or, when no answer changed, "3 clauses: 2 added,
 * 1 reworded": what follows "Changed since <date>:".
 */
export function changeLine(diff: PolicyDiff): string {
  const answers = [...diff.answers].sort((a, b) => RUBRIC[b.question].weight - RUBRIC[a.question].weight);
  const [lead] = answers;
  if (lead) {
    const text = headline(lead.question, lead.to);
    const first = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    const more = answers.length - 1;
    return more === 0 ? first : `${first} (and ${more} more ${more === 1 ? 'answer' : 'answers'})`;
  }
  const { added, removed, reworded } = diff.clauses;
  const kinds = [
    [added.length, 'added'],
    [removed.length, 'removed'],
    [reworded.length, 'reworded'],
  ] as const;
  const present = kinds.filter(([n]) => n > 0);
  const total = added.length + removed.length + reworded.length;
  if (present.length === 0) return 'its wording changed';
  if (present.length === 1) return `${total} ${total === 1 ? 'clause' : 'clauses'} ${present[0]?.[1]}`;
  return `${total} clauses: ${present.map(([n, what]) => `${n} ${what}`).join(', ')}`;
}
