import { defineRule } from '../../engine/rule';

// Rules for people in a region and transfers across borders: California, the EU/EEA/UK, Safe Harbor.
export default defineRule({
  id: 'regions-and-transfers',
  category: 'regional',
  patterns: [
    /\bCalifornia\b|\bShine the Light\b|\bCCPA\b|\bCivil Code\b/i,
    /\b(?:GDPR|General Data Protection Regulation|European (?:Economic Area|residents|users|citizens))\b|\b(?:residents?|citizens?|users?|visitors?|individuals) (?:of|from|in|located in) (?:the )?(?:European Union|EU|EEA|UK|United Kingdom|Switzerland|Canada|Australia)\b/i,
    /\bSafe Harbou?r\b|\bPrivacy Shield\b/i,
    /\b(?:citizens?|residents?|users?|visitors?) (?:of|from|in) (?:other|different|foreign) countries\b/i,
    /\b(?:transfer\w*|stored|processed|located|hosted|maintained)\b[^.;]{0,60}\b(?:(?:in|to) the (?:United States|U\.S\.|US)|across (?:national )?borders|internationally|overseas)\b/i,
    // Bare "other jurisdictions" is mostly boilerplate the gold leaves unlabelled; a transfer there is not.
    /\b(?:transfer\w*|stored|processed|sent|moved|maintained)\b[^.;]{0,80}\b(?:outside (?:of )?(?:your|the) (?:country|jurisdiction)|(?:other|different|foreign) countr(?:y|ies))\b/i,
    /\bcross-border\b|\binternational (?:transfers?|users|visitors)\b|\bdata protection (?:laws|authorit\w+)\b/i,
  ],
  // A postal address in California ("Universal City, California 91608") says nothing about Californians.
  unless: [/\bCalifornia,? \d{5}\b/],
  examples: {
    match: [
      'California residents may request information about our disclosures.',
      'Your information may be transferred to and processed in the United States.',
      'We comply with the EU-U.S. Privacy Shield Framework.',
      'Special terms apply to users from other countries.',
    ],
    noMatch: ['We use your information to process your order.'],
  },
});
