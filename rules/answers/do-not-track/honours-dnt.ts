import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, DO_NOT_TRACK, HONOUR_VERBS, NAMES_NO_PREFERENCE_SIGNAL, pattern } from '../../lexicon';
import { BROWSERS_OFFER_SIGNALS } from '../../lexicon/disclaimers';

// Whether Do Not Track (or GPC) signals are honoured; "we do not respond to DNT signals" says no.
export default defineAnswerRule({
  id: 'honours-dnt',
  question: 'do-not-track',
  says: 'yes',
  // "If a website that responds to a DNT signal receives one…" explains the signal, not the practice.
  assertedOnly: true,
  patterns: [
    {
      re: /\b(?:honou?r|honou?rs|respond|responds|recogni[sz]e|recogni[sz]es|comply|complies|support|supports|process|processes|act on|alter|change|(?<!with )respects?|accepts?|accommodate|accommodates|observes?|take (?:any )?action)\b[^.;]{0,120}?\b(?:do[- ]not[- ]track|dnt|global privacy control|gpc)\b/i,
      reason: 'honour-dnt',
    },
    // "We stop running targeted advertising in response to browsers' Do Not Track signals."
    {
      re: pattern(String.raw`\bin response to\b[^.;]{0,40}\b${anyOf(DO_NOT_TRACK)}\b`),
      reason: 'in-response-to-dnt',
    },
    {
      re: /\b(?:do[- ]not[- ]track|dnt|global privacy control)\b[^.;]{0,80}\b(?:honou?red|respected|recogni[sz]ed|supported|no (?:effect|impact))\b/i,
      reason: 'dnt-honoured',
    },
    // The signals the sentence or the one before named: "Cloudflare responds to these signals by processing them as a
    // request to opt out". In a policy, "these signals" are the browser's privacy signals (a refusal is narrow unless it names GPC, as above).
    {
      re: pattern(
        String.raw`\b(?:${anyOf(HONOUR_VERBS)}|respond|(?:take (?:any )?action|act) in response)\s+(?:to\s+)?(?:these|those|such)\s+(?:opt[- ]out\s+|preference\s+|browser\s+)?signals\b`,
      ),
      reason: 'these-signals-honoured',
    },
  ],
  // Telling what the law asks ("…requires us to disclose how we respond to Do Not Track signals") answers nothing.
  // Nor does describing the signal: "some browsers support Global Privacy Control". (Its lack of a standard
  // is no such description: "as there is no common understanding of how to interpret DNT, we do not
  // respond to it" denies.)
  unless: [
    /\bhow (?:we|it|they|the site|our \w+) (?:respond|responds|treat|handle)\b/i,
    BROWSERS_OFFER_SIGNALS,
  ],
  // Not responding to Do Not Track leaves Global Privacy Control open: such a denial is narrow.
  narrowedBy: [NAMES_NO_PREFERENCE_SIGNAL],
  examples: {
    yes: [
      'We honor Do Not Track signals and do not track users who enable them.',
      'Our site responds to Global Privacy Control signals.',
      'We make a best-effort attempt to respect Do Not Track browser requests.',
      'We stop running targeted advertising in response to browser "do not track" signals.',
      'Our service responds to these signals by processing them as a request to opt out of sharing.',
      'We also support settings such as Limit Ad Tracking on phones, ad personalisation controls on tablets, as well as Do Not Track in browsers.',
      'The company honors "do not track" signals and does not track or use cookies when a "do not track" mechanism is in place.',
    ],
    no: [
      'We do not currently respond to Do Not Track signals.',
      'We currently do not take action in response to these signals.',
      'Our websites are currently unable to respond to Do Not Track signals.',
      'We currently take no action to respond to "do not track" signals.',
      'Our practices do not change in response to a DNT signal.',
      'As there is no common understanding of how to interpret the signal, we do not respond to DNT requests.',
      'Our systems are not currently configured to accept Do Not Track signals.',
      'At this time, our website cannot accommodate "Do Not Track" requests.',
      'We do not monitor or take action with respect to "Do Not Track" signals.',
      "As there is no common understanding of what the signal means, we don't respond to those signals.",
    ],
    noMatch: [
      'We will continue to monitor industry activity in this area and reassess our DNT practices as necessary.',
      'Do Not Track is a browser setting.',
      'With respect to Do Not Track signals, there is no industry standard yet.',
      'Some browsers and extensions support the Global Privacy Control, which signals your wish to opt out.',
    ],
  },
});
