import { defineRule } from '../../engine/rule';

// Passive voice and nouns of collection: "information collected through the site", "the data you provide".
export default defineRule({
  id: 'information-is-collected',
  category: 'collection',
  patterns: [
    /\b(?:information|data|details)\b[^.;]{0,40}\b(?:is|are|was|were|be|being|been|get|gets)\s+(?:automatically\s+|also\s+|only\s+)?(?:collected|gathered|received|obtained|recorded|logged|captured|stored|requested|required)\b/i,
    /\b(?:information|data|details)\s+(?:that\s+|which\s+)?(?:we|you)\s+(?:may\s+|might\s+|will\s+)?(?:collect|gather|receive|obtain|provide|give|submit|supply|enter|share with us|send us)\b/i,
    /\b(?:you|users?|visitors?)\s+(?:may\s+|can\s+|will\s+)?(?:be\s+(?:asked|required|prompted)\s+to\s+)?(?:provide|give|submit|supply|enter|share)\b[^.;]{0,60}\b(?:information|data|details|name|e-?mail|address|phone)/i,
    /\b(?:information|data|details)\s+(?:automatically\s+)?(?:collected|gathered|obtained|received|logged)\b/i,
    /\b(?:collection|use) of (?:your |personal |such |this |the )*(?:information|data)\b/i,
  ],
  examples: {
    match: [
      'Information collected automatically includes your IP address.',
      'The personal information you provide is used to process your order.',
      'You may be asked to provide your name and email address.',
    ],
    noMatch: ['You can change your password at any time.'],
  },
});
