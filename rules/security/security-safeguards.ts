import { defineRule } from '../../engine/rule';

// Protection of data: safeguards, encryption, SSL/TLS, firewalls, "no method is 100% secure".
export default defineRule({
  id: 'security-safeguards',
  category: 'security',
  patterns: [
    /\b(?:encrypt\w*|SSL|TLS|HTTPS|secure (?:socket|server|sockets? layer|transmission|connection|servers?|environment|facilit\w+|networks?|area|pages?|sites?|systems?)|firewalls?)\b/i,
    /\b(?:security|safeguards?|protective)\s+(?:measures|procedures|practices|policies|precautions|controls|technolog\w+|safeguards|systems?|standards|protocols?|software)\b/i,
    /\b(?:physical|administrative|technical|electronic|managerial|procedural|organi[sz]ational|industry[- ]standard|reasonable|appropriate|commercially reasonable)\b[^.;]{0,40}\bsafeguards?\b/i,
    /\b(?:protect|protects|protecting|safeguard|safeguards|safeguarding|secure|securing)\b[^.;]{0,60}\b(?:against|from)\b[^.;]{0,30}\b(?:unauthori[sz]ed|loss|misuse|theft|alteration|destruction|accidental)\b/i,
    /\b(?:100%|completely|perfectly|fully|absolutely) (?:secure|safe)\b/i,
    /\b(?:guarantee|ensure|warrant)\w*\b[^.;]{0,40}\bsecurity\b/i,
    /\bsecurity of (?:your|the|any|such|personal)\b/i,
    /\b(?:take|takes|taken|use|uses|employ|employs|maintain|maintains|implement\w*|have|has)\b[^.;]{0,40}\b(?:steps|measures|precautions)\b[^.;]{0,40}\b(?:protect|secure|safeguard|security)/i,
    /\b(?:data|security) breach(?:es)?\b/i,
    /\b(?:keep|keeps) (?:your |the )?(?:password|account|user ?name|login)\b[^.;]{0,30}\b(?:secret|confidential|secure|safe)\b/i,
  ],
  unless: [/\bsocial security\b/i],
  examples: {
    match: [
      'We use SSL encryption to protect your payment details.',
      'We maintain physical, electronic and procedural safeguards.',
      'No method of transmission over the Internet is 100% secure.',
    ],
    noMatch: ['We may ask for your Social Security number to verify your identity.'],
  },
});
