// The five seed policies (2002–2005) in ../shared/policies/seeds, each answer below checked by hand
// against the policy's text. One of them is cut into blocks by ========== lines.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Answer, QuestionId } from '../../engine/ids';
import { analyze } from '../../rules/engine';
import { sharedPath } from './shared-dir';

const EXPECTED: Record<string, Partial<Record<QuestionId, Answer>>> = {
  // RealNetworks 2002: does not sell, rent or share; SSL; account review; opt-out at registration; an
  // "Updated" label on the page is its only notice of changes.
  '000_09d6c6d70a5e2e7f.txt': {
    'collects-personal-data': 'yes',
    'sells-data': 'no',
    'shares-with-third-parties': 'no',
    'uses-cookies': 'yes',
    'legal-disclosure': 'yes',
    'security-measures': 'yes',
    'user-access': 'yes',
    'opt-out': 'yes',
    'change-notice': 'no',
    'do-not-track': 'unclear',
  },
  // RealNetworks 2005: the same, plus Safe Harbor certification (data crosses borders).
  '001_328b91fb5127929e.txt': {
    'collects-personal-data': 'yes',
    'sells-data': 'no',
    'shares-with-third-parties': 'no',
    'international-transfer': 'yes',
    'opt-out': 'yes',
  },
  // Microsoft.com 2003: no sharing without permission; no clear GIFs of other companies; not for children;
  // Profile Center to review and edit; unchecking a box opts out; prominent notice of material changes;
  // processing in the US or other countries. It never mentions selling.
  '002_0d8222b5457c79d6.txt': {
    'collects-personal-data': 'yes',
    'sells-data': 'unclear',
    'shares-with-third-parties': 'no',
    'third-party-tracking': 'no',
    'collects-from-children': 'no',
    'user-access': 'yes',
    'opt-out': 'yes',
    'change-notice': 'yes',
    'international-transfer': 'yes',
  },
  // Netflix 2003: third parties may serve cookies; SSL; "check back for updates"; names go to partners only
  // with permission, and "at no time" is personal information about specific users disclosed.
  '003_00f4f838d79ca978.txt': {
    'collects-personal-data': 'yes',
    'sells-data': 'no',
    'shares-with-third-parties': 'no',
    'third-party-tracking': 'yes',
    'uses-cookies': 'yes',
    'security-measures': 'yes',
    'opt-out': 'yes',
    'change-notice': 'no',
  },
  // Comet Systems 2004, in ========== blocks: holds no personal information, sells or reveals none, takes
  // none from children, newsletter can be unsubscribed.
  '004_3887e0c4efb00957.txt': {
    'collects-personal-data': 'no',
    'sells-data': 'no',
    'shares-with-third-parties': 'no',
    'collects-from-children': 'no',
    'opt-out': 'yes',
  },
};

describe.each(Object.entries(EXPECTED))('seed %s', (file, answers) => {
  const summary = analyze(readFileSync(sharedPath('policies/seeds', file), 'utf8'), { file });

  test('is read as an English privacy policy', () => {
    expect(summary.isPolicy).toBe(true);
    expect(summary.warnings).toEqual([]);
  });

  test.each(Object.entries(answers))('%s is %s, with evidence', (question, answer) => {
    const result = summary.answers[question as QuestionId];
    expect(result.answer).toBe(answer);
    if (answer !== 'unclear') expect(result.evidence.length).toBeGreaterThan(0);
  });
});

test('the seed that collects and shares nothing scores above those that collect and track', () => {
  const score = (file: string) => analyze(readFileSync(sharedPath('policies/seeds', file), 'utf8')).score;
  expect(score('004_3887e0c4efb00957.txt')).toBeGreaterThan(score('003_00f4f838d79ca978.txt'));
});
