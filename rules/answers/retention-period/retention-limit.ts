import { defineAnswerRule } from '../../../engine/rule';
import { pattern } from '../../lexicon';

// The verbs of keeping data, for the limits below.
const KEEP = '(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|maintain(?:s|ed|ing)?)';

// How long data is kept: a period, "no longer than necessary", deletion after a time.
export default defineAnswerRule({
  id: 'retention-limit',
  question: 'retention-period',
  says: 'yes',
  // A limit denied is still a limit ("we do not keep it longer than 30 days"), and a "not" nearby belongs to
  // the template's condition ("when there is no longer such a need, we delete it or, if this is not
  // possible, store it securely until deletion is possible"): none is read as a denial.
  negatable: false,
  patterns: [
    {
      re: pattern(
        String.raw`\b(?:${KEEP}|(?<!\bon )hold(?:s|ing)?)\b[^.;]{0,80}\b(?:for (?:a period of |up to |at least |a (?:maximum|minimum) of |(?:no )?(?:longer|more) than )?\d+|(?:no|not) longer than|only (?:as|for as) long as|for as long as|as long as (?:necessary|needed|required|reasonably)|until)\b`,
      ),
      reason: 'kept-for-a-period',
    },
    // Kept while it serves, or for the life of the account: "we keep information as long as we need it to
    // provide our products", "as long as your account with us is active", "for the duration of our
    // relationship", "in accordance with applicable laws and also for as long as necessary to fulfil…".
    {
      re: pattern(
        String.raw`\b${KEEP}\b[^.;]{0,120}?\b(?:as long as (?:we need|needed|necessary|(?:your|the) (?:\w+ ){0,3}?account (?:\w+ ){0,3}?(?:is|remains) (?:active|open)|you (?:use|have|maintain|keep))|for the (?:duration|life(?:time)?|term) of (?:your|our|the)\b)`,
      ),
      reason: 'kept-while-needed',
    },
    {
      re: /\b(?:delete[ds]?|purge[ds]?|destroy(?:s|ed)?|erase[ds]?|anonymi[sz]e[ds]?)\b[^.;]{0,140}\b(?:after|within|no later than)\s+(?:(?:at most|no more than|up to|a maximum of)\s+)?(?:\d+|a|one|two|three|six|twelve|thirty|ninety)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b/i,
      reason: 'deleted-after-a-period',
    },
    // A retention schedule the policy keeps, not a pointer to one ("see our Data Retention Policy", "… can be
    // viewed at https://…"), which states no limit.
    {
      re: /(?<!\b(?:see|consult|review|read|refer to|visit)\b[^.;]{0,30})\bretention (?:period|schedule|policy)\b(?![^.;]{0,40}\b(?:can be (?:viewed|found|read)|is available|for more (?:information|details))\b)/i,
      reason: 'retention-schedule',
    },
    // A bounded if unquantified period: "we may retain your account information for a reasonable period".
    {
      re: /\b(?:retain|retains|retained|keep|keeps|kept|store|stores|stored|hold|maintain)\b[^.;]{0,80}\bfor a (?:reasonable|limited|short|specified|certain|defined) (?:period|amount of time|time)\b/i,
      reason: 'kept-for-a-reasonable-period',
    },
  ],
  examples: {
    yes: [
      'We retain log files for 90 days.',
      'We keep your information only as long as necessary to provide the service.',
      'Connection data is stored by us until it is deleted automatically after no later than seven days.',
      'When you delete your account, we may retain your account information for a reasonable period of time.',
      'We maintain a retention schedule that limits how long each kind of record is kept.',
      'We do not keep your data for longer than 30 days.',
      'We retain the web log data for a maximum of 180 days.',
      'We keep information as long as we need it to provide our products.',
      'We will retain your information as long as your account with us is active.',
      'We keep the personal information you provide for the duration of our relationship, plus up to three years.',
      'All access log data, including your IP address, is permanently deleted after at most 60 days.',
      'Your billing data is deleted no later than three years from the last contact.',
      'When there is no longer such a need, we delete it or, if this is not possible, we store it securely until deletion is possible.',
    ],
    no: [],
    noMatch: [
      'We store your information on servers in the United States.',
      'We may put your booking on hold until we finish our review.',
      'See our Data Retention Policy for more information.',
      'Our Data Retention Policy can be viewed on our website.',
    ],
  },
});
