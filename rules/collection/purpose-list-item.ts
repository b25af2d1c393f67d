import { defineRule } from '../../engine/rule';

// An item of a list of purposes, begun by a verb in -ing or "to …" and ended by ";" or "," ("Tailoring
// your experience on the Site;", "to send you newsletters,"): the list it belongs to is what the service
// does with the data it holds.
export default defineRule({
  id: 'purpose-list-item',
  category: 'collection',
  patterns: [
    // Cut in two at one list so that no pattern passes the size cap (tests/rules/pattern-size.test.ts): a
    // sentence matches one of them exactly when it matched the single pattern.
    /^(?:to\s+)?(?:improv|tailor|contact|send|provid|personali[sz]|process|respond|analy[sz]|administer|fulfil|deliver|communicat|customi[sz]|enhanc|operat|maintain|prevent|protect|conduct|measur|understand|notif|verif|develop|display|remember|recogni[sz]|detect|enforc|manag)\w*\b[^.]{0,300}(?:[;,]|;? (?:and|or))$/i,
    /^(?:to\s+)?(?:complet|offer|inform|research|evaluat|monitor|bill|allow|enabl|help|creat|attribut|sav|solicit|meet|perform|schedul|post|host|identif|diagnos|confirm|facilitat|select|serv|target|stud|control|implement|us(?:e|ing)(?: and (?:share|disclose))? (?:your|the|such|this|personal)|recommend|determin|track|comply|assist|support)\w*\b[^.]{0,300}(?:[;,]|;? (?:and|or))$/i,
    // An item of "We may:" that names the data and the purpose keeps no end mark when lifted from a page.
    /^use (?:and share )?(?:your|the|such|this) (?:personal )?information (?:to|for|with)\b/i,
    // The list's last item: "For any other purposes disclosed to you at the time we collect your information."
    /^for (?:any )?other purposes\b/i,
  ],
  examples: {
    match: [
      'Use and share your information with permission from you.',
      'For any other purposes disclosed to you at the time we collect your information.',
      'Tailoring your experience on the Site and/or otherwise customizing what you see when you visit the Site;',
      'to send you newsletters and special offers,',
      'allow you to take part in the interactive features of our services; and',
      'Use your information to send you electronic communications;',
      'Use your information to provide services you have requested',
    ],
    noMatch: ['Tailoring your experience is what we do best.', 'We share data with partners;'],
  },
});
