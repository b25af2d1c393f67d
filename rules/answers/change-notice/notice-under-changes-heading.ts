import { defineAnswerRule } from '../../../engine/rule';
import { NOT_ABOUT_THE_POLICY } from '../../lexicon/disclaimers';

// Under a heading about changes to the policy, a sentence that offers the person a notice of its own ("we
// may provide you with additional notice, such as an in-app notification") speaks of policy changes even
// when it does not repeat the word.
export default defineAnswerRule({
  id: 'notice-under-changes-heading',
  question: 'change-notice',
  says: 'yes',
  underHeading: [/\b(?:changes?|updates?|amendments?|revisions?|modifications?)\b/i],
  patterns: [
    {
      re: /\b(?:notify|inform|alert|e-?mail|message)\s+(?:you|users)\b|\b(?:provide|give|send|display|show)\s+(?:you|users)\s+(?:with\s+)?(?:\w+\s+){0,2}(?:notice|notification|message|e-?mail)s?\b|\b(?:let you know|in[- ](?:app|product) (?:notice|notification|message)s?|(?:banner|pop-?up) (?:notice|message))\b/i,
      reason: 'notify-under-changes-heading',
    },
  ],
  // Notice by posting the policy or a new date is none (posted-on-this-page reads those).
  unless: [
    NOT_ABOUT_THE_POLICY,
    /["“]updated["”]|\bdate of (?:the )?last update\b/i,
    /\bby (?:posting|publishing|revising|updating|changing) (?:the |a |an |its )?(?:modified|revised|updated|new|amended|changed|["“]?(?:last updated|effective)["”]?)? ?(?:version|policy|privacy policy|statement|date)\b/i,
  ],
  examples: {
    yes: [
      'Changes to this Privacy Policy || Other times, we may provide you with additional notice (such as an in-app notification).',
      'Updates to this notice || We will let you know before the new terms apply.',
    ],
    no: ['Changes to this policy || We will not notify you of changes.'],
    noMatch: [
      'Changes || "Updated" is used to alert users to recent changes and to the date of the last update.',
      'How we use your information || We may send you a notification if we detect suspicious activity.',
      "Changes to this policy || Sometimes, we'll let you know by revising the date at the top of the policy.",
    ],
  },
});
