import { defineRule } from '../../engine/rule';

// The channels themselves: an e-mail address, a postal address, a phone number, "contact us at".
export default defineRule({
  id: 'contact-channels',
  category: 'contact',
  patterns: [
    // `\w[.+-]*@` finds the same addresses as `\b[\w.+-]+@` (its local part holds a letter or digit),
    // without rereading a 2,000-character "1.1.1.1…" from every dot (quadratic: 2 ms a sentence).
    /\w[.+-]*@[\w-]+\.[a-z]{2,}\b|\b\w+ ?[([]at[)\]] ?\w+ ?[([]dot[)\]] ?(?:com|org|net)\b/i,
    /\b(?:P\.?\s?O\.? Box|Attn|Attention)\b|\b\d{2,5} [A-Z]\w+(?: [A-Z]\w+)? (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Way|Lane|Place|Parkway|Plaza|Square)\b|\b(?:Suite|Floor) \d+\b/,
    /\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\b1[ .-]?8\d\d[ .-]\w{3}[ .-]\w{4}\b/,
    /\b(?:contact|write to|e-?mail|call|reach) us (?:at|by|via|through|using)\b|\bcontact (?:information|details) (?:is|are|below|above)\b/i,
  ],
  unless: [
    // A channel given only to opt out, unsubscribe or edit data is a choice or access clause.
    /\b(?:opt[- ]?out|opt[- ]?in|unsubscribe|cancel|deactivate|close your|withdraw|removal|disabling|such a request|make (?:a|such|your) request|child|children|minors?|California(?!,? \d{5}))\b/i,
    /\b(?:you|user|users|visitors?|children|child)\b[^.;]{0,30}\b(?:provide|give|submit|enter|supply)\b/i,
  ],
  examples: {
    match: [
      'You can reach us at privacy@example.com.',
      'Our address is Example Inc., 100 Main Street, Suite 200, Springfield.',
      'Call us at (555) 123-4567 with any question.',
    ],
    noMatch: ['To unsubscribe, send an email to unsubscribe@example.com.'],
  },
});
