// The words of keeping data and letting it go: the verbs, how long ("for 30 days", "as long as your
// account is open", "until you delete it"), and when it is discarded ("after", "once no longer needed").
// The retention clause rule composes them; each list is written once, in base forms (rules/lexicon/verb-forms).

import { anyOf } from './index';
import { verbForms } from './verb-forms';

/** Verbs of keeping data, every form: "retain", "kept", "stores", "archived". */
export const KEEP_VERB = anyOf(
  ['retain', 'keep', 'store', 'maintain', 'hold', 'preserve', 'archive', 'save'].map(verbForms),
);

/** Verbs of letting data go, every form: "deleted", "purges", "anonymised", "de-identified". */
export const DISCARD_VERB = anyOf(
  ['delete', 'destroy', 'purge', 'erase', 'anonymi[sz]e', 'de-identify', 'discard'].map(verbForms),
);

/**
 * A span of time: "90 days", "thirty days", "six months", "several years", "twenty-four hours", and the
 * number in words and figures both, "three (3) years".
 */
export const SPAN = String.raw`(?:\d+|[a-z]+)(?:[- ][a-z]+)?(?: \(\d+\))? (?:hours?|days?|weeks?|months?|years?)`;

/**
 * How long something is kept: a period or a bound. "For as long as", "for a period of", "for up to 90
 * days", "for several years", "until", "indefinitely", "no longer than", "thereafter".
 */
export const HOW_LONG = anyOf([
  'as long as',
  String.raw`for (?:an? |the )?(?:\w+ )?(?:period|time|duration)`,
  `for (?:up to |(?:no )?(?:longer|more) than |at least |a (?:minimum|maximum) of )?${SPAN}`,
  'for (?:no )?longer',
  'until',
  'indefinitely',
  'no longer than',
  'thereafter',
]);

/** Kept by need, not by date: "no longer than necessary", "longer than reasonably needed". */
export const NEED_LIMIT =
  '(?:no longer (?:than (?:is )?)?(?:necessary|needed|required)|longer than (?:is )?(?:necessary|needed|required|reasonably))';

/** When data is discarded: "after", "within", "once no longer needed", "periodically", "promptly". */
export const DISCARD_WHEN = anyOf([
  'after',
  'within',
  'once',
  'when (?:it is )?no longer',
  'periodically',
  'on a regular basis',
  'regular(?:ly)?',
  'promptly',
  'immediately',
]);

/**
 * Kept as a record: "for our records", "on file", "in an archive", "in backups". Not "in our database" or
 * "on our servers": after a keeping verb those say where data is stored, not that it outlives its use.
 */
export const KEPT_WHERE = String.raw`(?:for (?:our|its|their) records|on file|in (?:an )?archiv\w+|backups?)`;

/** Where data that outlives its use stays: "remains in our databases", "persists in our backups". */
export const OUR_SYSTEMS =
  '(?:in|on|within) (?:our|its) (?:databases?|records|systems?|servers?|archives?|backups?)';
