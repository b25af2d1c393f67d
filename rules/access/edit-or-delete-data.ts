import { defineRule } from '../../engine/rule';
import { anyOf, pattern, within } from '../lexicon';
import {
  ABLE,
  DATA_SUBJECTS,
  ERASE_VERBS,
  FIX_VERBS,
  OWN_DATA,
  RIGHT_PARTICIPLE,
  RIGHT_VERB,
} from '../lexicon/user-rights';

/** The person's own means of doing it: "by contacting us", "at any time", "through your account". */
const BY_THEIR_MEANS =
  '(?:by (?:you|contacting|calling|e-?mailing|writing|visiting|logging|signing|going|clicking|selecting|sending|using)|at any time|online|through|via)';

// The user sees, corrects or deletes their data or account: "you may review, update or delete your
// information". Each pattern is one way a policy states the right, composed from rules/lexicon/user-rights.
export default defineRule({
  id: 'edit-or-delete-data',
  category: 'access',
  patterns: [
    {
      re: pattern(
        `\\b${anyOf(DATA_SUBJECTS)}\\b${within(40)}\\b${ABLE}\\b${within(30)}\\b${RIGHT_VERB}\\b${within(80)}\\b${OWN_DATA}\\b`,
      ),
      reason: 'person-may-act-on-data',
    },
    {
      re: pattern(
        `\\b(?:ability|right|opportunity|option|way|how) to\\b${within(20)}\\b${RIGHT_VERB}\\b${within(80)}\\b${OWN_DATA}\\b`,
      ),
      reason: 'a-way-to-act-on-data',
    },
    // A purpose, then where to go: "To correct your details, visit the account page".
    {
      re: pattern(
        `\\bto ${RIGHT_VERB}\\b${within(40)}\\b${OWN_DATA}\\b${within(60)}\\b(?:visit|click|go to|log ?in|sign ?in|contact|e-?mail|write|call|please|you (?:can|may|should))\\b`,
      ),
      reason: 'to-act-go-here',
    },
    // The passive with the person's means: "your details can be corrected by contacting us".
    {
      re: pattern(
        `\\b${OWN_DATA}\\b${within(60)}\\b(?:can|may|will) (?:also |easily |then )?be ${RIGHT_PARTICIPLE}\\b${within(40)}\\b${BY_THEIR_MEANS}\\b`,
      ),
      reason: 'data-can-be-changed',
    },
    {
      re: pattern(`\\b(?:wish|want|would like|like|prefer|desire) (?:to|that we) ${RIGHT_VERB}\\b`),
      reason: 'wish-to-act',
    },
    // A heading-like imperative: "Update your details". "Access your account when you sign in" names a
    // feature more often than a right.
    { re: pattern(`^${anyOf(['review', ...FIX_VERBS, ...ERASE_VERBS])} your\\b`), reason: 'imperative' },
    {
      re: /\b(?:inaccura\w+|out[- ]of[- ]date|incorrect)\b(?:[^.;]|\.(?=[a-z])){0,60}\b(?:information|data)\b/i,
      reason: 'inaccurate-data',
    },
  ],
  unless: [
    // The service or others reaching data is not the user's access; cookie deletion is a cookie choice.
    /\b(?:we|third parties|they)\s+(?:may\s+)?(?:access|use|share|disclose|transfer)\b/i,
    /\bcookies?\b/i,
    // "We reserve the right to access", "who has access to your computer": someone else's access.
    /\b(?:reserve|reserves) the right to\b|\bwho (?:has|have) access\b|\baccess\w* (?:to )?(?:our|the|this) (?:site|sites|website|websites|web site|services?|goods)\b/i,
    // Posted-content removal for California minors is a regional clause in the gold.
    /\b(?:California|minors?)\b/i,
  ],
  examples: {
    match: [
      'You may review, update or delete your personal information at any time.',
      'Members can edit their profile information at any time.',
      'To correct your details, visit the My Account page.',
      'If you wish to review, update or correct it, please email your request to us.',
      'Subscribers may make changes to their delivery details whenever they like.',
      'Your contact details can be amended at any time by writing to our support team.',
    ],
    noMatch: [
      'We may access your information to respond to legal process.',
      'Your account may be terminated if you break these terms.',
    ],
  },
});
