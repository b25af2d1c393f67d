import { defineAnswerRule } from '../../../engine/rule';

// The service uses cookies or similar technology itself.
export default defineAnswerRule({
  id: 'uses-cookies',
  question: 'uses-cookies',
  says: 'yes',
  // Denials here are scoped ("we do not use cookies to collect personal information", "no persistent
  // cookies"); a site without cookies says so plainly, which no-cookies reads.
  negatable: false,
  patterns: [
    /\b(?:we|us|our (?:site|sites|website|websites|services?|pages|servers))\b[^.;]{0,50}\b(?:use|uses|place|places|set|sets|store|stores|employ|employs|deploy|send|sends|utili[sz]e|may use)\b[^.;]{0,40}\b(?:cookies?|web ?beacons?|pixels?|tracking technolog(?:y|ies)|local storage)\b/i,
    /\b(?:cookies?|web ?beacons?)\b[^.;]{0,30}\b(?:are|is|may be)\s+(?:used|placed|set|stored)\b/i,
  ],
  examples: {
    yes: ['We use cookies to remember your preferences.', 'Cookies are used to keep you signed in.'],
    no: [],
    noMatch: ['A cookie is a small text file.'],
  },
});
