import { defineRule } from '../../engine/rule';

// How long data is kept: "we retain your information for as long as…", "deleted after 30 days".
export default defineRule({
  id: 'data-is-kept',
  category: 'retention',
  patterns: [
    // Cut in two at one list so that no pattern passes the size cap (tests/rules/pattern-size.test.ts): a
    // sentence matches one of them exactly when it matched the single pattern.
    /\b(?:retain|retains|retained|retaining|keep|keeps|kept|store|stores|stored|maintain|maintains|maintained|hold|holds|held|preserve[sd]?|archive[sd]?|saved?)\b[^.;]{0,80}\b(?:as long as|for (?:an? |the )?(?:\w+ )?(?:period|time|duration)|for (?:up to|no longer|longer|at least|a minimum|a maximum|\d+|one|two|three|six|twelve|thirty|sixty|ninety|several)\b|until|indefinitely)\b/i,
    /\b(?:retain|retains|retained|retaining|keep|keeps|kept|store|stores|stored|maintain|maintains|maintained|hold|holds|held|preserve[sd]?|archive[sd]?|saved?)\b[^.;]{0,80}\b(?:no longer than|only as long|thereafter|for (?:our|its|their) records|for (?:your convenience )?(?:for )?(?:future|later) (?:use|reference|articles|visits|orders|purchases)|on file|in (?:an )?archiv\w+|backup)\b/i,
    /\b(?:retain|retains|retained|retaining|retention)\b/i,
    /\b(?:(?:do|does|will|shall) not|don't|doesn't|won't|never) (?:keep|store|save|retain|archive)\b/i,
    /\b(?:archive[sd]?|archiving|archival)\b|\b(?:regular|periodic|scheduled|routine)\w* (?:destruction|deletion|purg\w+)\b/i,
    /\b(?:no longer (?:than (?:is )?)?(?:necessary|needed|required)|longer than (?:is )?(?:necessary|needed|required|reasonably))\b/i,
    /\b(?:delete[sd]?|destroy(?:s|ed)?|purge[sd]?|erase[sd]?|anonymi[sz]e[sd]?|de-identif\w+|discard(?:s|ed)?|destruction)\b[^.;]{0,60}\b(?:after|within|once|when (?:it is )?no longer|periodically|on a regular basis|regular|regularly|promptly|immediately)\b/i,
    /\b(?:remain|remains|persist|persists)\b[^.;]{0,40}\b(?:in|on|within) (?:our|its) (?:databases?|records|systems?|servers?|archives?|backups?)\b/i,
  ],
  unless: [
    // "service providers we have retained", "we retain the services of contractors": hiring, not keeping.
    // "consent to the collection, use and retention of" names retention in a list of uses, it says nothing of it.
    /\b(?:collection|use|disclosure|processing),? (?:and |or )?retention\b|\bretention,? (?:and |or )?(?:use|disclosure)\b/i,
    /\b(?:have|has|we|been|be) retained (?:to\b|by\b(?! us\b))|\bretain(?:ed)? (?:outside |other )?(?:companies|contractors|vendors|consultants|agents|firms)\b|\bretain(?:s|ed)? the services\b|\bretained to perform\b/i,
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
      'Log files are deleted after 90 days.',
      'We keep your order history for up to five years.',
      'Raw data logs are scheduled for regular destruction.',
      'Addresses you enter may be saved for your convenience for future articles you wish to send.',
    ],
    noMatch: [
      'We store your preferences so that the site remembers them.',
      'We share data with service providers we have retained to perform services on our behalf.',
      'Consultants get temporary access to this information; they will not retain it.',
      'On request we will send a summary of any personal information retained by SRL about you.',
      'Visitors may opt out of having their data prospectively retained, used for secondary purposes, or disclosed.',
    ],
  },
});
