import { defineAnswerRule } from '../../../engine/rule';

// A stated absence of access: "you cannot review or correct the information we hold about you".
export default defineAnswerRule({
  id: 'no-access',
  question: 'user-access',
  says: 'no',
  negatable: false,
  patterns: [
    {
      re: /\b(?:you|users?)\s+(?:cannot|can't|can not|are not able to|will not be able to|have no (?:right|ability) to|may not)\s+(?:access|review|correct|update|see|view|edit)\b[^.;]{0,30}\b(?:your|their|the|any)\s+(?:personal\s+)?(?:information|data)\b/i,
      reason: 'you-cannot-access',
    },
  ],
  unless: [/\b(?:another|other) (?:user|person|member)|\banyone else\b|\b(?:name|username|password)\b/i],
  examples: {
    yes: [],
    no: [
      'You cannot access the personal information we hold about you.',
      'Users are not able to correct their data once submitted.',
    ],
    noMatch: ['You are not entitled to review the content of another user account or your data in it.'],
  },
});
