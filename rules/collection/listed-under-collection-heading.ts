import { defineRule } from '../../engine/rule';

// Items listed under a heading that announces collection: "Information you give us" followed by
// "Your name and email address when you register".
export default defineRule({
  id: 'listed-under-collection-heading',
  category: 'collection',
  underHeading: [
    /\b(?:information|data)\b[^.]{0,40}\b(?:we|you)\b[^.]{0,20}\b(?:collect|gather|receive|obtain|provide|give|submit|share with us)|\b(?:collection|collected|gathered|how we use|use of (?:your |personal )?information|what (?:personal )?information|types of information|information (?:collected|gathered|we collect|you provide))\b/i,
  ],
  patterns: [
    /\b(?:name|e-?mail|address|phone|telephone|password|user ?name|ip address|browser|device|operating system|location|zip|postal code|age|gender|birth|date of birth|payment|credit card|billing|profile|preferences|demographic|cookies?|log|pages?|usage|contacts?|photos?|content|comments?|purchases?|transactions?|identifiers?|information|data)\b/i,
  ],
  examples: {
    match: [
      'Information you provide us directly || Your username, password and email address when you register.',
      'What information do we collect? || Device identifiers and your IP address.',
    ],
    noMatch: [
      'Your username, password and email address when you register.',
      'Contact us || Write to our privacy office.',
    ],
  },
});
