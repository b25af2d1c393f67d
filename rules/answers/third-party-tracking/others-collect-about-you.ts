import { defineAnswerRule } from '../../../engine/rule';
import { OTHERS_PRACTICES_DISCLAIMER } from '../../lexicon/disclaimers';

// Third parties collecting data about the person on the service, named without the tracker they use:
// "third-party advertising partners may collect information about you when you interact with their ads".
// Sites the person leaves for (linked sites, their own websites) are not this service's pages.
export default defineAnswerRule({
  id: 'others-collect-about-you',
  question: 'third-party-tracking',
  says: 'yes',
  assertedOnly: true,
  patterns: [
    {
      re: /\b(?:third[- ]part(?:y|ies)(?: (?:advertising|analytics|ad))?(?: partners| companies| providers| networks)?|advertis(?:ers|ing (?:partners|networks|companies))|ad (?:partners|networks|companies)|analytics (?:providers|partners|companies))\b[^.;]{0,40}?\b(?:may |also |can |will )*(?:collect|collects|receive|receives|obtain|obtains|gather|gathers)\s+(?:\w+\s+){0,2}(?:information|data)\s+(?:about|from|on)\s+(?:you|your|users)\b/i,
      reason: 'others-collect',
    },
  ],
  unless: [
    ...OTHERS_PRACTICES_DISCLAIMER,
    /\b(?:their (?:own )?(?:web)?sites?|link(?:s|ed)? to|other (?:web)?sites|on (?:our|its) behalf|service providers?)\b/i,
  ],
  examples: {
    yes: [
      'Third-party advertising partners may collect information about you when you interact with their ads on our services.',
      'Analytics providers may also collect data about your use of the app.',
    ],
    no: ['We do not allow third parties to collect information about you on our site.'],
    noMatch: [
      'Third parties may collect information about you when you visit their own websites.',
      'Our service providers collect information about you on our behalf.',
    ],
  },
});
