import { defineAnswerRule } from '../../../engine/rule';

// "We may retain your information indefinitely": no limit on keeping data.
export default defineAnswerRule({
  id: 'kept-indefinitely',
  question: 'retention-period',
  says: 'no',
  negatable: false,
  patterns: [/\b(?:indefinitely|for an (?:indefinite|unlimited) (?:period|time)|permanently|forever)\b/i],
  unless: [
    /\b(?:permanently (?:delete|remove|erase|de-?identif|anonymi)|remove[ds]? permanently|delete[ds]? permanently)/i,
  ],
  examples: {
    yes: [],
    no: ['We may retain your information indefinitely.', 'Posted comments are stored permanently.'],
    noMatch: ['We will permanently delete your account on request.'],
  },
});
