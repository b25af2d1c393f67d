import { defineAnswerRule } from '../../../engine/rule';

// A limit told as a refusal: "we do not store the friend's email address any longer than necessary",
// "MediaNews does not keep the child's information after the event is completed". The negation is the
// limit itself, so it does not flip the answer.
export default defineAnswerRule({
  id: 'not-kept-beyond',
  question: 'retention-period',
  says: 'yes',
  negatable: false,
  patterns: [
    {
      re: /\b(?:do(?:es)? not|don't|doesn't|will not|won't|never)\s+(?:keep|store|retain|hold|maintain)\b[^.;]{0,80}\b(?:(?:any )?longer than|after (?:the|a|an|your|it|they|that|such)\b|beyond (?:the|what))/i,
      reason: 'not-kept-longer-than',
    },
  ],
  examples: {
    yes: [
      "We do not store the friend's email address for any longer than reasonably necessary to send the card.",
      "MediaNews does not keep any of the child's personal information after the particular event is completed.",
    ],
    no: [],
    noMatch: ['We do not store credit card numbers.'],
  },
});
