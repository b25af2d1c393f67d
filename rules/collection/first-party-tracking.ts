import { defineRule } from '../../engine/rule';
import { COMPANY_NAME } from '../lexicon/company-name';

// The service itself using cookies, beacons or logs: "we use cookies to…", "our website uses cookies".
// Case-sensitive for the company's name, so the nouns carry their own capitals.

// "We", "our website", "the site", the company by name, or either together with others ("We and third
// parties that provide content… may use cookies", "JibJab and third-party vendors use…").
const FIRST_PARTY = `(?:[Ww]e|[Oo]ur (?:web ?sites?|sites?|services?|servers?|(?:[Ww]eb )?pages|apps?|online services|(?:customer satisfaction )?surveys?|e-?mails?|newsletters?|applications?|mobile apps?)|[Tt]he (?:site|website|service)|${COMPANY_NAME}(?: [A-Z][\\w&'-]*)?(?:\\.org)?)`;
const SUBJECT = `(?:${FIRST_PARTY}(?:,? (?:and|or|and\\/or|along with|as well as|together with) (?:our|certain|other|third)[\\w ,-]{0,80}?,?)?)`;
const VERB =
  '(?:use|uses|set|sets|place|places|employ|employs|access|accesses|deploy|deploys|utili[sz]es?|make use of|contain|contains)(?:\\s+and\\s+(?:use|set|access|read|place|permit)|\\s+use)?';
const OBJECT = `["']?(?:(?:a|an|temporary|session|persistent|first[- ]party|third[- ]party|both|and|small|certain|various|its own|our own|the|its|our|so-called|similar|other|these|technologies called|[A-Z][\\w&'-]*)\\s+)*["']?(?:electronic images known as )?(?:[Cc]ookies?|(?:[Ww]eb ?)?[Bb]eacons|[Pp]ixels?|[Pp]ixel [Tt]ags|[Cc]lear (?:gifs|GIFs)|[Tt]racking [Tt]echnologies|[Ll]ocal (?:[Dd]evice )?[Ss]torage(?: [Oo]bjects)?|[Ll]ocal [Ss]hared [Oo]bjects|LSOs|[Ll]og [Ff]iles|[Ff]lash [Cc]ookies|[Dd]evice [Ii]dentifiers|mobile device ids)`;

export default defineRule({
  id: 'first-party-tracking',
  category: 'collection',
  patterns: [
    new RegExp(
      `\\b${SUBJECT}(?:\\s+(?:also|may|will|automatically|might|can|generally))*\\s+${VERB}\\s+${OBJECT}\\b`,
    ),
    /\b(?:cookies?|web ?beacons?|pixel tags?|clear gifs?)\b[^.;]{0,60}\bthat we (?:transfer|place|set|send|store|use|serve)\b/i,
    /\b(?:cookies?|web ?beacons?|pixel tags?|clear gifs?|local storage|log files?)\b(?:(?!\b(?:third|advertis|partners?|other compan)\w*)[^.;]){0,40}\b(?:is|are|may be|will be|can be|get|gets)\s+(?:\w+ly\s+)?(?:placed|set|stored|used|sent|transferred|saved|written|downloaded|read)\b(?![^.;]{0,40}\bby (?:the |our |other |such |these |certain )?(?:third|advertis|partners?|ad networks?|other)\b)/i,
    // What the tracking does for the service: "cookies enable us to remember you", "our use of web beacons".
    /\b(?:cookies?|web ?beacons?|pixels?|pixel tags?|clear gifs?|single-pixel gifs?|tracking technologies|these technologies|local storage|flash cookies|LSOs?)\b[^.;]{0,90}\b(?:enable|enables|allow|allows|help|helps|assist|assists|let|lets|permit|permits)\s+us\b|\bour use of (?:cookies|web ?beacons|pixels|tracking technologies|these technologies)\b/i,
  ],
  examples: {
    match: [
      'We use Tracking Technologies to help tailor our content.',
      'Our Web pages contain electronic images known as Web beacons.',
      'Our customer satisfaction survey uses a persistent cookie.',
      'We may use cookies and similar technologies to collect information about how you use the service.',
      'OpenSecrets.org uses temporary session "cookies" for authentication.',
      'Our website uses cookies for these reasons:',
      'Yahoo may set and access Yahoo cookies on your computer.',
      'Cookies are unique identifiers that we transfer to your device.',
      "As you browse the site, cookies are placed on your computer's hard drive.",
      'We and our third party service providers may use cookies to tailor the site.',
      'We and third parties that provide content, advertising, or functionality on our Services, may use cookies.',
      'We, along with third parties, also may use technologies called beacons (or pixels).',
      'JibJab and third-party vendors use both first-party and third-party cookies to serve ads.',
      'Military uses "Flash cookies" to preserve video player settings.',
      'Cookies enable us to retrieve the information you previously provided.',
    ],
    noMatch: [
      'Advertisers may use cookies to track you.',
      'We do not control the cookies that may be placed by third-party advertisers.',
    ],
  },
});
