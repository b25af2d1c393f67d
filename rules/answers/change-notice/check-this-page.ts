import { defineAnswerRule } from '../../../engine/rule';

// "Check this page for changes", "changes take effect when posted": the burden is on the reader.
export default defineAnswerRule({
  id: 'check-this-page',
  question: 'change-notice',
  says: 'no',
  negatable: false,
  weak: true,
  patterns: [
    {
      re: /\b(?:check|review|visit|consult|revisit)(?:ing)?\b[^.;]{0,40}\b(?:this (?:page|policy|privacy policy|statement|notice|privacy notice)|it|the (?:policy|notice)|back)\b[^.;]{0,30}\b(?:periodically|regularly|frequently|often|occasionally|now and then|from time to time|for (?:any )?(?:changes|updates))\b|\b(?:periodically|regularly|frequently|occasionally)\s+(?:check|review|visit|consult|revisit)(?:ing)?\s+(?:this|the)\s+(?:page|policy|privacy policy|statement|notice)\b/i,
      reason: 'check-the-page',
    },
    {
      re: /\b(?:effective|take effect|in effect)\b[^.;]{0,30}\b(?:immediately|upon|when|as soon as)\b[^.;]{0,20}\bpost/i,
      reason: 'effective-on-posting',
    },
    // The policy itself changed without notice: not "may change or discontinue its text alert programs
    // without notice".
    {
      re: /\b(?:chang|modif|amend|revis|updat)\w*\s+(?:\w+\s+){0,6}?(?:policy|policies|statement|terms|it)\b[^.;]{0,60}\bwithout (?:prior |further |advance )?notice\b|\bmake (?:such |any |these |those )?changes\b[^.;]{0,40}\bwithout (?:prior |further |advance )?notice\b|\b(?:policy|statement|terms)\b[^.;]{0,40}\b(?:chang|modif|amend|revis|updat)\w*\b[^.;]{0,60}\bwithout (?:prior |further |advance )?notice\b/i,
      reason: 'change-without-notice',
    },
    {
      re: /\bcontinued use\b[^.;]{0,120}\b(?:acceptance|accept|agree|consent)/i,
      reason: 'continued-use-accepts',
    },
  ],
  examples: {
    yes: [],
    no: [
      'We recommend reviewing the notice regularly to stay informed of any updates.',
      'The company recommends that you visit this privacy notice occasionally to stay informed.',
      'Please check this page periodically for changes.',
      'You should check this page occasionally to make sure you are happy with any changes.',
      'We may update this notice from time to time, and we recommend regularly visiting this page.',
      'Changes take effect immediately upon posting.',
      'We may modify this Privacy Policy at any time without prior notice.',
      'This policy may be amended from time to time without notice.',
      'We may, as permitted by law, make such changes without prior notice.',
    ],
    noMatch: [
      'We will email you before changes take effect.',
      'We may disclose information without notice as needed to satisfy any law.',
      'We may change or discontinue any of our text alert programs without notice.',
    ],
  },
});
