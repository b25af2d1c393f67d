// The scoring rubric, as data. docs/scoring.md explains it to people; tests/engine/score.test.ts keeps the
// two in step and tests/engine/score-properties.test.ts checks the promises below on random answers.
// Change a weight or a band → bump RUBRIC_VERSION: cached summaries are rescored when read (db/cache.ts).
//
// Rubric 2 keeps three promises (rubric 1 let silence earn up to 60 % of a question, so a page that said
// nothing graded D and beat a candid policy):
// 1. Per question, harmful < unclear < protective, each step worth at least one whole point: disclosing a
//    harm always lowers the score, a protective answer always raises it, silence never beats a promise.
// 2. The heavy questions (what leaves the service, and how long and whether it can be undone) carry 75 of
//    the 100 points and silence on them earns 9: a policy that answers none of them scores at most 34, E.
// 3. Points are whole numbers adding up to 100, so the score is the sum of the lines, with no rounding.

import type { Answer, Grade, QuestionId } from './ids';

export const RUBRIC_VERSION = '2.0.0';

export interface RubricItem {
  /** Points at stake: the protective answer earns them all, the harmful one none. */
  weight: number;
  /** The answer that protects the user. */
  protective: Exclude<Answer, 'unclear'>;
  /** Points an `unclear` answer earns: at least 1, at most weight − 1 (promise 1). */
  unclear: number;
  /** One of the questions a policy must answer to grade above E (promise 2). */
  heavy: boolean;
  /** What the protective answer means, in words a person reads. */
  good: string;
  bad: string;
}

export const RUBRIC: Record<QuestionId, RubricItem> = {
  'sells-data': {
    weight: 17,
    protective: 'no',
    unclear: 2,
    heavy: true,
    good: 'Does not sell your data',
    bad: 'Sells your data',
  },
  'shares-with-third-parties': {
    weight: 15,
    protective: 'no',
    unclear: 2,
    heavy: true,
    good: 'Shares only with providers acting for it',
    bad: 'Shares your data with third parties for their own use',
  },
  'third-party-tracking': {
    weight: 12,
    protective: 'no',
    unclear: 2,
    heavy: true,
    good: 'No third-party trackers',
    bad: 'Lets third parties track you on its pages',
  },
  'targeted-advertising': {
    weight: 11,
    protective: 'no',
    unclear: 1,
    heavy: true,
    good: 'No targeted advertising',
    bad: 'Uses your data for targeted ads',
  },
  'data-deletion': {
    weight: 10,
    protective: 'yes',
    unclear: 1,
    heavy: true,
    good: 'You can delete your data',
    bad: 'You cannot delete your data',
  },
  'retention-period': {
    weight: 10,
    protective: 'yes',
    unclear: 1,
    heavy: true,
    good: 'Says how long data is kept',
    bad: 'Keeps data indefinitely',
  },
  'opt-out': {
    weight: 4,
    protective: 'yes',
    unclear: 1,
    heavy: false,
    good: 'You can opt out',
    bad: 'No way to opt out',
  },
  'user-access': {
    weight: 3,
    protective: 'yes',
    unclear: 1,
    heavy: false,
    good: 'You can see and correct your data',
    bad: 'You cannot see or correct your data',
  },
  'collects-from-children': {
    weight: 3,
    protective: 'no',
    unclear: 1,
    heavy: false,
    good: 'Does not knowingly collect from children',
    bad: 'Collects data from children',
  },
  'security-measures': {
    weight: 3,
    protective: 'yes',
    unclear: 1,
    heavy: false,
    good: 'Names concrete security measures',
    bad: 'Names no security measures',
  },
  'change-notice': {
    weight: 2,
    protective: 'yes',
    unclear: 1,
    heavy: false,
    good: 'Tells you about material changes',
    bad: 'Changes the policy without notice',
  },
  'uses-cookies': {
    weight: 2,
    protective: 'no',
    unclear: 1,
    heavy: false,
    good: 'Uses no cookies',
    bad: 'Uses cookies',
  },
  'do-not-track': {
    weight: 2,
    protective: 'yes',
    unclear: 1,
    heavy: false,
    good: 'Honours Do Not Track',
    bad: 'Ignores Do Not Track',
  },
  'legal-disclosure': {
    weight: 2,
    protective: 'no',
    unclear: 1,
    heavy: false,
    good: 'Never discloses to authorities',
    bad: 'Discloses data under legal process',
  },
  'international-transfer': {
    weight: 2,
    protective: 'no',
    unclear: 1,
    heavy: false,
    good: 'Keeps data in your country',
    bad: 'May move data to other countries',
  },
  'collects-personal-data': {
    weight: 2,
    protective: 'no',
    unclear: 1,
    heavy: false,
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
