// Words people read for the contract's ids.

import type { CategoryId, DataTypeId, QuestionId } from './ids';

export const QUESTION_LABELS: Record<QuestionId, string> = {
  'collects-personal-data': 'Collects personal data',
  'sells-data': 'Sells your data',
  'shares-with-third-parties': 'Shares data with third parties',
  'third-party-tracking': 'Third parties track you on its pages',
  'uses-cookies': 'Uses cookies or similar tracking',
  'targeted-advertising': 'Targeted advertising',
  'collects-from-children': 'Collects data from children',
  'legal-disclosure': 'Discloses data to authorities',
  'security-measures': 'Names security measures',
  'user-access': 'You can see and correct your data',
  'data-deletion': 'You can delete your data',
  'opt-out': 'You can opt out',
  'retention-period': 'Says how long data is kept',
  'change-notice': 'Notifies you of changes',
  'international-transfer': 'Moves data to other countries',
  'do-not-track': 'Honours Do Not Track',
};

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  collection: 'Data collection',
  sharing: 'Third-party sharing',
  cookies: 'Cookies and tracking',
  children: "Children's data",
  choice: 'Your choices',
  access: 'Access, correction and deletion',
  retention: 'Data retention',
  security: 'Security',
  changes: 'Policy changes',
  dnt: 'Do Not Track',
  regional: 'Regional rules and transfers',
  contact: 'Privacy contact',
};

export const DATA_TYPE_LABELS: Record<DataTypeId, string> = {
  contact: 'Contact details (name, email, address, phone)',
  financial: 'Financial (card, billing, bank)',
  location: 'Location',
  demographic: 'Demographics (age, gender, …)',
  device: 'Device and browser',
  'ip-address': 'IP address',
  'online-activity': 'Online activity (pages, clicks, searches)',
  'account-credentials': 'Account credentials',
  'government-id': 'Government ID',
  health: 'Health',
  biometric: 'Biometric',
  'social-media': 'Social media',
  'user-content': 'Content you post',
  'purchase-history': 'Purchase history',
};
