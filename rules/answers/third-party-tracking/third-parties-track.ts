import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, DENIED_TRACKERS, pattern, TRACKERS } from '../../lexicon';

// Ad networks and analytics firms setting cookies or beacons on the service's pages.
export default defineAnswerRule({
  id: 'third-parties-track',
  question: 'third-party-tracking',
  says: 'yes',
  // Sentences that deny something here mostly deny control ("we do not control their cookies"), which
  // confirms the tracking; an outright refusal is read by no-third-party-tracking.
  negatable: false,
  patterns: [
    {
      re: /\b(?:third[- ]part(?:y|ies)|(?:network )?advertisers?|ad(?:vertising)? (?:networks?|servers?|companies|partners)|analytics (?:providers?|companies|partners|services)|partners|vendors|other companies)\b[^.;]{0,100}\b(?:cookies?|web ?beacons?|pixels?|tags|clear gifs|tracking technolog(?:y|ies)|sdks?)\b/i,
      reason: 'third-parties-set-trackers',
    },
    {
      re: /\b(?:cookies?|web ?beacons?|pixels?|tracking technolog(?:y|ies))\b[^.;]{0,60}\b(?:placed|set|served|used|operated)\s+by\s+(?:third[- ]part|advertis|ad networks|our partners|other companies)/i,
      reason: 'trackers-set-by-others',
    },
    {
      re: /\b(?:google analytics|doubleclick|omniture|adobe analytics|comscore|quantcast|facebook pixel)\b/i,
      reason: 'named-analytics-service',
    },
    // The same told at more length: others let in "to set cookies", collecting "through cookies", or
    // collecting "for the purposes of conversion tracking".
    {
      re: /\b(?:third[- ]part(?:y|ies)|(?:network )?advertisers?|ad(?:vertising)? networks?|partners|vendors|other companies|these companies)\b[^.;]{0,200}\b(?:through|via|using|with|by means of|to (?:set|place|use|serve))\s+(?:the use of\s+)?(?:their own\s+)?(?:cookies|web ?beacons|pixels|tracking technologies)\b/i,
      reason: 'others-collect-through-trackers',
    },
    // Others let in: "we use and may allow others to use cookies and similar technologies".
    {
      re: pattern(
        String.raw`\b(?:allow|allows|permit|permits|let|lets|enable|enables)\s+(?:\w+\s+){0,3}(?:others|third[- ]parties|partners|advertisers|vendors|providers)\s+to\s+(?:use|place|set|serve|collect)\b[^.;]{0,60}\b${anyOf(TRACKERS)}\b`,
      ),
      reason: 'let-others-track',
    },
    {
      re: /\bthird[- ]part(?:y|ies)\b[^.;]{0,60}\bto collect\b[^.;]{0,120}\b(?:conversion|cross-site|behaviou?ral|interest-based) tracking\b/i,
      reason: 'third-party-conversion-tracking',
    },
  ],
  unless: [
    // The refusal is no-third-party-tracking's ("we do not use third-party analytics such as …").
    pattern(DENIED_TRACKERS),
    /\b(?:do not|don't|never|will not|does not)\s+(?:allow|permit|let|authori[sz]e)\s+(?:any\s+)?(?:third|other|advertis|ad networks|outside)/i,
    // How to set one's own browser ("you can configure your browser to refuse third-party cookies", a help
    // page's address) and what the words mean ("cookies set by other domains are called third-party
    // cookies") state no one's tracking.
    /^\W*(?:you (?:may|can|could) (?:also )?(?:configure|set|adjust|change|block|refuse|disable|reject)|select|click|go to|open)\b|https?:\/\/\S*third-party|\b(?:is|are) (?:called|known as|referred to as)\b/i,
    // The service's own pixel on its partners' sites ("advertisers enable us to collect information from
    // their website by integrating our pixel") is its tracking elsewhere, not others tracking on it.
    /\b(?:enable|enables|allow|allows|let|lets|permit|permits)\s+us\s+to\s+(?:collect|receive|obtain)\b|\b(?:collect|receive|obtain)\b[^.;]{0,80}\b(?:from|on|through) their (?:own )?(?:websites?|sites?|apps?|applications?|platforms?)\b/i,
  ],
  examples: {
    yes: [
      'We use and may allow others to use cookies and similar technologies to recognize your device.',
      'Third-party advertisers may place cookies on your browser.',
      'We use Google Analytics to measure traffic.',
      'A permitted network advertiser may use cookies, web beacons or similar technologies to collect information.',
      'Third parties may independently collect data about you, including your IP address and information about the websites you visit and the links you click, through cookies.',
      'We also work with third parties, such as Facebook and Twitter, to collect certain user data through our website for the purposes of conversion tracking.',
    ],
    no: [],
    noMatch: [
      'We use cookies to remember your preferences.',
      'We do not allow other companies to place clear gifs on our sites.',
      'We do not use any third party tracking or analytics services (for example Google Analytics).',
      'Some advertisers let us collect similar information from their own apps by integrating our pixel.',
      'You can configure your browser settings and, for example, refuse the acceptance of third party cookies.',
      'Cookies set by owners of other domains are called third-party cookies.',
    ],
  },
});
