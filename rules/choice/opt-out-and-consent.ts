import { defineRule } from '../../engine/rule';

// A choice the user has: opt out or in, unsubscribe, withdraw consent, "you may choose not to".
export default defineRule({
  id: 'opt-out-and-consent',
  category: 'choice',
  patterns: [
    /\bopt(?:s|ed|ing)?[- ]?(?:out|in)\b|\bopt-?outs?\b/i,
    /\bunsubscrib\w+|\bremove (?:yourself|(?:your|their) (?:name|e-?mail|contact information))\b(?:[^.;]|\.(?=[a-z])){0,30}\blists?\b/i,
    /\b(?:you|users?|visitors?)\s+(?:(?:always|still|also)\s+)?(?:may|can|could|(?:will )?have (?:the|an) (?:right|option|ability|choice|opportunity)|are free|get)\b(?:[^.;]|\.(?=[a-z])){0,20}\b(?:choose|elect|decline|refuse|withdraw|disable|deactivate|reject|turn off|stop)\b/i,
    // Control offered in other words: "the ability to disable location services", "you do not have to
    // permit cookies".
    /\bability to (?:disable|block|reject|refuse|turn off|control|manage|decline|limit)\b|\byou (?:do not|don't) have to (?:provide|permit|accept|allow|give|register|share)\b/i,
    /\bdecide whether\b|\bcancel (?:your|the|their|a) (?:\w+ ){0,2}subscriptions?\b|\bif you (?:wish|want|would like|prefer|choose|decide) to (?:disable|block|reject|refuse|delete|remove|opt|unsubscribe|stop|decline|limit)\b/i,
    /\b(?:withdraw|revoke)\w*\b(?:[^.;]|\.(?=[a-z])){0,30}\b(?:consent|authori[sz]ation|permission)\b/i,
    /\b(?:you|users) (?:can|may)\b(?:[^.;]|\.(?=[a-z])){0,30}\b(?:prevent|block|limit|control|manage)\b|\bcontrol over (?:who|what|how)\b/i,
    /\b(?:if you (?:do not|don't|no longer) (?:wish|want)|if you prefer (?:not|that we not))\b/i,
  ],
  // "You may choose to provide your resume" offers a feature, not control over data.
  unless: [
    /\bchoose to (?:provide|give|submit|enter|send|share|participate|apply|enroll|become|utilize|use|post|join|register|be contacted|receive)\b|\bchoose (?:a|an|your) (?:user ?(?:id|name)|password|username|screen ?name|nickname)\b/i,
    // A state law's opt-out scheme ("a business may comply by…", "under California's Shine the Light law")
    // is a regional clause in the gold, not a choice the service offers.
    /\b(?:California|Shine the Light|Civil Code|(?:a|such|certain) business(?:es)?)\b/i,
    // What becomes of an opt-out already made is not the offer of one: "even if you opt out, you may still
    // receive…", "we will implement your opt-out request within 10 days", "we may disclose your opt-out
    // information". On the dev set, 5 of the 6 segments these alone put in choice were not choice.
    // A sharing statement whose only choice is its condition ("we may share your information with
    // advertisers only when you have not opted out", "we will not use or transfer it … without providing
    // you with an opportunity to opt out") is a sharing clause; OPP-115 files it so.
    /^(?:[^.;,]{0,40}\b)?(?:we|[A-Z][\w.&'-]+(?: [A-Z][\w.&'-]+){0,2})\s+(?:(?:may|will|might|can|do|does|also)\s+)*(?:not\s+)?(?:share|disclose|sell|rent|transfer|use or transfer)\b[^.;]{0,150}\b(?:only (?:when|if)|unless|without (?:also )?(?:providing|giving|offering))\b[^.;]{0,60}\bopt/,
    /\beven if (?:you|the (?:registered )?user|users?)\b[^.;]{0,30}\b(?:opt|unsubscrib)|\b(?:implement|process|honou?r|disclose|share)\b[^.;]{0,20}\bopt-?out (?:requests?|information|status)\b|\bif you have opted out\b/i,
  ],
  examples: {
    match: [
      'Any SparkNotes.com customer can choose to remove their contact information from SparkNotes.com contact lists.',
      'You may deactivate JavaScript via your browser settings.',
      'If you choose to disable cookies, some aspects of the Sites may not work properly.',
      'You can opt out of receiving marketing emails at any time.',
      'Click the unsubscribe link at the bottom of any message.',
      'You may withdraw your consent to our use of your data at any time.',
      'You can prevent the use of tracking technologies by using the controls in your browser.',
      'You will have an opportunity to choose not to share the information.',
      'You always may choose not to provide information.',
      'You still have control over who sees your photos.',
      'Most mobile devices provide users with the ability to disable location services.',
      'You will have the opportunity to decide whether or not to disclose information to the Website.',
      'If you wish to disable cookies, refer to your browser help menu.',
    ],
    noMatch: [
      'We may share your personal information with advertisers only when you have not opted out of receiving communications from third parties.',
      'We collect your name when you register.',
      'You may also be asked to choose a user ID and password.',
      "Under California's Shine the Light law, a business may comply by letting customers opt out of such sharing.",
      'Even if you opt out of promotional email, you may continue to receive order confirmations.',
      'We will implement your opt-out request within 10 business days.',
    ],
  },
});
