import { defineAnswerRule } from '../../../engine/rule';

// "We only share your data with service providers acting on our behalf": no sharing for others' purposes.
export default defineAnswerRule({
  id: 'only-service-providers',
  question: 'shares-with-third-parties',
  says: 'no',
  negatable: false,
  weak: true,
  // Limiting who inside may see data ("we limit access to PII to employees and contractors who need it")
  // is a security measure, not a statement about sharing.
  unless: [/\blimit\w* access\b/i],
  patterns: [
    {
      re: /\b(?:only|solely|except)\b[^.;]{0,60}\b(?:service providers?|vendors|contractors|agents)\b[^.;]{0,80}\b(?:on our behalf|for us|to (?:help|assist) us|perform)\b/i,
      reason: 'only-service-providers',
    },
    {
      re: /\b(?:service providers?|vendors|contractors)\b[^.;]{0,80}\b(?:not (?:permitted|allowed|authori[sz]ed)|prohibited|may not|are required to keep)\b[^.;]{0,60}\b(?:use|disclose|share)\b/i,
      reason: 'providers-bound',
    },
  ],
  examples: {
    yes: [],
    no: [
      'We share information only with service providers who perform services on our behalf.',
      'These service providers are not permitted to use your information for any other purpose.',
    ],
    noMatch: [
      'Our policies limit access to personal data to only those employees and contractors that need it to perform their jobs.',
      'We may share your information with advertisers.',
    ],
  },
});
