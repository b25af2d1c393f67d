// The data types of CONTRACT.md §3 as the rule set names them: one pattern per type, and the words of a
// sentence that speaks of collection. engine/data-types.ts reads them (negation, first clause per type).

import type { DataTypeId } from '../../engine/ids';
import type { DataTypeRules } from '../../engine/rule';

const PATTERNS: Record<DataTypeId, RegExp> = {
  contact:
    /\b(?:(?:your |full |first |last )?names?|e-?mail address(?:es)?|(?:postal|mailing|home|street|billing|shipping) address(?:es)?|(?:tele)?phone numbers?|contact (?:information|details))\b/i,
  financial:
    /\b(?:credit[- ]card|debit card|card numbers?|billing information|payment (?:information|details|card)|bank(?:ing)? (?:account|details|information)|financial information)\b/i,
  location:
    /\b(?:zip ?codes?|post(?:al)? codes?|geo-?location|gps|location (?:information|data)|(?:precise|approximate|physical|device) location|your location|country)\b/i,
  demographic:
    /\b(?:age|gender|sex|date of birth|birth ?date|birthday|income|demographic|marital status|occupation)\b/i,
  device:
    /\b(?:browser type|(?:web )?browser|operating system|device (?:type|identifiers?|ids?|information|model)|mobile device|unique (?:device )?identifiers?|computer type|hardware|udid|idfa|advertising id(?:entifier)?)\b/i,
  'ip-address': /\b(?:ip|internet protocol)(?:\s+|-)address(?:es)?\b|\bIP\b/,
  'online-activity':
    /\b(?:pages? (?:you )?(?:visit(?:ed)?|view(?:ed)?)|clickstream|click(?:s|ed)?|search (?:queries|terms|history)|browsing (?:history|activity|behaviou?r)|usage (?:data|information)|referring (?:url|page|website)|time spent|links? (?:you )?click)\b/i,
  'account-credentials':
    /\b(?:passwords?|user ?names?|log-?in (?:credentials|information)|security questions?|account credentials)\b/i,
  'government-id':
    /\b(?:social security(?: number)?|ssn|passport|driver'?s licen[cs]e|national (?:id|identification)|tax (?:id|identification)|government[- ]issued)\b/i,
  health: /\b(?:health|medical|prescriptions?|fitness|diagnos[ie]s)\b/i,
  biometric:
    /\b(?:biometric|fingerprints? (?:scan|data)|face ?print|facial recognition|voice ?print|retina)\b/i,
  'social-media':
    /\b(?:facebook|twitter|instagram|linkedin|google\+|social (?:media|network(?:ing)?) (?:accounts?|profiles?|information|sites?|services?))\b/i,
  'user-content':
    /\b(?:comments?|photos?|videos?|posts?|reviews?|messages? you (?:send|post)|content (?:you|that you) (?:post|upload|submit|share)|user[- ]generated content|uploads?)\b/i,
  'purchase-history':
    /\b(?:purchase (?:history|information|records?)|(?:products?|items?) (?:you )?(?:purchased?|bought)|order (?:history|information)|transaction (?:history|information|details))\b/i,
};

const SPEAKS_OF_COLLECTION =
  /\b(?:collect|collects|collected|gather|receive|obtain|record|log|store|keep|keeps|retain|retains|maintain|maintains|ask (?:you )?for|request|provide|provided|submit|enter|includ(?:e|es|ing)|such as)\b/i;

export const DATA_TYPES: DataTypeRules = { patterns: PATTERNS, speaksOfCollection: SPEAKS_OF_COLLECTION };
