import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, HONOUR_VERBS, PREFERENCE_SIGNALS, pattern } from '../../lexicon';
import { BROWSERS_OFFER_SIGNALS } from '../../lexicon/disclaimers';

// Global Privacy Control and the state laws' "opt-out preference signals": honouring one is a yes
// (CONTRACT.md §2), as is acting on it ("if we detect a GPC signal, we will not share your data"); "we do
// not respond to GPC" is a no.
const SIGNAL = anyOf(PREFERENCE_SIGNALS);

export default defineAnswerRule({
  id: 'honours-preference-signals',
  question: 'do-not-track',
  says: 'yes',
  patterns: [
    {
      re: pattern(String.raw`\b${anyOf(HONOUR_VERBS)}\b[^.;]{0,80}\b${SIGNAL}\b`),
      reason: 'honour-signal',
    },
    {
      re: pattern(
        String.raw`\b${SIGNAL}\b[^.;]{0,60}\b(?:(?:is|are|will be) (?:honou?red|respected|recogni[sz]ed|processed|treated as)|as (?:a|an|your) (?:valid )?(?:request|opt[- ]out)|treat\w*\b[^.;]{0,60}\bas (?:having )?opted[- ]out)\b`,
      ),
      reason: 'signal-honoured',
    },
    // The person may send the signal, so it counts: "you may also use an opt-out preference signal",
    // "visiting our site with the Global Privacy Control enabled", "to exercise this right, turn on GPC".
    {
      re: pattern(
        String.raw`\byou (?:may|can) (?:also )?(?:use|send|enable|turn on)\b[^.;]{0,30}\b${SIGNAL}`,
      ),
      reason: 'you-may-send-signal',
    },
    {
      re: pattern(
        String.raw`\b(?:visit(?:s|ing)?|brows(?:e|es|ing)|access(?:es|ing)?|us(?:e|es|ing))\b[^.;]{0,40}\bwith\b[^.;]{0,80}\b${SIGNAL}\b[^.;]{0,40}\b(?:enabled|turned on|activated)\b`,
      ),
      reason: 'visit-with-signal-on',
    },
    {
      re: pattern(
        String.raw`\bto exercise (?:this|that|your|these) (?:rights?|choices?)\b[^.;]{0,120}\b(?:turn on|enable|use|send)\b[^.;]{0,40}\b${SIGNAL}`,
      ),
      reason: 'exercise-right-by-signal',
    },
    // Acting on a detected signal: "if we detect the GPC signal, we will not sell or share your data".
    {
      re: pattern(
        String.raw`\b(?:detects?|receives?)\b[^.;]{0,30}\b${SIGNAL}\b[^.;]{0,40}\b(?:will|we|it)\b`,
      ),
      reason: 'act-on-detected-signal',
    },
    // The signal offered as a way to opt out: "you may also opt out by enabling a tool that communicates
    // your opt-out preferences, such as the Global Privacy Control".
    {
      re: pattern(
        String.raw`\bopt(?:[- ]out)?\b[^.;]{0,40}\bby (?:enabling|using|turning on|setting|sending)\b[^.;]{0,120}\b${SIGNAL}\b`,
      ),
      reason: 'opt-out-by-signal',
    },
    // "We provide a frictionless opt out of sharing using a Global Privacy Control signal."
    {
      re: pattern(
        String.raw`\bopt[- ]?outs?\b[^.;]{0,60}\b(?:using|via|through|with)\s+(?:a |an |the |your )?${SIGNAL}\b`,
      ),
      reason: 'opt-out-via-signal',
    },
  ],
  // What the law asks of businesses, and pointers to how to turn a signal on, state no practice.
  unless: [
    /\bhow (?:we|it|they) (?:respond|responds|treat|handle|process|processes)\b|\bhow to (?:enable|turn on|set|use)\b/i,
    BROWSERS_OFFER_SIGNALS,
  ],
  examples: {
    yes: [
      'We honor Global Privacy Control signals as a request to opt out of the sale or sharing of your data.',
      'Opt-out preference signals are treated as a valid request to opt out for that browser.',
      'If the service detects the GPC signal from your browser, it will not share your data.',
      'You can also opt out by enabling a browser setting that sends your choice automatically, such as the Global Privacy Control.',
      'Where a browser has enabled such a signal in a place where opt-out preference signals are required, we treat it as having opted out of sales.',
      'You may also use a so-called "opt-out preference signal" that enables you to opt out of the sale of your data.',
      'If you are visiting our site with the Global Privacy Control enabled, advertising cookies are turned off automatically.',
      'To exercise this right, click the link in the footer or turn on a recognized opt-out preference signal in your browser.',
      'We offer a simple opt out of sharing through the Global Privacy Control.',
    ],
    no: ['We do not currently respond to Global Privacy Control signals.'],
    noMatch: [
      'For more on your cookie choices, including how we process opt-out preference signals, see the section below.',
      'Some browsers offer a Global Privacy Control setting; see your browser for how to enable it.',
      'Some browsers and browser extensions support the Global Privacy Control, which can send a signal to websites you visit.',
    ],
  },
});
