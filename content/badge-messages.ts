// The locale messages the build writes for the hover badge (wxt.config.ts): its stylesheet (content/badge.css,
// with one rule per grade colour of lib/grade-colours.ts, keyed on the host's grade attribute) and its words
// (content/badge-text.ts), with the host element's inline style. Build-time only: the content script reads them with browser.i18n.getMessage.

import { readFileSync } from 'node:fs';
import { GRADE_COLOURS } from '../lib/grade-colours';
import { BADGE_TEXT, HOST_STYLE } from './badge-text';
import { HOST_ATTR } from './badge-ui';

const NOT_A_TRANSLATION = 'Not a translation: read by the hover badge as it stands.';

export function badgeMessages(css = readFileSync('content/badge.css', 'utf8')) {
  const colours = Object.entries(GRADE_COLOURS)
    .map(([grade, colour]) => `:host([${HOST_ATTR}=${grade}]) .grade{background:${colour}}`)
    .join('\n');
  return {
    badgeStyle: { message: `${css}\n${colours}`, description: NOT_A_TRANSLATION },
    badgeText: {
      message: JSON.stringify({ ...BADGE_TEXT, host: HOST_STYLE }),
      description: NOT_A_TRANSLATION,
    },
  };
}
