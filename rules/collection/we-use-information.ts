import { defineRule } from '../../engine/rule';
import { pattern } from '../lexicon';
import { DATA_NOUN } from '../lexicon/data-nouns';

// The first party using data it holds: "we use your information to…", "your email address will be used
// to send you updates". Overviews ("how we use your information") and others' use are not caught.
export default defineRule({
  id: 'we-use-information',
  category: 'collection',
  patterns: [
    pattern(
      String.raw`(?<!\b(?:how|why|what|where|that|which|of)\s)\b(?:we|us)(?:,? (?:and|or|and\/or) (?:our|its) [\w -]{1,40}?,?)?(?: \([^)]{0,60}\))?,?\s+(?:(?:may|might|will|also|only|\w+ly|can|could|do|does|would|sometimes|often|further|otherwise|then|never|not|n't|reserve the right to|from time to time),?\s+){0,3}(?:(?:use|uses|utili[sz]e|analy[sz]e|combine|aggregate|process|review|monitor|access|identify|merge|co-mingle),?\s+(?:and\s+|or\s+|and\/or\s+)?){1,4}(?:(?:share|disclose|transfer|sell|store|retain|maintain|publish),?\s+(?:and\s+|or\s+|and\/or\s+)?(?:with (?:others|third parties)\s+)?){0,3}(?:[\w/-]+,?\s+){0,4}?(?:${DATA_NOUN}|it|them)\b`,
    ),
    /\b(?:information|data|details|address|addresses)\b(?:[^.;]|\.(?=[a-z])){0,80}\b(?:is|are|(?:may|will|can|might|would|could|shall)(?:\s+\w+)?\s+be)\s+(?:\w+ly\s+)?(?:used|retrieved|accessed|analy[sz]ed|processed|combined|uploaded|transmitted)\s+(?:\w+ly\s+)?(?:to (?:the server|our servers|us)|to|for|by (?:us|the company|(?!(?:them|they|others?|third|such|these|those|other|advertisers?|partners?|any|third-party|anyone)\b)[a-z]))/i,
    // Data named as collected and then put to a purpose, whoever uses it: "MediaNews uses the PIN and CIN
    // collected to administer the sites", "uses the information collected from you to better understand".
    /\b(?:use|uses|using)\b[^.;]{0,40}\b(?:collected|gathered|obtained)\b[^.;]{0,10}\b(?:to|for|in order to)\b/i,
    // The service's own analytics, and data "that we use to…".
    /\bwe\b[^.;]{0,50}\b(?:use|conduct|perform)\b[^.;]{0,40}\b(?:web )?analytics\b|\b(?:information|data)\b[^.;]{0,30}\b(?:that|which) we (?:use|will use|may use) to\b/i,
    // Tools the service runs to watch its own use: "we use web metrics services to track activity".
    /\bwe (?:use|employ|utili[sz]e) [^.;]{0,60}\bto (?:track|measure|monitor|analy[sz]e|record|count|compile)\b/i,
    // The analysis itself, whoever is named: "performs statistical analyses of its server logs", "by
    // analyzing information we collect".
    /\b(?:analy[sz](?:e|es|is|ing)|analyses)\b[^.;]{0,40}\b(?:server logs?|log files?|information (?:that )?we (?:collect|receive|gather)|usage data)\b/i,
  ],
  unless: [
    /\bused by (?:such |these |those |the )?(?:third|other|advertis|partner)/i,
    // "We may use or disclose your information if required by law": use paired with disclosure is a
    // statement about disclosure, and sharing reads it.
    /\b(?:use|uses|access|preserve)(?:,? (?:and|or|and\/or) \w+)*,? (?:and|or|and\/or) (?:disclose|release)\b|\baccess,? (?:and |or )?preserve,? (?:and|or) share\b/i,
  ],
  examples: {
    match: [
      'Information collected on Tulsaworld.com, including traffic patterns and user behavior, is used primarily for the following purposes:',
      'We and our service providers conduct analytics of our Services to understand how visitors use them.',
      'We use the information we collect to operate our services.',
      'Your email address will be used to send you updates.',
      'We may also combine your information with data from other sources.',
      'We reserve the right to access, use, and share with others your personal information.',
      'We and our authorized service providers generally use other information about you to:',
      'The News-Post performs statistical analyses of its server logs.',
      'We reserve the right to use, transfer, sell, and share aggregated, anonymous data about our users.',
      'We (which includes our service providers) will use these addresses to respond to you.',
      'We may, from time to time, use your IP address to help diagnose problems with our server.',
      'We may otherwise use your information with your consent or at your direction.',
      'MediaNews uses the PIN and CIN that is collected to administer the web sites.',
      'We use web metrics services to track activity on USA.gov.',
    ],
    noMatch: [
      'The operators of these websites may collect information from you which will be used by them in accordance with their policies.',
      'This policy explains how we use your information.',
      'We use reasonable efforts to keep the site available.',
      'We will use reasonable efforts to respond.',
      'We may use or disclose your personal information if we are required to do so by law.',
    ],
  },
});
