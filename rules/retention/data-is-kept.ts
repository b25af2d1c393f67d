import { defineRule } from '../../engine/rule';
import { anyOf, pattern, within } from '../lexicon';
import {
  DISCARD_VERB,
  DISCARD_WHEN,
  HOW_LONG,
  KEEP_VERB,
  KEPT_WHERE,
  NEED_LIMIT,
  OUR_SYSTEMS,
} from '../lexicon/keeping';
import { verbForms } from '../lexicon/verb-forms';

/** "We do not", "will never": a denial before the verb. */
const DENIAL = "(?:(?:do|does|will|shall) not|don't|doesn't|won't|never)";
/** The keeping verbs a denial names: "we do not store", "we never keep". */
const KEEP_BASE = anyOf(['keep', 'store', 'save', 'retain', 'archive']);

// How long data is kept: "we retain your information for as long as…", "deleted after 30 days". Each
// pattern is one way a policy says so, composed from the keeping words of rules/lexicon/keeping.
export default defineRule({
  id: 'data-is-kept',
  category: 'retention',
  patterns: [
    // "We retain your information for as long as your account is active", "kept for up to 90 days".
    { re: pattern(`\\b${KEEP_VERB}\\b${within(80)}\\b${HOW_LONG}`), reason: 'kept-for-a-while' },
    // "Stored on file", "kept in backups", "saved for future orders".
    {
      re: pattern(`\\b${KEEP_VERB}\\b${within(80)}\\b(?:${KEPT_WHERE}|for (?:future|later) \\w+)\\b`),
      reason: 'kept-as-a-record',
    },
    // Retention by name: "retention period", "we may retain", "our data retention practices".
    { re: pattern(`\\b(?:${verbForms('retain')}|retention)\\b`), reason: 'retention-word' },
    { re: pattern(`\\b${DENIAL} ${KEEP_BASE}\\b`), reason: 'not-kept' },
    {
      re: /\b(?:archive[sd]?|archiving|archival)\b|\b(?:regular|periodic|scheduled|routine)\w* (?:destruction|deletion|purg\w+)\b/i,
      reason: 'archive-or-schedule',
    },
    { re: pattern(`\\b${NEED_LIMIT}\\b`), reason: 'kept-while-needed' },
    {
      re: pattern(`\\b(?:${DISCARD_VERB}|destruction)\\b${within(60)}\\b${DISCARD_WHEN}\\b`),
      reason: 'discarded-after',
    },
    {
      re: pattern(
        `\\b(?:${verbForms('remain')}|${verbForms('persist')})\\b${within(40)}\\b${OUR_SYSTEMS}\\b`,
      ),
      reason: 'remains-in-our-systems',
    },
  ],
  unless: [
    // "service providers we have retained", "we retain the services of contractors": hiring, not keeping.
    // "consent to the collection, use and retention of" names retention in a list of uses, it says nothing of it.
    /\b(?:collection|use|disclosure|processing),? (?:and |or )?retention\b|\bretention,? (?:and |or )?(?:use|disclosure)\b/i,
    /\b(?:have|has|we|been|be) retained (?:to\b|by\b(?! us\b))|\bretain(?:s|ed|ing)? (?:an? |the )?(?:outside |other |third[- ]party )?(?:compan(?:y|ies)|contractors?|vendors?|consultants?|agents?|firms?|auditors?)\b|\bretain(?:s|ed)? the services\b|\bretained to perform\b/i,
    // Cookie lifetimes belong to cookies; a list of verbs ("collect, retain and use") is about use.
    /\b(?:cookies?|local shared objects|LSOs?)\b/i,
    // Recipients told not to keep what they get ("they will not retain the information") is a sharing term.
    /\b(?:they|third parties|service providers|consultants|vendors|partners|other users)\b[^.;]{0,30}\b(?:will|shall|may|must|are) not (?:(?:be )?(?:permitted|allowed) to )?(?:store|retain|keep)\b/i,
    // Deleting what a child sent ("we delete it promptly") is the children clause's remedy, not a retention period.
    /\b(?:child|child's|children|minors?|under (?:the age of )?1[3-8])\b/i,
    /\b(?:collect|use|store|disclose|process)\w*, retain\w*,? (?:and |or )?\w+|\bretain(?:ed|ing)?\b[^.;,]{0,40}, (?:(?:and|or) )?(?:used|disclosed|processed|shared)\b/i,
    // Data named by where it sits ("the information retained by SRL", "maintained, edited and deleted at
    // your discretion", "the archival nature of the site") says nothing of how long it is kept.
    /\b(?:information|data)\s+(?:that is |which is )?retained by\b|\b(?:maintained|kept),? (?:edited|updated|corrected|changed)\b|\barchival nature\b/i,
    /\bretain(?:s|ed|ing)? the right\b|\brespond to (?:your|all|any|such)\b[^.;]{0,20}\brequests?\b|\bunauthori[sz]ed\b/i,
  ],
  examples: {
    match: [
      'We retain your information for as long as your account is active.',
      'Server logs are deleted after 90 days.',
      'Order receipts are kept for up to six years for tax purposes.',
      'Backups of the database are purged on a regular basis.',
      'Shipping addresses may be saved for future orders.',
      'We do not store the full number of your payment card.',
      'Copies may remain in our backups for a short while after you leave.',
    ],
    noMatch: [
      'We store your preferences so that the site remembers them.',
      'We share data with service providers we have retained to perform services on our behalf.',
      'Contractors see this information only while they work on it; they will not retain it.',
      'On request we will send you a summary of the personal information retained by our company about you.',
      'Visitors may opt out of having their data retained, used for research, or disclosed.',
    ],
  },
});
