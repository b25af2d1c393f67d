// The hover badge's words. They ship in the extension's locale messages (content/badge-messages.ts), where
// an extension keeps the words it shows, not in the content script's code, which runs on every page and
// has a 10 KB gzip budget: the script reads them once, with the badge's stylesheet. "#" stands for a site.

export const BADGE_TEXT = {
  label: 'PolicyLens: privacy policy grade',
  hide: 'Hide on this site',
  changed: 'Changed since you last read it',
  noAnswers: 'The policy does not answer the main questions clearly.',
  full: 'Full summary',
  reading: 'Reading the privacy policy…',
  notPolicy: 'Not graded: this link does not lead to a privacy policy.',
  otherSite: 'This policy is on another site. PolicyLens reads # only if you allow it.',
  allow: 'Allow reading #',
  failed: 'PolicyLens could not read this page.',
};

/**
 * Not words, but read with them (content/badge-messages.ts): the badge host's inline style.
 * `all:initial!important` resets every other property (margin, visibility, opacity…) beyond the page's reach.
 */
export const HOST_STYLE =
  'all:initial!important;position:fixed!important;z-index:2147483647!important;display:block!important';

export type BadgeText = Record<keyof typeof BADGE_TEXT | 'host', string>;
