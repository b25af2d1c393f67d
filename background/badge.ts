// The toolbar badge: the grade of the policy in this tab, "not graded" for a page analysed as a policy that
// does not read as one, or nothing.

import { browser } from 'wxt/browser';
import type { Grade } from '../engine/ids';
import { isGraded } from '../engine/score';
import type { Summary } from '../engine/types';
import { GRADE_COLOURS } from '../lib/grade-colours';

export { GRADE_COLOURS };

/** What the badge shows: a grade, "not graded", or nothing (the page is no policy; the badge is cleared). */
export type BadgeState = Grade | 'not-graded' | null;

/** A grade only means something for an English policy; anything else is not graded. */
export function badgeState(summary: Summary): Exclude<BadgeState, null> {
  return isGraded(summary) ? summary.grade : 'not-graded';
}

/** The badge's text and its tooltip; a badge holds four characters, so "not graded" lives in the tooltip. */
export function badgeLook(state: BadgeState): { text: string; title: string } {
  if (state === null) return { text: '', title: 'PolicyLens' };
  if (state === 'not-graded') {
    return { text: '', title: 'PolicyLens: not graded (this page does not read as a privacy policy)' };
  }
  return { text: state, title: `PolicyLens: grade ${state}` };
}

/** The badge text: the grade, with a dot when the policy changed since the person last read it. */
export function badgeText(state: BadgeState, changed = false): string {
  const { text } = badgeLook(state);
  return text && changed ? `${text}•` : text;
}

/** `change`, when given, replaces the tooltip ("Changed since <date>") and adds the dot to the badge. */
export async function setTabBadge(
  tabId: number,
  state: BadgeState,
  change?: { title: string; changed: boolean },
): Promise<void> {
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`, same methods.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: badgeText(state, change?.changed) });
  await action.setTitle({ tabId, title: change?.title ?? badgeLook(state).title });
  if (state !== null && state !== 'not-graded') {
    await action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[state] });
  }
}
