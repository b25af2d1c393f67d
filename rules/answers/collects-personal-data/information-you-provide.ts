import { defineAnswerRule } from '../../../engine/rule';

// "Information you provide when you register…": data the user hands over. The phrase names collection even
// inside a denial of something else ("we do not sell information you provide"), so it is not negatable.
export default defineAnswerRule({
  id: 'information-you-provide',
  question: 'collects-personal-data',
  says: 'yes',
  negatable: false,
  patterns: [
    {
      re: /\b(?:personal(?:ly identifiable)? (?:information|data)|information|data|details)\s+(?:that\s+)?(?:you|users?)\s+(?:may\s+)?(?:provide|give|submit|supply|enter)\b/i,
      reason: 'information-you-provide',
    },
    // The same data as a requirement: "users must submit information including a valid email address".
    {
      re: /\b(?:you|users?|visitors?|members?)\s+(?:must|will need to|(?:are|will be|may be) (?:asked|required|prompted) to)\s+(?:provide|submit|give|enter|supply)\b[^.;]{0,40}\b(?:personal|name|e-?mail|address|phone|information)\b/i,
      reason: 'you-must-provide',
    },
  ],
  unless: [/\bif you (?:provide|give|submit)\b[^.;]{0,60}\bto (?:a |any |the )?(?:third|other)/i],
  examples: {
    yes: [
      'Information that you provide when registering may include your name and email address.',
      'We do not sell, rent, or share personal information you provide to us.',
      'To sign up, users must submit information including a valid email address.',
    ],
    no: [],
    noMatch: ['You can browse the site without telling us who you are.'],
  },
});
