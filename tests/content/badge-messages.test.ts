// The hover badge's stylesheet and words leave the content script's code for the locale messages
// (content/badge-messages.ts): what the build writes must hold every grade's colour and every word.

import { describe, expect, test } from 'vitest';
import { badgeMessages } from '../../content/badge-messages';
import { BADGE_TEXT, HOST_STYLE } from '../../content/badge-text';
import { GRADE_COLOURS } from '../../lib/grade-colours';

describe('the badge messages', () => {
  const messages = badgeMessages('.box{width:320px}');

  test('the stylesheet keeps content/badge.css and gives each grade letter its colour', () => {
    expect(messages.badgeStyle.message.startsWith('.box{width:320px}')).toBe(true);
    for (const [grade, colour] of Object.entries(GRADE_COLOURS)) {
      expect(messages.badgeStyle.message).toContain(
        `:host([data-policylens-badge=${grade}]) .grade{background:${colour}}`,
      );
    }
  });

  test('the words and the host style read back as the badge uses them', () => {
    expect(JSON.parse(messages.badgeText.message)).toEqual({ ...BADGE_TEXT, host: HOST_STYLE });
  });
});
