import { defineAnswerRule } from '../../../engine/rule';
import { NOT_PERSONAL_DATA, pattern } from '../../lexicon';
import {
  DEFINITION_OF_SALE_OR_SHARING,
  DO_NOT_SELL_LABEL,
  DO_NOT_SELL_LINK,
  POINTER_ELSEWHERE,
  RIGHTS_DESCRIBED,
} from '../../lexicon/disclaimers';

// Selling, renting or trading personal data, and its denial ("we do not sell or rent your information").
export default defineAnswerRule({
  id: 'sells-personal-data',
  question: 'sells-data',
  says: 'yes',
  patterns: [
    {
      re: /\b(?:sell|sells|sold|selling|rent|rents|rented|renting|trade(?![- ](?:names?|marks?|secrets?|dress|in|unions?|commission|desk|shows?|associations?|groups?|publications?|(?:or \w+ )?laws?|regulations?|sanctions?|compliance|controls?)\b)|trades|traded|lease|leases|barter)\b[^.;]{0,80}?\b(?:information|data|e-?mail address(?:es)?|(?:mailing|customer|subscriber) lists?|cookies)\b/i,
      reason: 'sell-rent-trade',
    },
    {
      re: /\b(?:information|data|e-?mail address(?:es)?|lists?)\b[^.;]{0,60}\b(?:(?:is|are|be|been|get)\s+(?:ever\s+)?(?:sold|rented|traded|leased))\b/i,
      reason: 'data-is-sold',
    },
  ],
  // A "not" that governs the opt-out is not the sale's: "using these choices will not opt you out of the use
  // of previously sold personal information" tells of data sold.
  affirmedBy: [/\b(?:not|n't|n’t) (?:opt|remove) (?:you )?out of\b/i],
  // A sale of the business moves data as an asset: that is a merger clause, not selling data. It vetoes
  // only the yes: "we will not sell your personal information (except as may relate to a sale or merger)"
  // still denies.
  yesUnless: [
    /\b(?:sell|sells|sold|sale|selling)\b[^.;]{0,60}\b(?:assets|business|company|stock|merger|division|all or (?:substantially|part))\b/i,
    /\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation)\b/i,
  ],
  unless: [
    DO_NOT_SELL_LINK,
    DO_NOT_SELL_LABEL,
    ...RIGHTS_DESCRIBED,
    POINTER_ELSEWHERE,
    // A reply to a request told in advance: "if we have not sold your information, we will tell you so".
    /\bif we have(?: not|n't)? (?:sold|shared|disclosed)\b/i,
    // A sale that may come: "if we decide in the future to sell personal information, we will notify you".
    /\b(?:if|should|in case) we (?:ever )?(?:decide (?:in the future )?to )?(?:sell|rent)\b/i,
    // Commerce: "as part of the buying and selling process, we collect your name".
    /\b(?:buying and selling|selling) process\b/i,
    // Aggregate or anonymous data sold is no personal data sold.
    pattern(String.raw`\b(?:sell|sells|rent|trade|give away)\b[^.;]{0,40}${NOT_PERSONAL_DATA.source}`),
    /\b(?:business|company|assets|stores?|units?)\b[^.;]{0,30}\b(?:is|are|be|being) (?:sold|transferred|acquired)\b/i,
    // Terms of use sometimes share the page: what the reader may not do with data is not the company's practice.
    /\byou (?:may not|shall not|must not|agree not to|will not)\b|\b(?:reverse engineer|sub-?license|derivative works)\b/i,
    // Limits placed on processors ("they are restricted from selling") and insolvency sales are not sales
    // of data by the company.
    /\b(?:restricted|prohibited|prohibits?|not permitted|not allowed|not authori[sz]ed|(?:obligated|required|bound|agreed) not to)\b|\b(?:insolvency|liquidator|receivership)\b/i,
    // The person or a merchant selling goods ("if you sell something through the app", "selling on a
    // marketplace") is commerce, not a sale of data.
    DEFINITION_OF_SALE_OR_SHARING,
    // Goods sold are no data sold: "an outlet that sells our products (we collect your data at check-out)",
    // "whether an item is sold".
    /\b(?:sell|sells|sold|selling|buy(?:ing)?|rent(?:ing)?)\s+(?:(?:or\s+)?\w+\s+){0,3}?(?:products?|goods|items?|merchandise|tickets?|services|vehicles?|cars?|books?|devices?|content|films?|movies?|subscriptions?)\b|\b(?:items?|products?|goods|listings?|tickets?)\s+(?:is|are|was|were|has been|have been|gets?)\s+sold\b|\b(?:content|films?|movies?|products?|goods|items?|tickets?)\s+(?:\w+\s+){0,4}?(?:buy(?:ing)?|rent(?:ing)?|sell(?:ing)?)\b/i,
    /\b(?:you|users?|members?|sellers?|merchants?|creators?|buyers?|businesses (?:that|which|who))\s+(?:\w+\s+){0,2}?(?:sell|sells|sold|selling)\b|\bsell(?:s|ing)?\s+(?:\w+\s+)?(?:on|through|via)\s+(?:a|an|the|our)\b/i,
  ],
  examples: {
    yes: [
      'We may sell or rent your information to other companies.',
      'Our mailing list may be rented to carefully screened organizations.',
      'TEN may distribute, sell, and/or transfer such cookies to third parties with whom TEN has a commercial relationship.',
      'These choices will not opt you out of the use of previously sold personal information.',
    ],
    no: [
      'We do not sell, rent or trade your personal information.',
      'We are not in the business of selling your data, we only share it with suppliers who help us provide services.',
      'Your email address will never be sold to anyone.',
      'Please note that we do not currently sell your personal information as sales are defined in state law.',
      'We will not sell your personal information (except as may relate to a corporate event such as a sale or merger).',
    ],
    noMatch: [
      'When you buy from our store, as part of the buying and selling process, we collect your name and address.',
      'We may use your data to observe retention periods required by trade or tax law.',
      'If you would like to be told if we decide in the future to sell personal information, write to us.',
      'Our contracts require these providers to use your data only for us, and prohibit them from selling it.',
      'If we have not sold your personal information, we will inform you of that fact.',
      'If we sell all or part of our business, your information may be transferred.',
      'We reserve the right to sell or give away anonymous or aggregate information.',
      'You can ask that we do not "sell" or "share" your personal information.',
      'California residents may learn the business purposes for collecting or selling the information.',
      'We sell books and music.',
      'Under the laws of California, "sell" means exchanging your personal information with a third party for money.',
      'You may visit an outlet that sells our products (for example, when we collect your data at check-out).',
      'Information on whether a favourited item is sold;',
      'We share information with payment providers that let you pay for any content you are buying or renting, and we share information with partners.',
      'You have the right to know the business or commercial purpose for collecting or selling personal information.',
      'They are contractually obligated not to collect other data or sell your personal data.',
      "Visit the Federal Trade Commission's website to learn how to protect yourself from identity theft.",
      'To opt out, click "Do Not Sell or Share My Personal Information" at the bottom of the page.',
      'You may ask that we not sell or rent your personal information on a going forward basis.',
      'Email us with the subject line "Nevada Do Not Sell Request" and your name and email address.',
      'If you sell something through the app, you may need to provide your bank details.',
      'If you list and sell an application on the marketplace, we require your banking information.',
      'The law sets forth certain obligations for businesses that sell personal information.',
      'We do not collect data revealing political opinions or trade union membership.',
      'We may share your information in the case our business is sold or transferred.',
      'If the company sells some or all of its assets, information on users may be among the transferred assets.',
      'You may not transfer, sell or rent your registration information to any third party.',
    ],
  },
});
