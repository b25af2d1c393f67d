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
  ],
  unless: [/\b(?:cannot|can not|can't) (?:guarantee|ensure|warrant)\b[^.;]*$/i],
  examples: {
    yes: [
      'While we cannot guarantee security, we use SSL encryption for payment pages.',
      'We use SSL encryption to protect your credit card number.',
      'We maintain physical, electronic and procedural safeguards.',
    ],
    no: [],
    noMatch: ['Please keep your password secret.'],
  },
});
