import { defineRule } from '../../engine/rule';

// An item of a list of the data a service gathers, begun by the kind of data and ended as list items are
// (";", ",", "; and"), or labelled and then illustrated ("Information about your equipment: for example…").
// The list it belongs to is what the service collects; items that name a recipient are sharing's.
export default defineRule({
  id: 'data-list-item',
  category: 'collection',
  patterns: [
    /^(?:your |the |standard |unique |certain |other |any )?(?:[\w/()'-]+ ){0,4}(?:information|data|address(?:es)?|identifiers?|search terms|numbers?|type|history|logs?)\b[^.]*(?:[;,]|;? and)$/i,
    /^(?:your |the |standard |unique |certain |other |any )?(?:[\w/()'-]+ ){0,4}(?:information|data|address(?:es)?|identifiers?|numbers?|type|history|logs?)\b(?: [\w/()'-]+){0,4}\s*[:–-]\s*(?:for example|such as|including|e\.g\.)/i,
  ],
  unless: [/\b(?:third part(?:y|ies)|partners?|affiliates?|advertisers?|service providers?|vendors?)\b/i],
  examples: {
    match: [
      'Your device type, browser type, language and operating system;',
      'Information about your equipment: for example, the version of your web browser and your device ID.',
      'standard server log information; and',
    ],
    noMatch: [
      'Your information is important to us.',
      'Information we share with advertisers;',
      'Contact information for our privacy office is below.',
    ],
  },
});
