import { defineRule } from '../../engine/rule';
import { STATE_LAW_SCHEME } from '../lexicon/disclaimers';

// Disclosure of data named as the object, with or without a recipient: "we do not sell or rent email
// addresses", "your information will not be shared", "aggregated data may be disclosed".
export default defineRule({
  id: 'data-is-shared',
  category: 'sharing',
  patterns: [
    /\b(?:share|sell|rent|lease|trade(?![- ]?(?:names?|marks?|secrets?)\b)|disclose|distribute|exchange|transfer|release|reveal|publish)\b[^.;]{0,30}\b(?:(?:your|personal|such|this|that|the|any|user|customer|aggregated?|anonymi[sz]ed|de-?identified|non-?personal|certain|identifiable|private)\s+){0,3}(?:information|data|e-?mail addresses|details|lists?|names?|(?:mailing|postal|home) address(?:es)?)\b/i,
    /\b(?:information|data|e-?mail address(?:es)?|lists?|details|(?<=^|[.;:] )it)\b[^.;]{0,50}\b(?:be|is|are|been|being)\s+(?:\w+\s+){0,2}(?:shared|sold|rented|disclosed|distributed|exchanged|transferred|released|traded|made available|provided to)\b/i,
  ],
  unless: [
    /\b(?:shared (?:computer|device)|cookies? (?:is|are) (?:transferred|sent)|transferred (?:to|from) (?:your|a web) (?:computer|device|browser|hard drive|server))\b/i,
    // Transfers across borders are regional rules; overviews ("how we collect, use and disclose") and data
    // given to the service itself or to a friend by the user are not sharing with others.
    /\btransfer\w*\b[^.;]{0,120}\b(?:countr(?:y|ies)|jurisdictions?|borders?|servers?|united states|u\.s\b|overseas)/i,
    /\bhow (?:we|it|they)\b[^.;]{0,30}\b(?:use|collect)\w*,?\b|\bhow\b[^.;]{0,60}\b(?:used|collected),? (?:and|or) (?:shared|disclosed)\b/i,
    /(?<!\byou (?:have )?)\b(?:share|disclose|provide)\w*\s+(?:[\w-]+\s+){0,10}?(?:with|to)\s+(?:us|the (?:web)?site|a friend|your friends?)\b/i,
    // Telling the reader is not sharing: "newsletters to share information with you".
    /\b(?:share|disclose|provide|send|give)\s+(?:(?:this |such |certain |the )?information\s+|it\s+)?(?:with|to)\s+(?:you|the (?:visitor|user|requester|requestor|individual))\b/i,
    // Data that reaches the company itself: "membership information may be transferred automatically to the
    // Company".
    /\b(?:transferred|sent|uploaded)\s+(?:automatically\s+)?to\s+(?:us|the Company)\b/i,
    // What a state law lets "such businesses" do is no practice of the company's.
    STATE_LAW_SCHEME,
    // A "trade-in" is a car, not a trade of data.
    /\btrade-in\b/i,
  ],
  examples: {
    match: [
      'If you submit a review, we may publish your name, screen name and other information you have provided to us.',
      'We do not share or sell email addresses gathered on the site.',
      'Your email address will not be otherwise shared or sold.',
      'If you are a print subscriber, we may exchange or rent your name and mailing address.',
    ],
    noMatch: [
      'Alternately, such businesses may have in place a policy not to disclose personal information of customers to third parties.',
      'Certain membership information may be transferred automatically to the Company when you link your account.',
      'Upon request, SRL will provide to the visitor a summary of any personal information retained about the visitor.',
      'Reference to any product by trade name or trademark does not imply endorsement of the information.',
      'A cookie is transferred to your hard drive.',
      'We collect your name.',
      'Your information may be transferred to servers located outside your country.',
      'This policy explains how we collect, use and disclose information.',
      'You care how information about you is used and shared.',
      'We offer newsletters to share information with you about the site.',
    ],
  },
});
