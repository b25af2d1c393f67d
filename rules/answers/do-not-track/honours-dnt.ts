import { defineAnswerRule } from '../../../engine/rule';
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
      re: /\b(?:honou?r|honou?rs|respond|responds|recogni[sz]e|recogni[sz]es|comply|complies|support|supports|process|processes|act on|alter|change)\b[^.;]{0,80}\b(?:do[- ]not[- ]track|dnt|global privacy control|gpc)\b/i,
      reason: 'honour-dnt',
    },
    {
      re: /\b(?:do[- ]not[- ]track|dnt|global privacy control)\b[^.;]{0,80}\b(?:honou?red|respected|recogni[sz]ed|supported|no (?:effect|impact))\b/i,
      reason: 'dnt-honoured',
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
  // Not responding to Do Not Track leaves Global Privacy Control open: such a denial is narrow, a no only
  // when the policy says nothing of GPC (CONTRACT.md §2: "honours neither").
  narrowedBy: [
    /^(?![\s\S]*\b(?:global privacy control|gpc|preference signals?)\b)[\s\S]*\b(?:do[- ]not[- ]track|dnt)\b/i,
  ],
  examples: {
    yes: [
      'We honor Do Not Track signals and do not track users who enable them.',
      'Our site responds to Global Privacy Control signals.',
    ],
    no: [
      'We do not currently respond to Do Not Track signals.',
      'Our websites are currently unable to respond to Do Not Track signals.',
      'We currently take no action to respond to "do not track" signals.',
      'Our practices do not change in response to a DNT signal.',
      'As there is no common understanding of how to interpret the signal, we do not respond to DNT requests.',
    ],
    noMatch: [
      'Do Not Track is a browser setting.',
      'Some browsers and extensions support the Global Privacy Control, which signals your wish to opt out.',
    ],
  },
});
