import { defineAnswerRule } from '../../../engine/rule';

// A policy that states it holds no personal data: "we don't have any personal information about you".
export default defineAnswerRule({
  id: 'collects-none',
  question: 'collects-personal-data',
  says: 'no',
  negatable: false,
  patterns: [
    {
      re: /\b(?:we|us)\s+(?:do not|don't|never|will never)\s+(?:have|hold|keep|collect|gather|store|ask for|receive)\s+(?:any\s+)?(?:personal(?:ly identifiable)?\s+)?(?:information|data)\b(?!\s+(?:about|regarding|concerning) (?!you\b))/i,
      reason: 'we-collect-none',
    },
    {
      re: /\bno personal(?:ly identifiable)? (?:information|data) (?:is|are|will be) (?:collected|stored|gathered|required)\b/i,
      reason: 'none-collected',
    },
  ],
  // "We do not collect any personal information except…" is collection under a condition.
  unless: [
    /\b(?:unless|except|other than|without|beyond|besides|from children|under 1[3-8])\b/i,
    // Data kept out of one place is not data never collected: "no personal information is stored on these
    // cookies or web pixels".
    /\b(?:in|on|by|through|via|within)\s+(?:these |those |our |the |such |any )?(?:cookies?|(?:web )?pixels?|(?:web )?beacons?|log files|clear gifs)\b|\b(?:browser|local) storage\b/i,
  ],
  examples: {
    yes: [],
    no: [
      "Since we don't have any personal information, your anonymity is guaranteed.",
      'No personal information is collected when you visit our site.',
    ],
    noMatch: [
      'Note that we do not receive any information about the purpose of the identification.',
      'No personal information is stored within the cookie.',
      'We do not collect personal information unless you register.',
      'No personally identifiable information is stored on these cookies or web pixels.',
      'Some experiments use browser storage too, but we never store any information that could identify you.',
    ],
  },
});
