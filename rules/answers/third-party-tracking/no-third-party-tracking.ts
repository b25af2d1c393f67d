import { defineAnswerRule } from '../../../engine/rule';

// An outright refusal of others' trackers: "we do not allow third parties to place cookies on our site".
export default defineAnswerRule({
  id: 'no-third-party-tracking',
  question: 'third-party-tracking',
  says: 'no',
  negatable: false,
  patterns: [
    /\b(?:do not|don't|never|will not|does not)\s+(?:allow|permit|let|authori[sz]e)\s+(?:any\s+)?(?:third[- ]part(?:y|ies)|other companies|advertisers|ad networks|outside companies|others)\b[^.;]{0,40}\b(?:to\s+)?(?:place|set|use|serve|collect|track|read|access)\b/i,
    /\bno (?:third[- ]party|advertising|tracking) (?:cookies|trackers|tracking|beacons|pixels)\b/i,
  ],
  examples: {
    yes: [],
    no: [
      'We do not allow third parties to place cookies on our site.',
      'This site uses no third-party cookies.',
    ],
    noMatch: ['We do not control the cookies third parties place.'],
  },
});
