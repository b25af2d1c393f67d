import { defineRule } from '../../engine/rule';
import { pattern, within } from '../lexicon';
import { ERASE_VERBS, OWN_DATA, RIGHT_NOUN, RIGHT_PARTICIPLE, RIGHT_VERB } from '../lexicon/user-rights';
import { verbForms } from '../lexicon/verb-forms';

// The user asks the service for their data or its removal: "you may request a copy", "ask that we delete".
export default defineRule({
  id: 'request-access-or-deletion',
  category: 'access',
  patterns: [
    // "ask for a copy of", "request deletion of", "ask that we correct".
    {
      re: pattern(`\\b(?:request|ask)\\b${within(30)}\\b(?:${RIGHT_NOUN}|that we ${RIGHT_VERB})\\b`),
      reason: 'request-a-right',
    },
    // "request access or corrections", "request that your account be deleted".
    {
      re: pattern(
        `\\brequest(?:ing)? (?:access|updates|changes|corrections)(?: or| and| to)\\b|\\brequest that (?:[\\w-]+ ){0,3}${OWN_DATA}\\b${within(20)}\\bbe ${RIGHT_PARTICIPLE}\\b`,
      ),
      reason: 'request-that-data-be-changed',
    },
    // The service acting when asked: "we will remove your information from our records on request". Not
    // "change" or "update", whose nouns are read too ("a list of changes is available on request").
    {
      re: pattern(
        `\\b(?:${[...ERASE_VERBS, 'correct', 'amend', 'rectify'].map(verbForms).join('|')})\\b${within(80)}\\b(?:on|upon) (?:your |written )?request\\b`,
      ),
      reason: 'done-on-request',
    },
    // The rights by their legal names: "the right to erasure", "data portability".
    {
      re: /\bright to (?:rectification|erasure|be forgotten|data portability)\b/i,
      reason: 'named-right',
    },
  ],
  unless: [
    // The service turning a request down or timing its answer describes handling, not the user's right;
    // a friend or e-mail recipient asking for removal from a list is a choice clause.
    /\b(?:deny|refuse|respond to) (?:your|a|such|the) request\b|\byour friend\b|\brecipients?\b/i,
    // Posted-content removal for California minors, parents' COPPA requests: regional and children clauses.
    /\b(?:California|minors?|parents? or (?:legal )?guardians?)\b/i,
  ],
  examples: {
    match: [
      'You can request a copy of the personal information we hold about you.',
      'You may ask that we delete your account data by writing to us.',
      'Residents of the region have the right to erasure and the right to data portability.',
    ],
    noMatch: [
      'Under certain limited circumstances we may deny your request to obtain a copy of your information.',
      'California minors may request the removal of content they posted.',
    ],
  },
});
