import { defineRule } from '../../engine/rule';

// "We collect…", "Acme may receive…", "we will ask for your name": the service itself gathers data.
export default defineRule({
  id: 'we-collect',
  category: 'collection',
  patterns: [
    /\b(?:we|us|our (?:site|sites|services?|servers?|systems?|website|app)|the (?:site|service|website))\b(?:(?!\b(?:they|third|partners?)\b)[^.;]){0,60}?\b(?:collect|collects|collected|collecting|gather|gathers|gathered|receive|receives|obtain|obtains|record|records|log|logs|logged|store|stores|ask for|asks for|ask you|request|requests|acquire|capture|captures|keep track|track|tracks|maintain|retain|process|processes)\b/i,
  ],
  examples: {
    match: [
      'We collect information you provide directly to us.',
      'When you register, we may ask for your name and email address.',
      'Our servers automatically record information that your browser sends.',
    ],
    noMatch: ['Advertisers may collect information about your visits.', 'This page was last updated in May.'],
  },
});
