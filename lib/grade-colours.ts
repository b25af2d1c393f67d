// The grade colours, shared by the toolbar badge and the hover badge (so a grade looks the same in both).
// Kept apart from background/badge.ts so that the content script does not import the toolbar code.

import type { Grade } from '../engine/ids';

/** A green → red scale; each keeps white text readable (contrast ≥ 4.5:1). */
export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1b6e2e',
  B: '#3f6b12',
  C: '#8a5a00',
  D: '#b03d00',
  E: '#b3261e',
};
