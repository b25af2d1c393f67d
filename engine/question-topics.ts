// The category each question is about: a quote from a clause of that category ("we encrypt data in transit"
// in a security clause) proves the answer better than one that names the practice in passing
// ("pseudonymised data" in an advertising clause), so it is shown first (issue 14, "the deciding sentence
// first"). Ids only, as CONTRACT.md §1–2 name them; the order decides nothing of the answer itself.

import type { CategoryId, QuestionId } from './ids';

export const QUESTION_TOPIC: Record<QuestionId, readonly CategoryId[]> = {
  'collects-personal-data': ['collection'],
  'sells-data': ['sharing'],
  'shares-with-third-parties': ['sharing'],
  'third-party-tracking': ['cookies', 'sharing'],
  'uses-cookies': ['cookies'],
  'targeted-advertising': ['cookies', 'sharing', 'collection'],
  'collects-from-children': ['children'],
  'legal-disclosure': ['sharing'],
  'security-measures': ['security'],
  'user-access': ['access'],
  'data-deletion': ['access'],
  'opt-out': ['choice'],
  'retention-period': ['retention'],
  'change-notice': ['changes'],
  'international-transfer': ['regional'],
  'do-not-track': ['dnt'],
};
