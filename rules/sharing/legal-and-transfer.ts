import { defineRule } from '../../engine/rule';

// Disclosure to authorities and to buyers in a merger: sharing even when no "third party" is named.
export default defineRule({
  id: 'legal-and-transfer',
  category: 'sharing',
  patterns: [
    /\b(?:subpoena|court order|legal process|law enforcement|government(?:al)? (?:agencies|authorities|requests?)|comply with (?:the |any )?(?:law|legal)|required by law|public authorities)\b/i,
    /\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|sale of (?:all or )?(?:part|some|substantially all|a portion) of (?:its|our) (?:assets|business))\b/i,
  ],
  examples: {
    match: [
      'We may disclose information in response to a subpoena or court order.',
      'In the event of a merger or acquisition, your data may be transferred.',
    ],
    noMatch: ['We keep your information secure.'],
  },
});
