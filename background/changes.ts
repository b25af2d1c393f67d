// "Changed since you last read it": each text a policy URL comes back with is recorded in the version
// history, and a text that differs from the last one the person saw is diffed against it.

import type { PolicyChange, VersionHistory } from '../db/versions';
import { diffPolicies } from '../engine/diff';
import { analyzeVersion } from '../rules/engine';

/**
 * Records the text seen at `url` and returns the change the person has not looked at yet: the one found
 * now, or one found earlier and not yet shown. A new text that differs from the last only in formatting
 * (`changed: false`) is recorded and reports nothing new.
 */
export async function trackChange(
  history: VersionHistory,
  url: string,
  text: string,
  textHash: string,
): Promise<PolicyChange | undefined> {
  const recorded = await history.record(url, textHash, text);
  if (recorded.isNew && recorded.previous) {
    const diff = diffPolicies(analyzeVersion(recorded.previous.text, { url }), analyzeVersion(text, { url }));
    if (diff.changed) {
      const change: PolicyChange = { since: recorded.previous.seenAt, diff, seen: false };
      await history.setChange(url, change);
      return change;
    }
  }
  return history.unseenChange(url);
}

/** The toolbar tooltip: "Changed since 14 Nov 2026" when a change waits, the extension's name otherwise. */
export function changeTitle(change: PolicyChange | undefined): string {
  if (!change) return 'PolicyLens';
  return `Changed since ${new Date(change.since).toLocaleDateString('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  })}`;
}
