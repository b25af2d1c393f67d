// The fixed ids of ../shared/CONTRACT.md. Const arrays (not enums) so that they are values and types at once.

export const CATEGORY_IDS = [
  'collection',
  'sharing',
  'cookies',
  'children',
  'choice',
  'access',
  'retention',
  'security',
  'changes',
  'dnt',
  'regional',
  'contact',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const QUESTION_IDS = [
  'collects-personal-data',
  'sells-data',
  'shares-with-third-parties',
  'third-party-tracking',
  'uses-cookies',
  'targeted-advertising',
  'collects-from-children',
  'legal-disclosure',
  'security-measures',
  'user-access',
  'data-deletion',
  'opt-out',
  'retention-period',
  'change-notice',
  'international-transfer',
  'do-not-track',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const DATA_TYPE_IDS = [
  'contact',
  'financial',
  'location',
  'demographic',
  'device',
  'ip-address',
  'online-activity',
  'account-credentials',
  'government-id',
  'health',
  'biometric',
  'social-media',
  'user-content',
  'purchase-history',
] as const;
export type DataTypeId = (typeof DATA_TYPE_IDS)[number];

export const ANSWERS = ['yes', 'no', 'unclear'] as const;
export type Answer = (typeof ANSWERS)[number];

export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];
