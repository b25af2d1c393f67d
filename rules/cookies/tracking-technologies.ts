import { defineRule } from '../../engine/rule';
import { anyOf, pattern, TRACKERS } from '../lexicon';
import { OTHERS_PRACTICES_DISCLAIMER, POINTER_ELSEWHERE } from '../lexicon/disclaimers';

const NOT_A_NAME_ALONE = new Set(['cookies?', 'tags', 'similar technolog(?:y|ies)']);
const isTrackerName = (t: string) => !NOT_A_NAME_ALONE.has(t);

/** Names of tracking elements beyond the shared list: older and rarer ones, and the tracking of devices. */
const MORE_TRACKERS = [
  'single[- ]pixel gifs?',
  'tracking (?:tools?|pixels?|tags?|elements?|information)',
  'local (?:shared |device )?objects',
  'local device storage',
  'flash cookies',
  'html5',
  'software development kits?',
  'fingerprint(?:ing)?',
  'tags? and scripts',
  'web bugs?',
  'e-?tags?',
];

// Cookies and the other tracking elements: beacons, pixels, clear GIFs, local storage, SDKs. Naming an
// analytics or ad company alone ("we use Google Analytics") names a third party, not the mechanism: the
// third-party-tracking answer reads it, and OPP-115's annotators did not tag such sentences as cookies
// (0 of 10 on the dev set).
export default defineRule({
  id: 'tracking-technologies',
  category: 'cookies',
  patterns: [
    // Not inside a web address ("http://www.microsoft.com/info/cookies.htm").
    /(?<![/\w])cookies?\b(?!\.\w|\/)/i,
    // The shared tracker vocabulary (rules/lexicon), less cookies (the pattern above, which keeps web
    // addresses out), bare "tags" and "similar technologies" (alone they name no tracker: "our apps or
    // similar technologies", "analytics, AI or similar technologies" in modern-dev), with rarer names.
    pattern(`\\b(?:${anyOf(TRACKERS.filter(isTrackerName))}|${anyOf(MORE_TRACKERS)})\\b`),
  ],
  // Pointers to another section ("see Sections IV and V for more on cookies") and overviews ("this policy
  // tells you how we use cookies") say nothing about cookies themselves.
  unless: [
    POINTER_ELSEWHERE,
    // Scope disclaimers (engine/disclaimers.ts: "this policy does not cover the use of cookies by its
    // advertisers", "other websites … may or may not have their own privacy policies"), cookies as the vehicle of an opt-out ("if you clear your cookies, you will need
    // to repeat the opt-out"), and plain denials ("we do not use persistent cookies"): none is a practice
    // with tracking elements. On the dev set 9 of the 11 segments these alone put in cookies were not.
    ...OTHERS_PRACTICES_DISCLAIMER,
    /\b(?:clear|delete|erase|reject)\w* (?:your )?cookies\b[^.;]{0,100}\b(?:opt-?out|renew|repeat)\b|\bopt[- ]?out\b[^.;]{0,100}\b(?:clear|delete|erase|reject)\w* (?:your )?cookies\b/i,
    /\b(?:do|does|will) not (?:use|set|place) (?:any )?(?:persistent |session )?cookies\b/i,
    // What refusing cookies does to something else ("you may not be able to receive notices from us if your
    // cookies are disabled", "your access should not be affected if you do not accept cookies served by
    // third parties") is about that other thing; 2 of 2 dev segments that only it put in cookies were not.
    /\b(?:not be able to|should not be affected|will not be affected)\b[^.;]{0,60}\bif (?:you|your)\b[^.;]{0,40}\bcookies\b/i,
    // Cookies named only as the contrast ("we use mobile device IDs, instead of cookies, to recognize you",
    // "unlike cookies, device IDs cannot be deleted"): the practice is the other thing.
    /\b(?:instead of|unlike|rather than|as opposed to) cookies\b(?!.*\bcookies?\b)/i,
    // The Do Not Track signal is its own clause, whatever it says of cookies.
    /\bdo[- ]not[- ]track\b|\bnot wish your activities to be tracked\b/i,
    // A definition that names no one using the thing ("Cookies are small pieces of information…", "What
    // are cookies?") states no practice; OPP-115 tags the tracking element only inside a practice.
    /^(?!.*\b(?:we|us|our)\b)(?:\w+ )?(?:a |an |the )?["“']?(?:cookies?|web ?beacons?|pixel tags?|clear gifs?|flash cookies|local shared objects|tracking technologies)["”']?(?: \([^)]*\))?,? (?:is|are|means|refers?) |^what (?:is|are) (?:a )?(?:cookies?|web beacons?)\b/i,
  ],
  examples: {
    match: [
      'Unlike cookies used by us on our own pages, cookies received with banner ads are collected by the ad companies.',
      'Automatically collected information includes tracking information gathered as you use the site.',
      "Companies we work with may use cookies to make sure you don't see the same advertisement too many times.",
      'Companies we work with may use cookies for purposes including understanding usage patterns of users who see advertisements on the Sites.',
      'If you do not want Local Device Storage, your device may include an option that allows you to not accept it.',
      'We use cookies to remember your preferences.',
      'Our emails may contain web beacons.',
      'Google Analytics uses cookies to understand how the site is used.',
    ],
    noMatch: [
      'These other websites may send their own cookies to you and may or may not have their own published privacy policies.',
      'If you use an app, we use mobile device IDs, instead of cookies, to recognize you.',
      'You may not be able to receive notices from us if your cookies are not set to accept.',
      'For more on how we use cookies, see the "Cookies" section of this policy.',
      'Please understand that Barnes & Noble does not control these third party cookies.',
      'If you are using Internet Explorer, go to the Microsoft Web site at http://www.microsoft.com/info/cookies.htm',
      'Your browser may let you tell websites that you do not wish your activities to be tracked by cookies, commonly called Do Not Track.',
      'This privacy policy covers the use of cookies by GameStop and does not cover the use of cookies by any of its advertisers.',
      'If you delete your cookies or buy a new computer, you will need to renew your opt-out choice.',
      'We also do not use persistent cookies.',
      'Cookies are small pieces of information that may be served to you while visiting a Web site.',
      'What are Cookies?',
      'We collect your name and mailing address.',
      'We work with analytics companies such as Nielsen.',
    ],
  },
});
