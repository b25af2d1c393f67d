import { defineRule } from '../../engine/rule';
import { pattern } from '../lexicon';
import { CHANGE_VERB, CHANGE_WORD, THIS_POLICY } from '../lexicon/policy-change';

// The policy itself changes: "we may update this Privacy Policy", "changes to this policy will be posted".
export default defineRule({
  id: 'policy-may-change',
  category: 'changes',
  patterns: [
    { re: pattern(`\\b${CHANGE_WORD}\\b[^.;]{0,60}\\b${THIS_POLICY}\\b`), reason: 'changes-to-this-policy' },
    /\b(?:this|our|the)\s+(?:online\s+|website\s+)?(?:privacy\s+)?(?:policy|statement|notice)\b[^.;]{0,50}\b(?:may|might|will|can|could|is subject to|was|were|has been|last)\b[^.;]{0,30}\b(?:change|changes|changed|modif\w*|amend\w*|revis\w*|updat\w*)/i,
    /\b(?:revised|updated|amended|modified|new) (?:version of (?:this|the|our) )?(?:privacy )?(?:policy|statement|notice)\b/i,
    /\b(?:material|significant|substantial|important) (?:change|changes|modifications?|revisions?)\b/i,
    /\b(?:check|review|visit|consult) (?:(?:this (?:page|policy|statement)|it|back|the policy) )?(?:periodically|regularly|frequently|often|from time to time)\b/i,
    /\b(?:changes|amendments|modifications|revisions)\b[^.;]{0,40}\b(?:become|becomes|be|are|go into|take) (?:effective|posted|effect)\b/i,
    pattern(`\\bmay ${CHANGE_VERB} (?:it|them) (?:at any time|from time to time)\\b`),
    pattern(`\\breserves? the right to ${CHANGE_VERB}\\b`),
    /\bcontinued use\b[^.;]{0,80}\b(?:changes?|modifications?|revisions?|revised|updated|amended)\b/i,
  ],
  // In a merger clause "as it may be amended" is about the buyer, not about the policy changing.
  unless: [
    /\b(?:merger|merged|acquisition|acquiring|bankruptcy|sale of (?:assets|all|substantially))\b/i,
    // A dated stamp ("last updated on July 10, 2014") says when, not that or how the policy changes.
    /\b(?:updated|modified|revised|amended|effective)\b,? (?:on|as of)(?: or about)? (?:\w+ \d|\d)/i,
    // Messages about policy changes named among the uses of an e-mail address are a collection clause.
    /\b(?:communicate with you|administrative messages|to contact (?:a|the) (?:registered )?user|contact a registered user)\b[^.;]{0,80}\bchanges\b/i,
  ],
  examples: {
    match: [
      'We may update this Privacy Policy from time to time.',
      'Any changes to this policy will be posted on this page.',
      'If we make material changes, we will notify you by email.',
      'Please check this page periodically for updates.',
    ],
    noMatch: [
      'In a merger, we will require the buyer to follow this policy, as it may be amended from time to time.',
      'You can change your password in your account settings.',
      'This privacy policy was last updated on July 10, 2014.',
      'We use your e-mail address to communicate with you about changes to our policies.',
    ],
  },
});
