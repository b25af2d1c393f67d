import { defineRule } from '../../engine/rule';

// Data going to others, named as such: third parties, partners, advertisers, affiliates, service providers.
export default defineRule({
  id: 'third-parties',
  category: 'sharing',
  patterns: [
    /\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosure|provide|provides|provided|transfer|transfers|transferred|sell|sells|sold|rent|rents|trade|release|make available|give|pass|passed)\b[^.;]{0,120}\b(?:third[- ]part(?:y|ies)|partners?|affiliates?|advertisers?|sponsors?|vendors?|service providers?|companies|organi[sz]ations|others|businesses|merchants?|subsidiaries|contractors|agents)\b/i,
    /\b(?:third[- ]part(?:y|ies)|partners?|advertisers?|ad networks?|affiliates?|service providers?|vendors?)\b[^.;]{0,80}\b(?:collect|collects|receive|access|use|obtain|gather|place|set|serve|track|may have access|have access)\b/i,
  ],
  examples: {
    match: [
      'We may share your information with our partners for their marketing.',
      'We do not sell your personal information to third parties.',
      'Our advertisers may collect information about your visits.',
    ],
    noMatch: ['We collect your email address when you register.'],
  },
});
