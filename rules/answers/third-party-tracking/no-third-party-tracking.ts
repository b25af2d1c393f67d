import { defineAnswerRule } from '../../../engine/rule';
import { DENIED_TRACKERS, pattern } from '../../lexicon';

// An outright refusal of others' trackers: "we do not allow third parties to place cookies on our site".
export default defineAnswerRule({
  id: 'no-third-party-tracking',
  question: 'third-party-tracking',
  says: 'no',
  negatable: false,
  patterns: [
    {
      re: /\b(?:do not|don't|never|will not|does not)\s+(?:allow|permit|let|authori[sz]e)\s+(?:any\s+)?(?:third[- ]part(?:y|ies)|other companies|advertisers|ad networks|outside companies|others)\b[^.;]{0,40}\b(?:to\s+)?(?:place|set|use|serve|collect|track|read|access)\b/i,
      reason: 'allow-no-third-parties',
    },
    {
      re: /\bno (?:third[- ]party|advertising|tracking) (?:cookies|trackers|tracking|beacons|pixels)\b/i,
      reason: 'no-third-party-trackers',
    },
    // "We do not use any third-party tracking or analytics services", "does not allow web trackers".
    { re: pattern(DENIED_TRACKERS), reason: 'denied-trackers' },
  ],
  // A refusal scoped to some data ("we do not allow them to collect your credit card number", "… any
  // personal information") still leaves their cookies and beacons; it does not deny tracking.
  unless: [
    /\b(?:collect|access|use|read)\b[^.;]{0,30}\b(?:credit card|password|e-?mail address|personal(?:ly identifiable)? information|personal data|PII)\b/i,
  ],
  examples: {
    yes: [],
    no: [
      'We do not allow third parties to place cookies on our site.',
      'This site uses no third-party cookies.',
      'We do not use any third party tracking or analytics services.',
      'The site does not use third-party data collection tools, and does not allow web trackers of any kind.',
    ],
    noMatch: [
      'We do not control the cookies third parties place.',
      'We do not allow third party service providers to collect your credit card information.',
      'We still do not allow third-party banner ads on our Services.',
      'We also do not authorize third parties to collect any personal information from you on the Sites.',
    ],
  },
});
