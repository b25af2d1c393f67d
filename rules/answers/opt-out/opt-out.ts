import { defineAnswerRule } from '../../../engine/rule';

// Opting out, unsubscribing, withdrawing consent, refusing cookies.
export default defineAnswerRule({
  id: 'opt-out',
  question: 'opt-out',
  says: 'yes',
  // "You cannot opt out" is read by cannot-opt-out, which knows service notices from marketing; here a
  // negation is usually of something else ("never shares without giving you a chance to opt out").
  negatable: false,
  patterns: [
    // One pattern cut in two at its opening list, under the size cap: the same reason joins the parts, and
    // the leftmost match among them wins, as in the single pattern (matchRule in engine/rule.ts).
    {
      re: /\b(?:opt[- ]?out|unsubscribe|withdraw (?:your |their )?consent|choose not to (?:receive|participate|provide|allow)|stop receiving|remove (?:yourself|your name|your e-?mail) from|decline (?:to receive|cookies)|refuse (?:cookies|to accept)|disable cookies|block cookies|manage your (?:preferences|communications)|adjust your (?:browser|preferences))\b/i,
      reason: 'opt-out',
    },
    {
      re: /\b(?:update your (?:communication|e-?mail|marketing) preferences|uncheck (?:the|that) box|cancel (?:your |those |these )?subscriptions?|if you (?:do not|don't|no longer) (?:want|wish|like) to (?:receive|get|have)|request no (?:future|further) (?:notices|mailings|e-?mails|messages|communications))\b/i,
      reason: 'opt-out',
    },
    // The GDPR's right to object is a way out of a use of the data: "Right to object to the processing".
    {
      re: /\b(?:right to object|object to (?:our |the |any )?(?:\w+ )?processing)\b/i,
      reason: 'right-to-object',
    },
  ],
  // Service and security notices are part of the service: that they cannot be refused says nothing about
  // opting out of marketing or of a use of data.
  unless: [
    /\b(?:essential|service (?:announcements|e-?mails|messages|notices)|transactional|administrative|account[- ]related|security (?:issues|notices|alerts))\b/i,
  ],
  examples: {
    yes: [
      'We will provide you with an e-mail address by which you may request no future notices.',
      'You may opt out of receiving promotional emails at any time.',
      'We never share your information without giving you an opportunity to opt out.',
      'Click the unsubscribe link at the bottom of any newsletter.',
      'Right to object to the processing',
      'You may object to our processing of your information in some circumstances.',
    ],
    no: [],
    noMatch: [
      'We send newsletters to subscribers.',
      'You will not be able to unsubscribe from these mailings, as they are an essential part of the service.',
    ],
  },
});
