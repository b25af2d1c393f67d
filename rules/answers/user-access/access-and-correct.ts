import { defineAnswerRule } from '../../../engine/rule';
import { pattern } from '../../lexicon';
import { RIGHTS_LIST_TO } from '../../lexicon/user-rights';

// The user can see, update or correct their data or account.
export default defineAnswerRule({
  id: 'access-and-correct',
  question: 'user-access',
  says: 'yes',
  // Negations here are about other things ("you may not let anyone else access your account"); a
  // stated absence of access is read by no-access.
  negatable: false,
  patterns: [
    {
      re: /\b(?:you|users?|members?|customers?|visitors?|parents?|individuals?)\b[^.;]{0,50}\b(?:access|review|update|correct|edit|change|modify|view|amend|rectify|see|download|export)\b[^.;]{0,40}\b(?:your|their|the|any|such|all|certain|other)\s+(?:personal(?:ly[- ]identif(?:iable|ying))?\s+)?(?:information|data|account|profile|details|registration|preferences)\b/i,
      reason: 'you-access-or-correct',
    },
    { re: /\b(?:right|rights|request)\s+(?:to|of)\s+(?:access|correct|rectif)/i, reason: 'right-of-access' },
    // Access or correction among the rights a list names: "the right to require access, correction or
    // deletion", "rights under applicable laws to access, delete, correct…".
    {
      re: pattern(
        String.raw`${RIGHTS_LIST_TO}(?:access|correct(?:ion)?|rectif(?:y|ication)|update|obtain a copy|a copy)\b`,
      ),
      reason: 'access-among-rights',
    },
    // The person asks for it: "you can request the correction of your data", a list item "Request access to
    // your personal data".
    {
      re: /(?:^|\byou\b[^.;]{0,40}\b)(?:request|ask for|obtain)\s+(?:the\s+)?(?:access to|corrections?|rectification|a copy of|disclosure(?:\s+(?:and\/or|and|or)\s+\w+)?\s+of\s+(?:any |the |all |your )?(?:personal )?(?:information|data)\b)/i,
      reason: 'you-request-access',
    },
    // The account named by the service's name: "you can edit your Yahoo Account Information".
    {
      re: /\b(?:[Yy]ou|[Uu]sers?|[Mm]embers?)\b[^.;]{0,50}\b(?:access|review|update|correct|edit|change|modify|view)\s+your [A-Z][\w&'-]* (?:[Aa]ccount|[Pp]rofile)\b/,
      reason: 'edit-named-account',
    },
  ],
  unless: [/\b(?:we|us)\s+(?:may\s+)?(?:access|review|update|change|modify)\b/i, /\bthird[- ]part/i],
  examples: {
    yes: [
      'You can access and update your personal information at any time by logging in.',
      'You have the right to access the data we hold about you.',
      'You may access, update or delete your personally-identifiable information in the My Account area.',
      'You can edit your Yahoo Account Information, including your marketing preferences, at any time.',
      'Upon request, you may review all information that we maintain in your record.',
      'You have the right to require access, correction or deletion of the personal data we process.',
      'These rights may include the right to request access, deletion, and/or correction of personal data.',
      'You may have additional rights under applicable laws to access, delete, or correct certain personal information.',
      'You can request the correction, deletion and restriction of the processing of your data.',
      'Request access to your personal data (a subject access request).',
      'You may download a copy of your personal data on the privacy settings page.',
      'You may request disclosure and/or deletion of any information we have collected about you.',
    ],
    no: [],
    noMatch: [
      'We may update this policy from time to time.',
      'Authorities may request access to data we hold.',
      'Please e-mail us the URL of the material you tried to access, the problem you experienced, and your contact information.',
    ],
  },
});
