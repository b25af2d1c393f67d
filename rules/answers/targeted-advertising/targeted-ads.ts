import { defineAnswerRule } from '../../../engine/rule';

// Interest-based, behavioural, targeted or personalised advertising.
export default defineAnswerRule({
  id: 'targeted-ads',
  question: 'targeted-advertising',
  says: 'yes',
  // Negations here are scoped ("not to children", "ads will no longer be tailored after you opt out"),
  // which confirm the practice; an outright refusal is read by no-targeted-ads.
  negatable: false,
  patterns: [
    /\b(?:interest[- ]based|targeted|behaviou?ral(?:ly)?|personali[sz]ed|tailored|customi[sz]ed|relevant|re-?targeting|retargeted)\s+(?:online\s+)?(?:advertis(?:ing|ements?)|ads|marketing|offers)\b/i,
    /\b(?:advertis(?:ing|ements?)|ads)\b[^.;]{0,60}\b(?:based on|tailored to|relevant to|targeted to)\b[^.;]{0,30}\b(?:your|their|users')\b[^.;]{0,30}\b(?:interests?|activit(?:y|ies)|browsing|preferences|visits)\b/i,
    // "advertisements tailored to interests you have shown", "ads … that match your interests".
    /\b(?:advertis(?:ing|ements?)|ads)\b[^.;]{0,60}\b(?:tailored to|match(?:es|ing)?|relevant to|based on|targeted to)\s+(?:your\s+|their\s+)?interests\b/i,
  ],
  examples: {
    yes: [
      'We work with partners to show you interest-based advertising.',
      'Ads may be tailored to your interests based on your browsing.',
      'We may provide your information to our advertisers, so that they can serve ads to you that match your interests.',
    ],
    no: [],
    noMatch: ['We display advertisements on our site.'],
  },
});
