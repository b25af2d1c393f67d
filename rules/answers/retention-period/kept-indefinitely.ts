import { defineAnswerRule } from '../../../engine/rule';
import { NOT_PERSONAL_DATA } from '../../lexicon';

// "We may retain your information indefinitely": no limit on keeping data.
export default defineAnswerRule({
  id: 'kept-indefinitely',
  question: 'retention-period',
  says: 'no',
  // "If we permanently store the data in your profile, we will give you tools to manage it" states no practice.
  assertedOnly: true,
  patterns: [
    {
      re: /\b(?:retain\w*|keep|keeps|kept|stor(?:e|es|ed)|maintain\w*|hold|holds|held|archiv\w*)\b[^.;]{0,60}\b(?:indefinitely|permanently|forever|for an (?:indefinite|unlimited) (?:period|time))\b/i,
      reason: 'kept-indefinitely',
    },
    {
      re: /\b(?:indefinitely|permanently|forever)\s+(?:retain\w*|keep|kept|stor(?:e|ed)|maintain\w*|archiv\w*)\b/i,
      reason: 'indefinitely-kept',
    },
  ],
  // Cookie lifetimes are not how long personal data is kept.
  unless: [
    /\bcookies?\b/i,
    // Anonymous or aggregate data kept is no personal data kept.
    NOT_PERSONAL_DATA,
    // What the person chooses to keep ("you can choose retention periods, including keeping it
    // indefinitely"), and a duty disclaimed ("we are under no obligation to store it indefinitely"), are no
    // retention of the company's.
    /\byou (?:can |may )?(?:choose|chose|decide|elect)\b|\bability to (?:choose|decide|select)\b|\b(?:no|not under any) obligation\b|\bnot (?:obligated|required)\b/i,
    /\b(?:permanently (?:and \w+ )?(?:delete|remove|erase|de-?identif|anonymi)|remove[ds]? permanently|delete[ds]? permanently)/i,
  ],
  examples: {
    yes: ['We do not keep your information indefinitely.'],
    no: ['We may retain your information indefinitely.', 'Posted comments are stored permanently.'],
    noMatch: [
      'Non-personally identifiable information may be retained indefinitely for analytics.',
      'If we permanently store the imported data in your profile, we will give you tools to edit it.',
      'Anonymised data may be retained indefinitely.',
      'We will permanently delete your account on request.',
      'Once we no longer need to retain it, your data will be permanently and securely deleted.',
      'You can permanently opt out of the cookie.',
      'You have the ability to choose retention periods, including to retain recordings indefinitely.',
      'We are under no obligation to store such information indefinitely.',
      'Such cause of action is permanently barred.',
      'We use session cookies, which are not permanently stored on your hard drive.',
    ],
  },
});
