import { defineRule } from '../../engine/rule';
import { OTHERS_PRACTICES_DISCLAIMER, POINTER_ELSEWHERE } from '../lexicon/disclaimers';

// Others collecting on the service: ad networks, analytics firms, partners and social plug-ins.
export default defineRule({
  id: 'third-party-collection',
  category: 'sharing',
  patterns: [
    // Cut in three at one list so that no pattern passes the size cap (tests/rules/pattern-size.test.ts): a
    // sentence matches one of them exactly when it matched the single pattern.
    /\b(?:third[- ]part(?:y|ies)|advertisers?|(?:ad(?:vertising)?|analytics) (?:networks?|servers?|providers?|partners|companies|services)|partners?|vendors|agents)\b[^.;]{0,100}\b(?:collect|collects|collected|receive|receives|access|accesses|obtain|obtains|use|uses|gather|gathers|place|places|set|sets|serve|serves|deliver|delivers|track|tracks|read|see|view|have access|may (?:also )?(?:collect|use|receive|access|place|set|see))\b/i,
    /\b(?:contractors|(?<!internet |wireless |mobile )service providers?|affiliates|other (?:companies|users|websites|sites|parties)|social (?:media|networking) (?:sites?|services?|platforms?|plug-?ins?))\b[^.;]{0,100}\b(?:collect|collects|collected|receive|receives|access|accesses|obtain|obtains|use|uses|gather|gathers|place|places|set|sets|serve|serves|deliver|delivers|track|tracks|read|see|view|have access|may (?:also )?(?:collect|use|receive|access|place|set|see))\b/i,
    /\b(?:social networks?|these (?:companies|parties|providers)|such (?:companies|parties|providers)|content providers?)\b[^.;]{0,100}\b(?:collect|collects|collected|receive|receives|access|accesses|obtain|obtains|use|uses|gather|gathers|place|places|set|sets|serve|serves|deliver|delivers|track|tracks|read|see|view|have access|may (?:also )?(?:collect|use|receive|access|place|set|see))\b/i,
    /\b(?:ads?|advertisements|content|cookies?|plug-?ins?|widgets?)\b[^.;]{0,60}\b(?:(?:served|delivered|provided|placed|set|operated|hosted|used) (?:to you )?by)\s+(?:our\s+|third|other|advertising|outside|partners|companies|ad)/i,
    // The same, in the passive: "can be read, collected, or used by other users".
    /\b(?:collected|used|read|seen|viewed|accessed)\b(?:,? (?:or|and) \w+){0,3},?\s+by\s+(?:(?:any|certain|our|these|such|select(?:ed)?)\s+)?(?:other users|others|the public|third parties|third[- ]party (?:advertisers|partners|companies)|advertisers|anyone|other (?:people|members|visitors))\b/i,
    /\b(?:google analytics|doubleclick|omniture|facebook (?:like|pixel)|comscore|nielsen|quantcast)\b/i,
  ],
  unless: [
    // Data coming from others to the service is collection, not sharing.
    /\bfrom (?:our |other |certain |these |such |the )?(?:third[- ]part(?:y|ies)|partners|other sources|affiliates|carriers|social (?:media|networks?))\b/i,
    // Disclaimers about linked sites and others' practices say what the policy does not cover.
    ...OTHERS_PRACTICES_DISCLAIMER,
    /\blinks? to\b/i,
    // Transfers across borders are the regional clause: "Instagram, its Affiliates, or Service Providers may
    // transfer information … across borders".
    /\btransfer\w*\b[^.;]{0,120}\b(?:countr(?:y|ies)|jurisdictions?|borders?|united states|u\.s\b)/i,
    // The company and its own corporate family acting together: "We, and/or our Parent Companies and
    // Affiliates, use the Personal Information we collect".
    /\bwe,? (?:and|or|and\/or) (?:our|its) (?:parent compan(?:y|ies)|affiliates|subsidiaries)\b/i,
    // A pointer to another section states no practice: "Please see Online Tracking and Advertising for further
    // information about third parties' use of cookies".
    POINTER_ELSEWHERE,
    // Intruders are a security matter: "unauthorized third parties may defeat these measures".
    /\b(?:unauthori[sz]ed|misrepresent\w*|hackers?|defeat)\b/i,
  ],
  examples: {
    match: [
      'Such other content providers may place cookies on your computer.',
      'Cookies and web beacons used by our online partners are not linked to personal information.',
      'This information may also be used by certain third-party advertisers.',
      'Our advertisers may collect information about your visits.',
      'Some ads on this site are delivered to you by our web advertising partners.',
      'Anything you post in these public areas can be read, collected, or used by other users.',
      'The social network providing the functionality may be able to collect information about you.',
      'If that is the case, both Internet Brands and the partner will receive personal information you provide.',
    ],
    noMatch: [
      'Please see Online Tracking and Advertising for further information about our and third parties use of cookies.',
      'We, and/or our Parent Companies and Affiliates, use the Personal Information we collect from you in a variety of ways.',
      'Instagram, its Affiliates, or Service Providers may transfer information that we collect about you across borders.',
      "We do not have access to, nor control over, these third parties' use of cookies.",
      'We collect information about your visits.',
      'We combine information received from third parties with what we collect.',
      'We are not responsible for the practices of third party websites that collect information.',
      'We cannot guarantee that unauthorized third parties will never defeat those measures.',
      "Other companies' use of their cookies is subject to their own privacy policies, not this one.",
      'We may record the name of your Internet Service Provider and the browser used to access the site.',
    ],
  },
});
