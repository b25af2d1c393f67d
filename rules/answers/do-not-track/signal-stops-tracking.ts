import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, DO_NOT_TRACK, pattern } from '../../lexicon';

// What a signal turns off, told as a condition the sentence opens with: "If you have configured your browser
// to send a Do Not Track signal, we will not use the tools described in the Metrics section" honours the
// signal. The "not" is what the signal does, so the rule is not negatable. (Global Privacy Control acted on
// so is honours-preference-signals' to read.)
export default defineAnswerRule({
  id: 'signal-stops-tracking',
  question: 'do-not-track',
  says: 'yes',
  negatable: false,
  patterns: [
    {
      re: pattern(
        String.raw`^\W*(?:if|when|where)\b[^.;]{0,100}\b(?:send|sends|sending|enable|enables|enabled|turn on|turned on|activate|activated)\b[^.;]{0,60}\b${anyOf(DO_NOT_TRACK)}\b[^,.;]{0,60},?\s*(?:we|it|[A-Z][\w.]*)\s+(?:will|do|does|shall)\s+(?:not|no longer)\s+(?:use|utili[sz]e|track|collect|load|run|set|place|share|sell|serve|show|personali[sz]e)\b`,
      ),
      reason: 'signal-stops-tracking',
    },
  ],
  examples: {
    yes: [
      'If you have configured your browser to send a "Do Not Track" signal when visiting our sites, we will not use the analytics tools described above.',
      'When your browser sends a DNT signal, we do not load advertising trackers.',
    ],
    no: [],
    noMatch: [
      'If you enable Do Not Track, some features may not work.',
      'Some browsers send Do Not Track signals, but we will not change our practices in response.',
    ],
  },
});
