import { defineRule } from '../../engine/rule';

// Use of data by the service itself: "we use your information to…", "to personalise your experience".
export default defineRule({
  id: 'we-use-information',
  category: 'collection',
  patterns: [
    /\b(?:we|us)\b[^.;]{0,30}\b(?:use|uses|used|using|utili[sz]e|analy[sz]e|combine|aggregate)\b[^.;]{0,60}\b(?:information|data|details|address|name|e-?mail|location|preferences|history)\b/i,
    /\b(?:information|data)\b[^.;]{0,40}\b(?:is|are|may be|will be|can be)\s+used\s+(?:to|for|by us)\b/i,
    /\b(?:to|may|will|can)\s+(?:send you|contact you|personali[sz]e|customi[sz]e|improve (?:our|the)|provide you with|process your|fulfil+ your|respond to your)\b/i,
  ],
  examples: {
    match: [
      'We use the information we collect to operate our services.',
      'Your email address will be used to send you updates.',
      'We may use it to personalize your experience.',
    ],
    noMatch: ['Please read these terms carefully before using the site.'],
  },
});
