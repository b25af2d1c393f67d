// How the change report says an answer's new value in words: "Now says it may sell your data".

import type { Answer, QuestionId } from './ids';

/** What the policy does, in the phrasing of each answer: yes, no, and a question for unclear. */
const PRACTICE: Record<QuestionId, { yes: string; no: string; topic: string }> = {
  'collects-personal-data': {
    yes: 'it collects personal data',
    no: 'it collects no personal data',
    topic: 'it collects personal data',
  },
  'sells-data': {
    yes: 'it may sell your data',
    no: 'it does not sell your data',
    topic: 'it sells your data',
  },
  'shares-with-third-parties': {
    yes: 'it may share your data with third parties for their own use',
    no: 'it does not share your data with third parties for their own use',
    topic: 'it shares your data with third parties',
  },
  'third-party-tracking': {
    yes: 'third parties may track you on its sites or apps',
    no: 'no third party tracks you on its sites or apps',
    topic: 'third parties track you on its sites or apps',
  },
  'uses-cookies': {
    yes: 'it uses cookies or similar tracking',
    no: 'it uses no cookies or similar tracking',
    topic: 'it uses cookies',
  },
  'targeted-advertising': {
    yes: 'it may use your data for targeted advertising',
    no: 'it does not use your data for targeted advertising',
    topic: 'it uses your data for targeted advertising',
  },
  'collects-from-children': {
    yes: 'it may knowingly collect data from children',
    no: 'it does not knowingly collect data from children',
    topic: 'it collects data from children',
  },
  'legal-disclosure': {
    yes: 'it may disclose your data to authorities',
    no: 'it never discloses your data to authorities',
    topic: 'it discloses your data to authorities',
  },
  'security-measures': {
    yes: 'it names measures that protect your data',
    no: 'it takes no measures to protect your data',
    topic: 'how it protects your data',
  },
  'user-access': {
    yes: 'you can see and correct your data',
    no: 'you cannot see or correct your data',
    topic: 'you can see and correct your data',
  },
  'data-deletion': {
    yes: 'you can delete your data',
    no: 'you cannot delete your data',
    topic: 'you can delete your data',
  },
  'opt-out': { yes: 'you can opt out', no: 'you cannot opt out', topic: 'you can opt out' },
  'retention-period': {
    yes: 'it limits how long it keeps your data',
    no: 'it keeps your data indefinitely',
    topic: 'how long it keeps your data',
  },
  'change-notice': {
    yes: 'it tells you directly of changes to the policy',
    no: 'changes to the policy take effect by posting alone',
    topic: 'it tells you of changes to the policy',
  },
  'international-transfer': {
    yes: 'your data may be moved to other countries',
    no: 'your data stays in your country',
    topic: 'your data is moved to other countries',
  },
  'do-not-track': {
    yes: 'it honours Do Not Track or Global Privacy Control',
    no: 'it ignores Do Not Track and Global Privacy Control',
    topic: 'it honours Do Not Track',
  },
};

/** "Now says it may sell your data", "No longer says whether it sells your data". */
export function headline(question: QuestionId, to: Answer): string {
  const p = PRACTICE[question];
  if (to === 'unclear') return `No longer says clearly whether ${p.topic}`;
  return `Now says ${to === 'yes' ? p.yes : p.no}`;
}
