import { defineAnswerRule } from '../../../engine/rule';

// Users are told of material changes: by email, by a prominent notice, or asked to consent.
export default defineAnswerRule({
  id: 'notify-of-changes',
  question: 'change-notice',
  says: 'yes',
  patterns: [
    /\b(?:notify|inform|alert|tell|e-?mail|contact)\s+(?:you|users|our users|members|visitors)\b[^.;]{0,120}\b(?:changes?|modif(?:y|ications?)|amendments?|revisions?|updates?)\b/i,
    /\b(?:changes?|modifications?|amendments?|revisions?|updates?)\b[^.;]{0,120}\b(?:notify|inform|alert|tell)\s+(?:you|users|members)\b/i,
    /\b(?:prominent(?:ly)?|conspicuous(?:ly)?)\s+(?:notice|post|posting|display)/i,
    // A notice where people will see it: "we will post a notification and link on our homepage".
    /\bpost (?:a )?(?:notification|notice)\b[^.;]{0,40}\b(?:home ?page|front page|main page)\b/i,
    /\b(?:material(?:ly)?|significant)\b[^.;]{0,80}\b(?:e-?mail|notice|notif(?:y|ication)|your consent|opt-?in)\b/i,
  ],
  // A date or label on the page itself is no notice (posted-on-this-page reads those).
  unless: [/"updated"|\bdate of (?:the )?last update\b|\b(?:effective|last updated) date\b/i],
  examples: {
    yes: [
      "If we make an important change, we will post a notification and link on our Website's homepage.",
      'If we make material changes, we will notify you by email.',
      'We will post a prominent notice on our home page before changes take effect.',
    ],
    no: ['We will not notify you of changes to this policy.'],
    noMatch: ['We may change this policy from time to time.'],
  },
});
