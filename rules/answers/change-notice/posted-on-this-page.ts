import { defineAnswerRule } from '../../../engine/rule';

// Changes announced only on the policy page itself (a new date, an "Updated" label): the reader has to
// come back and look, which is no notice.
export default defineAnswerRule({
  id: 'posted-on-this-page',
  question: 'change-notice',
  says: 'no',
  negatable: false,
  weak: true,
  patterns: [
    {
      re: /\b(?:post(?:ing|ed)?|publish(?:ing|ed)?|updat(?:e|ing)|revis(?:e|ing)|chang(?:e|ing))\b[^.;]{0,60}\b(?:on this (?:page|site|web ?site)|["“]?(?:effective|last updated|revision)["”]? date|date of (?:the )?last update|"updated")/i,
      reason: 'posted-on-this-page',
    },
    // "Any changes will be immediately posted on the Website."
    {
      re: /\b(?:post|posts|posted|publish|publishes|published)\b[^.;]{0,60}\bon (?:the|our) (?:web ?site|site|page)\b/i,
      reason: 'posted-on-the-site',
    },
    { re: /"updated"[^.;]{0,40}\b(?:alert|notify|inform|indicate)/i, reason: 'updated-date-alerts' },
    // "When making changes to this statement, we will add a new date at the top of it."
    {
      re: /\b(?:add|put|show|display|place|note|indicate)\s+(?:a |the )?(?:new|revised|updated|changed|latest) (?:date|version number)\b/i,
      reason: 'new-date-shown',
    },
    // "We will notify you of changes by posting the modified version on our website."
    {
      re: /\bby (?:posting|publishing|placing|uploading) (?:the |a |an )?(?:modified|revised|updated|new|amended|changed) (?:version|policy|privacy policy|statement|notice)\b/i,
      reason: 'notice-by-posting',
    },
    // Posting to the policy itself: "we will post those changes to this privacy policy", "post these changes here".
    {
      re: /\bpost(?:ed|ing)?\b[^.;]{0,40}\b(?:to|on|in) this (?:privacy )?(?:policy|statement|notice|page)\b|\bpost(?:ing)? (?:these|those|the|any|such) changes here\b/i,
      reason: 'posted-to-the-policy',
    },
  ],
  // "Except where we post or refer to this Privacy Policy, it does not apply to…" is about where the policy
  // applies, not about its changes.
  about: [/\b(?:chang|updat|revis|modif|amend|effective|new version)/i],
  examples: {
    yes: [],
    no: [
      'We will post any changes on this page and update the effective date.',
      '"Updated" is used to alert users to recent changes and to the date of the last update.',
      'If we decide to change our privacy policy, we will post those changes to this privacy policy.',
      'We will notify you of changes by posting the modified version on our website.',
      'When making changes to this statement, we will add a new date at the top of it.',
      'We may revise this policy from time to time by posting the changes here.',
      'We may change this policy; the new version will apply from the time we publish it on this page.',
      'Any changes will be immediately posted on the website.',
      'If we make any changes to this policy, we will change the “Last Updated” date below.',
      'We reserve the right to modify this notice at any time by posting the revised notice on our website.',
    ],
    noMatch: [
      'We will email you before material changes take effect.',
      'Except where we post, link to or refer to this Privacy Policy, this Privacy Policy does not apply to other services.',
    ],
  },
});
