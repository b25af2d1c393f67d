import { defineAnswerRule } from '../../../engine/rule';

// Concrete protections: encryption, SSL/TLS, firewalls, access controls, physical and electronic safeguards.
export default defineAnswerRule({
  id: 'security-measures',
  question: 'security-measures',
  says: 'yes',
  // Policies do not say they take no measures; denials here are scoped ("these forms are not encrypted")
  // or disclaimers ("we cannot guarantee"), neither of which means no protection at all.
  negatable: false,
  patterns: [
    /\b(?:encrypt(?:s|ed|ion|ing)?|ssl|tls|https|secure socket layer|firewalls?|access controls?|password[- ]protected|secure servers?|(?:physical|electronic|technical|administrative|procedural|managerial)(?:,)? (?:and |or )?(?:\w+ )?(?:safeguards|security measures|measures|procedures)|security (?:measures|safeguards|procedures|technolog(?:y|ies))|industry[- ]standard security)\b/i,
    // Protections named by what they do: "equipment and software to avoid unauthorized access", "software
    // programs to monitor network traffic".
    /\b(?:software|equipment|systems?|processes|programs?|tools)\b[^.;]{0,40}\bto (?:avoid|prevent|identify|detect|block|guard against|protect against)\b[^.;]{0,30}\bunauthori[sz]ed\b|\bmonitor(?:s|ing)? network traffic\b/i,
  ],
  unless: [/\b(?:cannot|can not|can't) (?:guarantee|ensure|warrant)\b[^.;]*$/i],
  examples: {
    yes: [
      'While we cannot guarantee security, we use SSL encryption for payment pages.',
      'We use SSL encryption to protect your credit card number.',
      'We maintain physical, electronic and procedural safeguards.',
      'Valve has set up processes, equipment and software to avoid unauthorized access or disclosure of this information.',
    ],
    no: [],
    noMatch: ['Please keep your password secret.'],
  },
});
