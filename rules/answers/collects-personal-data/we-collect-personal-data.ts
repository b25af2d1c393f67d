import { defineAnswerRule } from '../../../engine/rule';

// "We collect your name…", "we may ask for your email address": the service gathers personal data.
export default defineAnswerRule({
  id: 'we-collect-personal-data',
  question: 'collects-personal-data',
  says: 'yes',
  // Denials here are nearly always scoped ("we do not store personal information in cookies"); an
  // outright "we collect none" is read by collects-none.
  negatable: false,
  patterns: [
    {
      re: /(?<!\b(?:information|data|details|that|which|what|how|why)\s)\b(?:we|us)\s+(?:(?:may|might|will|also|automatically|only|generally|can|could|do|does|never|not|n't|no longer|routinely|typically)\s+){0,3}(?:collect|collects|gather|receive|obtain|ask (?:you )?for|request|record|store|keep)\b[^.;]{0,80}\b(?:(?<!non-?)personal(?:ly identifiable)? (?:information|data)|information about you|your (?:name|e-?mail|address|phone|information|data)|ip address(?:es)?|contact information)\b/i,
      reason: 'we-collect',
    },
  ],
  examples: {
    yes: [
      'We collect personal information such as your name and email address.',
      'When you register, we may ask for your email address.',
    ],
    no: [],
    noMatch: [
      'You can browse the site anonymously.',
      'We will never sell the personal information we collect from you.',
      'We collect non-personal information such as browser type.',
    ],
  },
});
