import { defineRule } from '../../engine/rule';
import { COMPANY_NAME as COMPANY } from '../lexicon/company-name';

// A company named as the subject of a collection verb: "Valve collects…", "Yahoo automatically receives…".
// The verb's third-person form after a capitalised name (engine/company-name.ts) is how policies write the
// first party.
const ADVERBS = '(?:\\s+(?:also|may|will|automatically|generally|only|might|can|does|\\w+ly))*';
const DATA = '(?:[\\w-]+ ){0,3}(?:information|data)';

export default defineRule({
  id: 'company-collects',
  category: 'collection',
  patterns: [
    new RegExp(
      `\\b${COMPANY}${ADVERBS}\\s+(?:collects|receives|records|gathers|obtains|stores|logs|asks for|requests|tracks|keeps track|processes|retains|maintains|uses information|uses your|uses personal|will ask|may ask|may collect|may request|may receive|may record|may store|(?:may |will )?(?:use|uses|utili[sz]es?)(?:,? (?:and|or|and\\/or) \\w+)? ${DATA})\\b`,
    ),
    // An auxiliary, negated or not, before the plain verb: "Public Citizen does not automatically collect…".
    new RegExp(
      `\\b${COMPANY}${ADVERBS}\\s+(?:does|will|may|can|might|would|shall)(?: not|n't)? (?:(?:also|\\w+ly) )?(?:collect|gather|receive|record|obtain|store|log|track|use ${DATA})\\b`,
    ),
    // A tool the company runs for itself: "JibJab uses this service to collect and compare information".
    new RegExp(
      `\\b${COMPANY}${ADVERBS}\\s+(?:uses|utili[sz]es|employs)\\b[^.;]{0,40}\\bto (?:collect|gather|track|measure|analy[sz]e|compile)\\b`,
    ),
  ],
  // A vendor's product as the subject ("Google Analytics collects…", "the AdSense service will not collect")
  // is a third party's collection, told by the product's kind, not by naming the vendor.
  unless: [
    /\b(?:Analytics|AdSense|Ads|Pixel|Tag Manager|Audience Manager|Marketing Cloud|Measurement|SDK)\s+(?:\w+\s+)?(?:collects|receives|records|uses|may|will|does|can|might)\b/,
  ],
  examples: {
    match: [
      'JibJab uses this service to collect and compare information about the user base and user visits.',
      'When you create a Steam account, Valve collects a user email address.',
      'Yahoo automatically receives and records information from your computer.',
      'When subscribing, the Post-Gazette will ask for your credit card information.',
      'Public Citizen does not automatically collect personal information from visitors.',
      'Kaleida Health may use or disclose your health information for treatment.',
    ],
    noMatch: [
      'This policy does not cover any use of information that a Third Party Advertiser may directly collect from you.',
      'Google Analytics collects information about your visits.',
      'The site is updated daily.',
      'However, Google AdSense will not collect your name or email address.',
    ],
  },
});
