import { defineAnswerRule } from '../../../engine/rule';

// Opting out, unsubscribing, withdrawing consent, refusing cookies.
export default defineAnswerRule({
  id: 'opt-out',
  question: 'opt-out',
  says: 'yes',
  patterns: [
    /\b(?:opt[- ]?out|unsubscribe|withdraw (?:your |their )?consent|choose not to (?:receive|participate|provide|allow)|stop receiving|remove (?:yourself|your name|your e-?mail) from|decline (?:to receive|cookies)|refuse (?:cookies|to accept)|disable cookies|block cookies|manage your (?:preferences|communications)|adjust your (?:browser|preferences)|update your (?:communication|e-?mail|marketing) preferences)\b/i,
  ],
  examples: {
    yes: [
      'You may opt out of receiving promotional emails at any time.',
      'Click the unsubscribe link at the bottom of any newsletter.',
    ],
    no: ['You cannot opt out of service announcements.'],
    noMatch: ['We send newsletters to subscribers.'],
  },
});
