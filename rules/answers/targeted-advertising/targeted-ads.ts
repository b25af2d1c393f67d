import { defineAnswerRule } from '../../../engine/rule';
import { anyOf, CHILD_AUDIENCE, OPT_OUT_CONTEXT, pattern } from '../../lexicon';
import { OTHERS_PRACTICES_DISCLAIMER } from '../../lexicon/disclaimers';

// Interest-based, behavioural, targeted or personalised advertising.
export default defineAnswerRule({
  id: 'targeted-ads',
  question: 'targeted-advertising',
  says: 'yes',
  // A denial is a no ("we do not use your data for targeted advertising"); one scoped to a group, a kind of
  // data or a region ("not to children", "not based on sensitive categories", "not EEA residents") is
  // narrow, and an offer to stop after an opt-out is no denial at all (engine/grammar.ts).
  affirmedBy: [
    pattern(OPT_OUT_CONTEXT),
    // What an opt-out changes, told on its own: "Rather, it means that the ads you do see may not be based
    // on your interests" (without the opt-out, they are).
    /\b(?:it|this|that) (?:only |simply |just )?means (?:that )?[^.;]{0,60}\b(?:ads|advertisements|advertising)\b[^.;]{0,60}\b(?:not|no longer)\b/i,
  ],
  // The policy stepping back from others' practices ("we do not control third parties' use of your data
  // for interest-based ads") states none of its own.
  // So does a right described ("the right to know how we share it for cross-context behavioral
  // advertising"); the right to opt out of such ads is left to affirm them.
  unless: [
    ...OTHERS_PRACTICES_DISCLAIMER,
    /\b(?:right|request)s? to (?:know|request|access|delete|receive|correct)\b/i,
  ],
  narrowedBy: [
    pattern(
      String.raw`\b(?:${anyOf(CHILD_AUDIENCE)}|sensitive|special categor(?:y|ies)|health|race|religio\w*|EEA|EU|European|UK|residents of)\b`,
    ),
    // One source of data ("based on your content from email or photos") or only other businesses' services
    // (the state laws' cross-context advertising).
    /\bbased on (?:your )?(?:\w+ ){0,2}(?:content|contents|e-?mails?|messages|photos|files|documents|conversations)\b|\b(?:these|such|those|some|certain) (?:users|ads|advertisements|members|accounts)\b|\bcross[- ]context|\bacross (?:the )?(?:\w+ ){0,2}(?:of )?(?:different|other|third[- ]party|non-?affiliated) (?:businesses|companies|websites|services|apps)\b/i,
  ],
  patterns: [
    {
      re: /(?<!\bnon[- ]?)\b(?:interest[- ]based|targeted|behaviou?ral(?:ly)?|personali[sz]ed|tailored|customi[sz]ed|relevant|re-?targeting|retargeted)\s+(?:online\s+)?(?:advertis(?:ing|ements?)|ads|marketing|offers)\b/i,
      reason: 'targeted-ads',
    },
    {
      re: /\b(?:advertis(?:ing|ements?)|ads)\b[^.;]{0,60}\b(?:based on|tailored to|relevant to|targeted to)\b[^.;]{0,30}\b(?:your|their|users')\b[^.;]{0,30}\b(?:interests?|activit(?:y|ies)|browsing|preferences|visits)\b/i,
      reason: 'ads-based-on-you',
    },
    // "advertisements tailored to interests you have shown", "ads … that match your interests".
    {
      re: /\b(?:advertis(?:ing|ements?)|ads)\b[^.;]{0,60}\b(?:tailored to|match(?:es|ing)?|relevant to|based on|targeted to)\s+(?:your\s+|their\s+)?interests\b/i,
      reason: 'ads-match-interests',
    },
    // "sponsored content that may be of interest to you", "ads you might like".
    {
      re: /\b(?:sponsored (?:content|formats?|posts?|messages?|listings?)|advertis(?:ing|ements?)|ads)\b[^.;]{0,60}\b(?<!\bnot )(?:(?:of|be) interest to you|interesting to you|you (?:may|might|would) (?:like|enjoy|be interested in))\b/i,
      reason: 'ads-of-interest-to-you',
    },
    // Contextual ads stated as such: "ads are based on the page you are viewing, not on you as a person"
    // (the "not" makes the match a denial).
    {
      re: /\b(?:advertis(?:ing|ements?)|ads)\b[^.;]{0,60}\bbased on (?:the )?(?:search(?:es)?|search results|keywords?|page|pages|content|context|article)\b[^.;]{0,60}\bnot (?:based )?on (?:you|your (?:\w+ )?(?:profile|history|identity|behaviou?r|activit(?:y|ies)))\b/i,
      reason: 'contextual-not-you',
    },
  ],
  examples: {
    yes: [
      'Rather, it means that the online ads you do see from participating companies may not be based on your interests.',
      'We work with partners to show you interest-based advertising.',
      'Ads may be tailored to your interests based on your browsing.',
      'By opting out, you may continue to see generic advertising that is not tailored to your interests.',
      "Not giving consent won't stop ads from being displayed, but they won't be tailored to your interests.",
      'We may provide your information to our advertisers, so that they can serve ads to you that match your interests.',
      'We use your data to show you sponsored content that may be of interest to you.',
    ],
    no: [
      'We do not use your information for targeted advertising.',
      'This site does not display interest-based ads.',
      'We do not sell, share, or process your personal data for the purposes of targeted advertising.',
      'We will not serve personalized advertisements based on sensitive categories of data, such as health.',
      'We use only contextual advertising and not targeted advertising.',
      "We don't show you personalised ads based on your content from email, files or photos.",
      'The ads in our app are based on the keywords you search for, and not on your browsing history.',
    ],
    noMatch: [
      'We display advertisements on our site.',
      "We do not control third parties' use of your information to serve interest-based advertising.",
      'We try to avoid showing you advertisements that are not of interest to you.',
      'We process personal information to display non-personalized ads.',
      'You have the right to know how we share your information for cross-context behavioral advertising.',
    ],
  },
});
