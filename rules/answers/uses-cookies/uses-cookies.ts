import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, pattern, TRACKERS } from '../../lexicon';
import { COMPANY_NAME } from '../../lexicon/company-name';

// A tracker by name, quoted or not: 'collected automatically using “cookies”'.
const TRACKER = `["“'‘]?${anyOf(TRACKERS)}`;

// The service uses cookies or similar technology itself.
export default defineAnswerRule({
  id: 'uses-cookies',
  question: 'uses-cookies',
  says: 'yes',
  // Denials here are scoped ("we do not use cookies to collect personal information", "no persistent
  // cookies"): they state nothing, neither use nor its absence; a site without cookies says so plainly,
  // which no-cookies reads.
  negatable: false,
  deniedSaysNothing: true,
  patterns: [
    {
      re: /\b(?:we|us|(?:our|this) (?:site|sites|web ?sites?|services?|pages|servers|systems))\b[^.;]{0,50}\b(?:use|uses|place|places|set|sets|store|stores|employ|employs|deploy|send|sends|utili[sz]e|may use|makes? use of)\b[^.;]{0,40}\b(?:cookies?|web ?beacons?|pixels?|tracking technolog(?:y|ies)|local storage)\b/i,
      reason: 'we-use-cookies',
    },
    {
      re: /\b(?:cookies?|web ?beacons?)\b[^.;]{0,60}\b(?:are|is|may be)\s+(?:used|placed|set|stored)\b/i,
      reason: 'cookies-are-used',
    },
    // The company by name ("Zacks Investment Research uses cookies", "Valve's products and sites may employ
    // cookies", "Illini Media and third-party vendors use first-party cookies"); case-sensitive for the name.
    {
      re: new RegExp(
        `\\b${COMPANY_NAME}(?: [A-Z][\\w&'-]*){0,3}(?:['’]s [\\w ,]{1,50}?| and [^.;]{1,60}?)?\\s+(?:(?:also|may|will|automatically|generally)\\s+)*(?:uses?|employs?|places?|sets?|deploys?|utili[sz]es?)\\b[^.;]{0,40}\\b(?:[Cc]ookies?|[Ww]eb ?[Bb]eacons?|[Pp]ixels?|[Pp]ixel [Tt]ags|tracking technolog(?:y|ies))`,
      ),
      reason: 'company-uses-cookies',
    },
    // What the cookies do for the service: "cookies … enable us to recognize your browser".
    {
      re: /\b(?:cookies?|web ?beacons?|pixel tags?)\b[^.;]{0,60}\b(?:enable|enables|allow|allows|help|helps|let|lets)\s+us\b/i,
      reason: 'cookies-help-us',
    },
    // Data that reaches the service through them: "we may receive information from cookies".
    {
      re: pattern(
        String.raw`\b(?:we|us)\b[^.;]{0,30}\b(?:receive|collect|obtain|gather|get)\b[^.;]{0,40}\b(?:from|through|via|using|by means of)\s+(?:the use of\s+)?${TRACKER}\b`,
      ),
      reason: 'data-from-cookies',
    },
    // The cookies the service uses, named as such: "here is a list of cookies that we use".
    {
      re: pattern(
        String.raw`\b${TRACKER}\s+(?:that |which )?(?:we|our (?:site|website|services?))\s+(?:use|set|place|deploy)\b`,
      ),
      reason: 'cookies-we-use',
    },
    // Data gathered through them, whoever the sentence names first: "information collected automatically
    // through cookies", "we collect information through a variety of technologies, such as cookies".
    {
      re: pattern(
        String.raw`\b(?:we|us|information|data|details)\b[^.;]{0,50}\b(?:collect(?:ed)?|gather(?:ed)?|obtain(?:ed)?|record(?:ed)?)\b[^.;]{0,90}\b(?:through|via|using|by means of|with|by (?:automated|automatic|technical) means,?)\s+(?:the use of\s+)?(?:(?:a variety of |various |other )?(?:technologies|tools|means),?\s+)?(?:(?:such as|like|including)\s+)?${TRACKER}\b`,
      ),
      reason: 'collected-through-cookies',
    },
    // A list of what is used: "these technologies include first- and third-party cookies, web beacons…".
    {
      re: pattern(
        String.raw`\b(?:these|such|the|our) (?:tracking )?(?:technologies|tools) (?:we use )?(?:may )?include\b[^.;]{0,60}\b${TRACKER}\b`,
      ),
      reason: 'technologies-include',
    },
  ],
  examples: {
    yes: [
      'We may receive information from cookies and similar technologies.',
      'These technologies include first- and third-party cookies, web beacons and local storage.',
      'We use cookies to remember your preferences.',
      'Cookies are used to keep you signed in.',
      'Zacks Investment Research uses cookies, tags, pixels and similar technologies.',
      "Valve's products, services and sites may employ cookies and other technologies.",
      'Cookies are identifiers which collect anonymous browsing data that enables us to recognize your browser.',
      'Here is a list of cookies that we use.',
      'Information collected automatically may include usage details and information collected through cookies.',
      'We collect information through a variety of technologies, such as cookies, pixels and tags.',
      'Personal data may also be collected through the use of cookies and other similar technologies.',
      'To make sure the site is used by people, this site may make use of cookies and captchas.',
      'Information about how you use our website is collected automatically using “cookies”.',
      'Information collected by automated means such as cookies or pixels.',
      'These tools may include server logs, cookies, and pixel tags.',
      'Third-party cookies, tags, pixels, beacons and other similar technologies may be placed on our website.',
    ],
    no: [],
    noMatch: [
      'A cookie is a small text file.',
      'Advertisers use cookies to track you.',
      // A denial of one kind neither admits nor denies the rest.
      'We do not use advertising or similar tracking technologies on our website.',
    ],
  },
});
