// The toolbar badge: the grade of the policy in this tab, or nothing.

import { browser } from 'wxt/browser';
import type { Grade } from '../engine/ids';
import type { Summary } from '../engine/types';
import { GRADE_COLOURS } from '../lib/grade-colours';

export { GRADE_COLOURS };

/** A grade only means something for an English policy; anything else gets no badge. */
export function badgeGrade(summary: Summary): Grade | null {
  return summary.language.english ? summary.grade : null;
}

/** The badge text: the grade, with a dot when the policy changed since the person last read it. */
export function badgeText(grade: Grade | null, changed = false): string {
  return grade ? `${grade}${changed ? '•' : ''}` : '';
}

/** `title` (the tooltip) is set only when given: "Changed since <date>", or the name again once seen. */
export async function setTabBadge(
  tabId: number,
  grade: Grade | null,
  change?: { title: string; changed: boolean },
): Promise<void> {
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`, same methods.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: badgeText(grade, change?.changed) });
  if (grade) await action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[grade] });
  if (change) await action.setTitle({ tabId, title: change.title });
}
