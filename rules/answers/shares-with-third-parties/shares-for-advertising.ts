import { defineAnswerRule } from '../../../engine/rule';
import {
  AD_PURPOSES,
  AD_RECIPIENTS,
  anyOf,
  HANDOVER_VERBS,
  NOT_PERSONAL_DATA,
  OPT_OUT_CONTEXT,
  pattern,
  SHARE_VERBS,
} from '../../lexicon';
import {
  BROWSERS_OFFER_SIGNALS,
  DEFINITION_OF_SALE_OR_SHARING,
  POINTER_ELSEWHERE,
  RIGHTS_DESCRIBED,
  TRANSFER_FRAMEWORK,
} from '../../lexicon/disclaimers';

// Data handed to advertisers and ad partners, or handed over for advertising based on a person's activity:
// the recipients' own purposes, and what CPRA calls "sharing" (CONTRACT.md §2). Strong evidence either way:
// "we do not share your data with advertisers" is a no (narrow forms are left to the narrowing vocabulary).
export default defineAnswerRule({
  id: 'shares-for-advertising',
  question: 'shares-with-third-parties',
  says: 'yes',
  assertedOnly: true,
  // "An opt-out means we no longer transfer data for targeted ads": the sharing goes on until then.
  affirmedBy: [
    pattern(OPT_OUT_CONTEXT),
    // "You can choose for us not to share your information with other sites to personalise ads."
    /\b(?:choose|ask|tell|request) (?:for us |us )?not to (?:share|disclose|use)\b/i,
  ],
  patterns: [
    {
      re: pattern(
        String.raw`\b${anyOf(SHARE_VERBS)}\b[^.;]{0,100}\b(?:with|to)\s+[\w\s,]{0,40}?${anyOf(AD_RECIPIENTS)}\b`,
      ),
      reason: 'share-with-ad-recipients',
    },
    {
      re: pattern(
        String.raw`\b${anyOf([...HANDOVER_VERBS, 'sell(?:s|ing)?|sold'])}\b[^.;]{0,150}\b${anyOf(AD_PURPOSES)}\b`,
      ),
      reason: 'ad-purpose',
    },
    // The recipients using the data for their ads: "ad companies use this information to serve you
    // relevant ads from other advertisers".
    {
      re: pattern(
        String.raw`\b${anyOf(AD_RECIPIENTS)}\b[^.;]{0,40}\b(?:use|uses|using)\s+(?:this|that|such|the|your)\s+(?:\w+\s+)?(?:information|data)\b[^.;]{0,60}\b${anyOf(AD_PURPOSES)}\b`,
      ),
      reason: 'ad-recipients-use-data',
    },
    // Others let in to collect for their ads: "we allow specific partners to collect information from
    // your browser for advertising purposes using their own cookies".
    {
      re: pattern(
        String.raw`\b(?:allow|allows|permit|permits|let|lets|enable|enables)\s+(?:\w+\s+){0,3}(?:partners|third[- ]parties|advertisers|companies|networks)\s+to\s+collect\b[^.;]{0,120}\b${anyOf(AD_PURPOSES)}\b`,
      ),
      reason: 'let-in-for-their-ads',
    },
    // The state laws' word for it: "this may be considered 'sharing' of personal information".
    {
      re: /\b(?:considered|deemed|constitutes?|qualify as|treated as)\s+(?:a\s+)?(?:["“'‘]?(?:sale|selling)["”'’]?\s+(?:or|and|and\/or)\s+)?["“'‘]?shar(?:e|ing)["”'’]?/i,
      reason: 'state-law-sharing',
    },
  ],
  unless: [
    // "Learn more about how we share your information for advertising purposes here" points elsewhere.
    POINTER_ELSEWHERE,
    BROWSERS_OFFER_SIGNALS,
    ...RIGHTS_DESCRIBED,
    DEFINITION_OF_SALE_OR_SHARING,
    TRANSFER_FRAMEWORK,
    // Aggregate or de-identified data is not personal data.
    NOT_PERSONAL_DATA,
    /\bstatistical\b/i,
    // The person's own choice: what they ask for is consent.
    /\b(?:if|when|where|once) you (?:consent|direct|agree|authori[sz]e|instruct|opt in|choose)\b|\bwith your (?:express |explicit |prior |affirmative )*(?:consent|permission)\b|\bat your (?:direction|request|instruction)\b/i,
    // Performance figures for advertisers ("we provide advertisers with reports on how their ads did").
    /\b(?:reports?|statistics|metrics|how (?:their|its) (?:ads|campaigns))\b/i,
  ],
  examples: {
    yes: [
      'You can choose for us not to share your information with other sites to personalize those ads.',
      'We may share your device identifiers with our advertising partners.',
      'We share information about your use of our site with our social media, advertising and analytics partners.',
      'We share information gathered by cookies with analytics and advertising partners for our advertising.',
      'We may share data such as mobile ad identifiers with these companies in order to engage in advertising activity.',
      'Disclosing your browsing activity for cross-context behavioral advertising may be considered "sharing" under state law.',
      'Our use of advertising cookies may be considered a "sale" or "sharing" of personal information under state laws.',
      'Some ad companies also use this information to serve you relevant ads from other advertisers.',
      'An opt-out means that we no longer transfer data from that browser for targeted advertisements.',
      'We allow certain partners to collect information from your device for advertising purposes using their own cookies.',
    ],
    no: ['We do not share your personal information with advertisers.'],
    noMatch: [
      'We may share aggregated statistics with advertisers.',
      'We share information with advertising partners only if you opt in to such sharing.',
      'For example, we disclose personal information to advertising platforms at your direction.',
      'We provide advertisers with reports about the performance of their campaigns.',
      'Certain state privacy laws provide residents with the right to opt out of the "sharing" of personal information for targeted advertising.',
      'We share this data with trusted partners to provide you with non-targeted ads.',
      'Some browsers also allow you to tell websites not to share your information for cross-context behavioral advertising.',
      'By share, we mean making personal information available to another party for cross-context behavioral advertising.',
    ],
  },
});
