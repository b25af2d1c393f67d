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

export async function setTabBadge(tabId: number, grade: Grade | null): Promise<void> {
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`, same methods.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: grade ?? '' });
  if (grade) await action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[grade] });
}
