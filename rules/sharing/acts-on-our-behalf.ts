import { defineRule } from '../../engine/rule';

// Others hired to work for the service ("we employ other companies to perform functions on our behalf",
// "our vendors perform services for us"): data goes to them even when no disclosure verb is written.
export default defineRule({
  id: 'acts-on-our-behalf',
  category: 'sharing',
  patterns: [
    /\b(?:employ|engage|hire[sd]?|contract with|use[sd]?|retain|work with|have|utili[sz]e)\b[^.;]{0,60}\b(?:companies|individuals|third parties|third[- ]party|agents|contractors|vendors|service providers?|businesses|organi[sz]ations)\b[^.;]{0,80}\b(?:on (?:our|its) behalf|for us|to (?:perform|provide|help|assist|process|handle|manage|host|operate))/i,
    /\b(?:service providers?|agents|contractors|vendors|third parties|companies)\b[^.;]{0,60}\b(?:on (?:our|its) behalf|perform (?:functions|services))/i,
    // Named by kind, with or without a purpose: "we use a third party ticketing agent".
    /\b(?:use|uses|used|employ|engage|retain)\s+(?:a|an|the|certain|other|outside|various)?\s*third[- ]party\s+(?:[\w-]+\s+){0,2}(?:agents?|service providers?|vendors?|processors?|companies|contractors)\b/i,
  ],
  examples: {
    match: [
      'We employ other companies and individuals to perform functions on our behalf.',
      'We retain the services of outside contractors to provide services, including mailing list administration.',
      'Third Party Service Providers that provide services on our behalf.',
      'We use a third party ticketing agent for ticketing processing.',
    ],
    noMatch: [
      'We use cookies to perform functions on the site.',
      'Companies that advertise on the site set their own cookies.',
    ],
  },
});
