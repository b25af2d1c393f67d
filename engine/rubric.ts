// The scoring rubric, as data. docs/scoring.md explains it to people; tests/engine/score.test.ts keeps the
// two in step. Change a weight or a band → bump RUBRIC_VERSION, so cached summaries go stale.

import type { Answer, Grade, QuestionId } from './ids';

export const RUBRIC_VERSION = '1.0.0';

export interface RubricItem {
  /** Points at stake for this question. */
  weight: number;
  /** The answer that protects the user. It earns the full weight; the other earns 0. */
  protective: Exclude<Answer, 'unclear'>;
  /** Share of the weight an `unclear` answer earns: the policy did not commit either way. */
  unclear: number;
  /** What the protective answer means, in words a person reads. */
  good: string;
  bad: string;
}

export const RUBRIC: Record<QuestionId, RubricItem> = {
  'sells-data': {
    weight: 15,
    protective: 'no',
    unclear: 0.4,
    good: 'Does not sell your data',
    bad: 'Sells your data',
  },
  'shares-with-third-parties': {
    weight: 12,
    protective: 'no',
    unclear: 0.4,
    good: 'Shares only with providers acting for it',
    bad: 'Shares your data with third parties for their own use',
  },
  'third-party-tracking': {
    weight: 10,
    protective: 'no',
    unclear: 0.5,
    good: 'No third-party trackers',
    bad: 'Lets third parties track you on its pages',
  },
  'targeted-advertising': {
    weight: 8,
    protective: 'no',
    unclear: 0.5,
    good: 'No targeted advertising',
    bad: 'Uses your data for targeted ads',
  },
  'collects-from-children': {
    weight: 6,
    protective: 'no',
    unclear: 0.5,
    good: 'Does not knowingly collect from children',
    bad: 'Collects data from children',
  },
  'opt-out': {
    weight: 7,
    protective: 'yes',
    unclear: 0.3,
    good: 'You can opt out',
    bad: 'No way to opt out',
  },
  'data-deletion': {
    weight: 7,
    protective: 'yes',
    unclear: 0.3,
    good: 'You can delete your data',
    bad: 'You cannot delete your data',
  },
  'user-access': {
    weight: 5,
    protective: 'yes',
    unclear: 0.3,
    good: 'You can see and correct your data',
    bad: 'You cannot see or correct your data',
  },
  'retention-period': {
    weight: 5,
    protective: 'yes',
    unclear: 0.3,
    good: 'Says how long data is kept',
    bad: 'Keeps data indefinitely',
  },
  'security-measures': {
    weight: 5,
    protective: 'yes',
    unclear: 0.3,
    good: 'Names concrete security measures',
    bad: 'Names no security measures',
  },
  'change-notice': {
    weight: 5,
    protective: 'yes',
    unclear: 0.4,
    good: 'Tells you about material changes',
    bad: 'Changes the policy without notice',
  },
  'uses-cookies': { weight: 4, protective: 'no', unclear: 0.5, good: 'Uses no cookies', bad: 'Uses cookies' },
  'do-not-track': {
    weight: 3,
    protective: 'yes',
    unclear: 0.3,
    good: 'Honours Do Not Track',
    bad: 'Ignores Do Not Track',
  },
  'legal-disclosure': {
    weight: 3,
    protective: 'no',
    unclear: 0.6,
    good: 'Never discloses to authorities',
    bad: 'Discloses data under legal process',
  },
  'international-transfer': {
    weight: 3,
    protective: 'no',
    unclear: 0.6,
    good: 'Keeps data in your country',
    bad: 'May move data to other countries',
  },
  'collects-personal-data': {
    weight: 2,
    protective: 'no',
    unclear: 0.5,
    good: 'Collects no personal data',
    bad: 'Collects personal data',
  },
};

/** Lowest score of each grade, best first. */
export const GRADE_BANDS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 80],
  ['B', 65],
  ['C', 50],
  ['D', 35],
  ['E', 0],
];
