import { defineAnswerRule } from '../../../engine/rule';

// Collection told other ways than "we collect X": tools used to collect it ("we and our partners use
// cookies to collect information about you") and data a person must give ("sign-up requires you to provide
// your email address"). Any negation leaves the sentence alone: "we do not use cookies to collect
// information about you" denies one way of collecting, not collection (collects-none reads outright denials).
export default defineAnswerRule({
  id: 'gathers-about-you',
  question: 'collects-personal-data',
  says: 'yes',
  negatable: false,
  assertedOnly: true,
  patterns: [
    {
      re: /\b(?:we|us)\b(?: and (?:our|certain|some|third[- ]party) [\w-]+)?\s+(?:may\s+|also\s+)*use\b[^.;]{0,80}\bto (?:collect|gather|record|obtain)\b[^.;]{0,40}\b(?:personal (?:information|data)|information about you|your (?:personal )?(?:information|data|activity))\b/i,
      reason: 'tools-to-collect',
    },
    {
      re: /\b(?:requires?|required|asks?|need|needs) (?:you|users?|members?|customers?|a (?:user|member|customer)) to (?:provide|give|submit|enter|share)\b[^.;]{0,40}\b(?:(?:your|his or her|their) (?:own )?(?:[\w-]+ )?(?:name|e-?mail|address|phone|number|date of birth|information)|an? (?:e-?mail|phone|mobile|postal) (?:address|number))\b/i,
      reason: 'required-to-provide',
    },
  ],
  unless: [/\b(?:not|never|no|n't|cannot)\b/i],
  examples: {
    yes: [
      'We and our partners use cookies and similar tools on our site to collect information about you.',
      'Signing up for alerts requires a member to provide his or her mobile phone number.',
    ],
    no: [],
    noMatch: [
      'We do not use cookies to collect information about you.',
      'If you ask us to, we use your email to send you news.',
      'You never need to provide your name to browse the site.',
    ],
  },
});
