import { defineRule } from '../../engine/rule';

// A request the person can make to stop a use: "you may ask that we not share your information", "you
// have the right to ask us not to use your data for marketing". A company named as the one asked is
// matched case-sensitively, so that "ask that you not share your password" is not.
const STOP = '(?:to )?(?:share|disclose|use|sell|send|rent|contact|process)\\b';

export default defineRule({
  id: 'ask-not-to',
  category: 'choice',
  patterns: [
    new RegExp(`\\b(?:request|ask)(?: us)?(?: that (?:we|it|they))? not ${STOP}`, 'i'),
    new RegExp(`\\b(?:request|ask) that [A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*){0,3} not ${STOP}`),
    /\b(?:request|ask) that (?:we|it|they) (?:cease|stop|no longer)\b/i,
    // The same request in other words: "tell us to stop collecting", "request no future notices".
    /\b(?:tell|instruct) us (?:not to|to stop)\b|\brequest no (?:future|further) (?:notices|mailings|e-?mails|messages|communications)\b/i,
  ],
  examples: {
    match: [
      'You may request that Dictionary.com LLC not disclose your personal information to third parties.',
      'You have the right to ask us not to use your personal information for direct marketing purposes.',
      "You also have the right to tell us to stop collecting or using your child's personal information.",
      'We will provide an e-mail address by which you may request no future notices.',
    ],
    noMatch: ['We ask that you not share your password.'],
  },
});
