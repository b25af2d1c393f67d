import { defineAnswerRule } from '../../../engine/rule';

// Concrete protections: encryption, SSL/TLS, firewalls, access controls, two-factor authentication. A bare
// "administrative, technical and physical safeguards" names none, and CONTRACT.md §2 leaves it unclear.
export default defineAnswerRule({
  id: 'security-measures',
  question: 'security-measures',
  says: 'yes',
  // Policies do not say they take no measures; denials here are scoped ("these forms are not encrypted")
  // or disclaimers ("we cannot guarantee"), neither of which means no protection at all.
  negatable: false,
  patterns: [
    {
      re: /\b(?:encrypt(?:s|ed|ion|ing)?|ssl|tls|https(?!:)|secure socket layer|firewalls?|access controls?(?! purposes)|password[- ]protected|secure servers?|(?:two|2|multi)[- ](?:factor|step) (?:authentication|verification)|2fa|pseudonymi[sz](?:e|ed|ation)|intrusion (?:detection|prevention)|penetration test(?:s|ing)?|security audits?|background checks? (?:on|of) (?:our |all )?(?:employees|staff|personnel)|bug bounty|vulnerability (?:scans?|scanning|testing|assessments?))\b/i,
      reason: 'named-protection',
    },
    // Access limited to those who need it: "we limit access to your information to employees who have a
    // business need to know".
    {
      re: /\b(?:limit|limits|restrict|restricts)\b[^.;]{0,20}\baccess\b[^.;]{0,120}\b(?:need[- ]to[- ]know|need to know|business need|who need)\b/i,
      reason: 'need-to-know-access',
    },
    // The same limit in the passive: "this access is limited and only granted where necessary under strict
    // authorisation approval".
    {
      re: /\baccess\b[^.;]{0,30}\b(?:is|are|will be)\s+(?:strictly\s+)?(?:limited|restricted)\b[^.;]{0,80}\b(?:only|necessary|need to know|authori[sz]\w*)\b/i,
      reason: 'access-is-limited',
    },
    // Protections named by what they do: "equipment and software to avoid unauthorized access", "software
    // programs to monitor network traffic".
    {
      re: /\b(?:software|equipment|systems?|processes|programs?|tools)\b[^.;]{0,40}\bto (?:avoid|prevent|identify|detect|block|guard against|protect against)\b[^.;]{0,30}\bunauthori[sz]ed\b|\bmonitor(?:s|ing)? network traffic\b/i,
      reason: 'protective-tools',
    },
  ],
  unless: [
    /\b(?:cannot|can not|can't) (?:guarantee|ensure|warrant)\b[^.;]*$/i,
    // Data in a hashed or encrypted form handed over for advertising or matching ("a hashed or encrypted
    // email address", "a hashed (pseudonymized) list of phone numbers"), a customer's own firewall
    // settings, and what is not encrypted protect nothing of the person's.
    /\b(?:hashed|encrypted)\b(?:\s+or\s+(?:hashed|encrypted))?\s+(?:\([\w-]+\)\s+)?(?:e-?mail|phone|identifiers?|user ids?|lists?)\b/i,
    // Login data listed among what is collected ("login and two-step verification information").
    /\b(?:two|2|multi)[- ](?:factor|step) (?:authentication|verification) (?:information|data|details)\b/i,
    /\bfirewall (?:settings|rules|configuration)\b|\b(?:not|n't|never) (?:be )?(?:end-to-end )?encrypt\w*/i,
    // Pseudonymised data as what advertising or profiling runs on ("targeted ads based on pseudonymised
    // data", "pseudonymised usage profiles") is the practice, not a protection; beside encryption or
    // hashing the sentence still names one.
    /^(?=[\s\S]*\bpseudonymi[sz]ed\b)(?=[\s\S]*\b(?:advertis\w*|marketing|profiles?|profiling)\b)(?![\s\S]*\b(?:encrypt\w*|hash\w*|ssl|tls|firewalls?|access controls?)\b)/i,
    // The breach-notice laws' wording ("whose encrypted personal information was acquired … with an
    // encryption key or security credential") names no protection the company takes.
    /\bencryption key or security credential\b|\bunencrypted personal information\b/i,
  ],
  examples: {
    yes: [
      'While we cannot guarantee security, we use SSL encryption for payment pages.',
      'We use SSL encryption to protect your credit card number.',
      'We provide two-factor authentication to help protect your account.',
      'We hash your email address so that advertising partners only receive pseudonymised data.',
      'We limit access to your information to employees who have a business need to know.',
      'This access is limited, secure and only granted where necessary under strict authorisation approval.',
      'We run a bug bounty program and regularly test our systems for vulnerabilities.',
      'We conduct background checks on employees who handle personal data.',
      'Valve has set up processes, equipment and software to avoid unauthorized access or disclosure of this information.',
    ],
    no: [],
    noMatch: [
      'Please keep your password secret.',
      'We maintain administrative, technical and physical safeguards.',
      'The app is available at https://example.com/app.',
      'We may share a common account identifier (such as a hashed or encrypted email address) with partners.',
      'Direct messages are not end-to-end encrypted.',
      'We do not encrypt these messages.',
      'We display targeted advertisements based on pseudonymised data.',
      'We notify residents whose encrypted personal information was acquired together with an encryption key or security credential.',
      'Your account information: your name, email address, login and two-step verification information.',
      'We collect background check data about drivers from external databases.',
    ],
  },
});
