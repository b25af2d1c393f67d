import { defineRule } from '../../engine/rule';

// Sentences under a heading for people of one region ("Your California Privacy Rights", "Notice to
// European users") are that region's rules, whatever they say of sharing or access.
export default defineRule({
  id: 'under-regional-heading',
  category: 'regional',
  underHeading: [
    /\b(?:california|shine the light|european|europe|EEA|EU|GDPR|united kingdom|canad(?:a|ian)|australia|international (?:users|visitors)|outside the united states|non-u\.?s\.?)\b/i,
  ],
  patterns: [/\w/],
  examples: {
    match: [
      'Your California Privacy Rights || We do not share personal information with third parties for their direct marketing purposes.',
      'Notice to European Users || You may ask us to delete your data.',
    ],
    noMatch: ['Sharing || We do not share personal information with third parties.'],
  },
});
