import { defineRule } from '../../engine/rule';

// Data made visible to other users or the public: profiles, postings, leaderboards.
export default defineRule({
  id: 'made-public',
  category: 'sharing',
  patterns: [
    /\b(?:publicly (?:posted|available|displayed|visible|accessible|viewable)|(?:display|displayed|post|posted|visible|available|viewable|seen)\b[^.;]{0,40}\b(?:publicly|to (?:other|all) (?:users|members|visitors|people)|to the public)|(?:post|disclos|shar|giv|submit|provid)\w*\b[^.;]{0,60}\bpublic (?:areas?|forums?|profiles?)|other (?:users|members|visitors|people) (?:can|may|will be able to) (?:see|view|read|access))\b/i,
  ],
  unless: [
    // Data gathered from public sources is collection ("from publicly available records"); a site that is
    // "not available to the public" is protected, not shared.
    /\bfrom (?:publicly available|public) (?:sources|records|data|databases|information)\b|\bpublicly available (?:sources|records)\b|\bnot (?:available|accessible) to the public\b|\bnot (?:otherwise )?publicly available\b/i,
    // A service that stays up for everyone shows nobody's data: "to ensure this service remains available
    // to all users"; a public area named as a feature ("allowing you to participate in the public areas")
    // is not caught by the pattern at all.
    /\b(?:service|site|website|system)s? (?:remains?|is|are|stays?) (?:available|accessible)\b/i,
  ],
  examples: {
    match: [
      'Your user name and score will be displayed publicly on leaderboards.',
      'Information you post in public areas can be read by other users.',
    ],
    noMatch: [
      'Allowing you to participate in the public areas and/or other features of the Site;',
      'We monitor traffic to ensure that this service remains available to all users.',
      'Your profile is private by default.',
      'We may combine it with information from publicly available sources.',
      'Your data is kept in secure rooms that are not available to the public.',
      'Personal information is information about you that is not otherwise publicly available.',
    ],
  },
});
