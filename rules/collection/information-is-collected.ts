import { defineRule } from '../../engine/rule';
import { OTHERS_PRACTICES_DISCLAIMER } from '../lexicon/disclaimers';

// Collection told in the passive voice or from the user's side: "information is collected automatically",
// "you may be asked to provide your name". A participle used as a label ("information collected on the
// site") is only a mention of data, so it is not caught.
export default defineRule({
  id: 'information-is-collected',
  category: 'collection',
  patterns: [
    /\b(?:information|data|details|addresses|numbers)\b(?:(?!\b(?:that|which|who)\b)[^.;]){0,60}\b(?:is|are|was|were|be|being|been|gets?)\s+(?:\w+ly\s+)?(?:collected|gathered|received|obtained|recorded|logged|captured|stored|requested)\b/i,
    /\b(?:you|users?|visitors?|members?|customers?|everyone who|anyone who|those who|if you)\s+(?:may\s+|can\s+|will\s+|must\s+)?(?:be\s+(?:asked|required|prompted|invited)\s+to\s+|choose to\s+|need to\s+|have the option (?:of|to)\s+)?(?:\w+ly\s+)?(?:provide|provides|give|gives|submit|submits|supply|enter|share)\s+(?:(?:us|(?!(?:them|him|her|others?|third|such|these|those|other|advertisers?|partners?|any|anyone|a|an|the)\b)[A-Z][\w.&'-]*)\s+(?:with\s+)?|to\s+us\s+)?(?:(?:your|their|certain|some|various|any|additional|other|the following|such|more)\s+){0,2}(?:personal|personally|information|data|details|name|e-?mail|address|phone|contact|demographic)\b/i,
    /\b(?:are|is) given the option of providing\b|\b(?:request|require|ask)s?(?: or (?:request|require)s?)? (?:you|users|visitors) to (?:submit|provide|give|enter|supply)\b/i,
    // Data another service sends the company at the user's word: "you are asking that service to send us
    // certain information", "that gaming console service will provide us with information", "membership
    // information may be transferred automatically to the Company".
    /\b(?:asking|ask|allow|authori[sz]e)\b[^.;]{0,40}\b(?:send|provide|share)\s+(?:with\s+)?us\b|\b(?:will|may)\s+provide\s+us\s+with\s+(?:certain\s+)?information\b|\btransferred (?:automatically )?to (?:us|the Company)\b/i,
  ],
  unless: [
    /\b(?:collected|used|recorded|submitted|provided?)\s+(?:\w+\s+)?(?:by|to)\s+(?:the\s+|a\s+|any\s+|such\s+)?(?:others|other (?:users|parties|companies|sites)|third|issuer|those|these|operators)\b/i,
    /\bother users may\b/i,
    // Data in others' hands: "your information is governed by their privacy policies", "the operators of
    // these other web sites may collect different kinds of information".
    ...OTHERS_PRACTICES_DISCLAIMER,
    /\boperators of (?:these|those|such|other|third)\b/i,
    // Data the user hands to someone else: "you will need to submit personal information to the issuer".
    /\b(?:provide|provides|submit|submits|give|gives|give out|disclose)\b[^.;]{0,60}\b(?:to|with) (?:any |a |the |those |these |such |one of our |our )?(?:third|other|vendors?|issuer|sites?|operators?|retail stores?|affiliates?|public)\b|\bdo business with\b/i,
  ],
  examples: {
    match: [
      'Such features may request or require you to submit personal information to us.',
      'By logging in with a social media service, you are asking that service to send us certain information from your account.',
      'Information is collected automatically when you visit.',
      'You may be asked to provide your name and email address.',
      'You may choose to voluntarily provide us with various personal information.',
      'If you supply Tulsaworld.com with your e-mail address, we may send you updates.',
    ],
    noMatch: [
      'If you provide them with your information, their own policy applies.',
      'If you submit personal information to any of those sites, your information is governed by their privacy policies.',
      'This policy does not cover information collected elsewhere.',
      'You can change your password at any time.',
      'When you apply for the card, you will need to submit personal information directly to the issuer.',
    ],
  },
});
