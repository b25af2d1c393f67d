import { defineRule } from '../../engine/rule';
import { anyOf, PREFERENCE_SIGNALS, pattern } from '../lexicon';

// "Do Not Track" in any spelling, DNT, and the signals browsers send for it (Global Privacy Control).
export default defineRule({
  id: 'do-not-track-signals',
  category: 'dnt',
  patterns: [
    /\bDo[- ]Not[- ]Track\b/,
    /["“']do[- ]not[- ]track\b/i,
    /\bdo-not-track\b/i,
    /\bdo not track\b["”']?\s*(?:\(DNT\)\s*)?(?:signals?|settings?|features?|mechanisms?|requests?|headers?|preferences?|standards?|functionality|options?|compliance|disclosures?|protocols?|technolog)/i,
    /\bDNT\b/,
    // The other opt-out signals a browser sends (Global Privacy Control, "opt-out preference signals"),
    // from the vocabulary the do-not-track answer reads too.
    pattern(`\\b${anyOf(PREFERENCE_SIGNALS)}\\b`),
    /\b(?:browser|tracking)[- ](?:based )?(?:signals?|preference signals?)\b/i,
  ],
  examples: {
    match: [
      'We do not currently respond to "Do Not Track" signals from your browser.',
      'Some browsers send a DNT header to the websites you visit.',
      'Our sites honour the Global Privacy Control.',
      'We treat a GPC signal as a request to opt out of sale.',
      'Where the law requires it, we honour opt-out preference signals sent by your browser.',
    ],
    noMatch: ['We do not track your location without your permission.'],
  },
});
