import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, DO_NOT_TRACK, HONOUR_VERBS, NAMES_NO_PREFERENCE_SIGNAL, pattern } from '../../lexicon';

// Under a Do Not Track heading, "these requests" are the signal's: "We currently do not have the ability to
// honor these requests."
export default defineAnswerRule({
  id: 'dnt-requests-under-heading',
  question: 'do-not-track',
  says: 'yes',
  assertedOnly: true,
  underHeading: [pattern(String.raw`\b${anyOf(DO_NOT_TRACK)}\b`)],
  patterns: [
    {
      re: pattern(
        String.raw`\b${anyOf(HONOUR_VERBS)}\s+(?:these|those|such)\s+(?:requests|signals|settings)\b`,
      ),
      reason: 'these-requests',
    },
  ],
  // A refusal of Do Not Track leaves Global Privacy Control open (see honours-dnt).
  narrowedBy: [NAMES_NO_PREFERENCE_SIGNAL],
  examples: {
    yes: ['Do Not Track || We honor these requests on our websites.'],
    no: ['Do-Not-Track Requests || We currently do not have the ability to honor these requests.'],
    noMatch: ['Your requests || We honor these requests within 30 days.'],
  },
});
