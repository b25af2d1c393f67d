import { defineAnswerRule } from '../../../engine/rule';

// An outright refusal of targeted advertising: "we do not use your information for targeted ads".
export default defineAnswerRule({
  id: 'no-targeted-ads',
  question: 'targeted-advertising',
  says: 'no',
  negatable: false,
  patterns: [
    /\b(?:do not|don't|never|will not|does not)\s+(?:use|show|serve|deliver|display|engage in|allow|permit|sell)\b[^.;]{0,60}\b(?:interest[- ]based|targeted|behaviou?ral|personali[sz]ed|tailored)\s+(?:advertis(?:ing|ements?)|ads)\b/i,
  ],
  // Scoped refusals (to children, after an opt-out) leave the practice in place for everyone else.
  unless: [/\b(?:children|child|minors?|under 1[3-8]|opt(?:ed)?[- ]?out|if you)\b/i],
  examples: {
    yes: [],
    no: [
      'We do not use your information for targeted advertising.',
      'This site does not display interest-based ads.',
    ],
    noMatch: ['We do not show targeted ads to our children users.'],
  },
});
