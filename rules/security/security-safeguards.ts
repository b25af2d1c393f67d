import { defineRule } from '../../engine/rule';

// Protection of data: safeguards, encryption, SSL/TLS, firewalls, "no method is 100% secure".
export default defineRule({
  id: 'security-safeguards',
  category: 'security',
  patterns: [
    /\b(?:encrypt\w*|SSL|TLS|secure (?:operating )?(?:socket|server|sockets? layer|transmission|connection|servers?|environments?|facilit\w+|networks?|areas?|pages?|sites?|systems?)|firewalls?)\b/i,
    // Physical protection: "controlled facilities", "locked rooms", "servers with limited access".
    /\b(?:controlled|locked|restricted)(?:,? \w+)? (?:facilities|environments?|rooms|areas?)\b|\bwith limited access\b|\bmonitor\w*\b[^.;]{0,40}\bto (?:identify|detect)\b[^.;]{0,20}\bunauthori[sz]ed\b/i,
    /\bhttps\b(?!:)/i,
    /\b(?:security|safeguards?|protective)\s+(?:measures|procedures|practices|policies|precautions|controls|technolog\w+|safeguards|systems?|standards|protocols?|software)\b/i,
    /\b(?:physical|administrative|technical|electronic|managerial|procedural|organi[sz]ational|industry[- ]standard|reasonable|appropriate|commercially reasonable)\b[^.;]{0,40}\b(?:safeguards?|security (?:procedures|measures))\b/i,
    /\b(?:protect|protects|protecting|protected|safeguard|safeguards|safeguarding|secure|securing|prevent|preventing)\b[^.;]{0,60}\b(?:against|from)?\b[^.;]{0,30}\b(?:unauthori[sz]ed|loss|misuse|theft|alteration|destruction|accidental)\b/i,
    /\b(?:100|one hundred)\s*(?:%|percent)?\s*(?:secure|security|safe)\b/i,
    /\b(?:completely|perfectly|fully|absolutely|totally) (?:secure|safe)\b/i,
    /\b(?:guarantee|ensure|warrant)\w*\b[^.;]{0,40}\bsecur(?:e|ity)\b/i,
    /\bsecurity of (?:your|the|any|such|personal|all)\b/i,
    /\b(?:secure|securing|safeguard|safeguarding)\s+(?:your|the|all|such|this|personal|any|customer|user)\b[^.;]{0,30}\b(?:information|data)\b/i,
    /\b(?:take|takes|taken|use|uses|employ|employs|maintain|maintains|implement\w*|have|has|adopted)\b[^.;]{0,40}\b(?:steps|measures|precautions|procedures)\b[^.;]{0,40}\b(?:protect|secure|safeguard|security)/i,
    /\bprecautions\b/i,
    /\b(?:data|security) breach(?:es)?\b/i,
    /\b(?:limit|limits|restrict|restricts)\s+access\s+to\b[^.;]{0,40}\b(?:information|data|employees|staff|personnel)\b|\baccess\b[^.;]{0,60}\b(?:is|are) (?:limited|restricted) to\b|\brestricted (?:database|servers?|areas?|facilit)/i,
    /\b(?:keep|keeps|kept|maintain|maintains|treat|treats|hold|holds)\b[^.;]{0,60}\b(?:secure|securely)\b/i,
    /\bnot (?:secure|secured|encrypted)\b/i,
    /\b(?:have|has|given|granted|limit\w*|restrict\w*) access\b[^.;]{0,60}\bonly\b|\baccess\b[^.;]{0,30}\bonly (?:as needed|to the extent|on a need|in order to|to perform)\b/i,
    /\b(?:comparable|same|similar|adequate) (?:level|degree) of (?:protection|security)\b/i,
    // The same protection asked of those who handle the data: "we insist that they implement similar
    // controls", "we also ask the service providers … to do the same".
    /\b(?:require|requires|insist|insists|ask|asks)\b[^.;]{0,80}\b(?:implement|maintain|use|apply|have)\b[^.;]{0,20}\b(?:similar|same|comparable|adequate|appropriate|equivalent)\b[^.;]{0,30}\b(?:controls|protections?|security|safeguards|measures|standards)\b|\bask\b[^.;]{0,80}\bto (?:do|so) the same\b/i,
    // OPP-115 files a privacy seal (an outside audit of the practices) under data security; by what it is,
    // not by the name of one seal's issuer.
    /\b(?:privacy|trust|security) (?:seal|certification)s?\b|\bseal program\b/i,
    /\b(?:password|log-?in credentials|user ?name)s?\b[^.;]{0,60}\b(?:safe place|secret|confidential|divulge|disclose)\b/i,
    /\b(?:phishing|spoofed|identity theft|hackers?|hacking|intercept\w*)\b/i,
  ],
  unless: [
    /\bsocial security\b/i,
    // Others' security ("the privacy and security policies of the owners") and legal disclosure clauses.
    /\b(?:privacy|security)(?: and (?:privacy|security))? (?:policies|practices|measures) of\b/i,
    // Duties put on service providers read as sharing terms in the gold, not as the service's own security.
    /\b(?:obligated|required|require|requires|bound)\b[^.;]{0,60}\b(?:maintain|keep|protect|safeguard)\b[^.;]{0,20}\b(?:confidential|security)/i,
    /\b(?:ensure|require|requires) (?:that )?(?:our |these |such |any )?(?:third[- ]party )?(?:service providers|vendors|contractors|third parties|partners)\b[^.;]{0,40}\b(?:protect|safeguard|secure)/i,
    // A table of contents ("the measures we take … are described below") announces the clause; it is not one.
    /\b(?:described|explained|set out|outlined) below\b|\b(?:this|our) (?:privacy )?(?:policy|statement|notice) (?:also )?(?:tells|explains|describes)\b/i,
    /\b(?:legal process|comply with (?:the |any )?law|subpoena|court order)\b/i,
  ],
  examples: {
    match: [
      'Where we grant our vendors access to customer information, we insist that they implement similar controls.',
      'This government computer system employs software programs to monitor network traffic to identify unauthorized attempts to upload or change information.',
      'We store data on multiple service systems, in controlled, secure environments.',
      'We store the personal information you provide on computer servers with limited access in controlled facilities.',
      'We use SSL encryption to protect your payment details.',
      'We maintain physical, electronic and procedural safeguards.',
      'No method of transmission over the Internet is 100% secure.',
      'Access to personal information is restricted to employees who need it.',
      'Our employees have access to customer information only in order to serve customers.',
    ],
    noMatch: [
      'We may ask for your Social Security number to verify your identity.',
      'Read more at https://www.example.com/privacy.',
      'Our vendors are contractually obligated to maintain the confidentiality and security of such information.',
    ],
  },
});
