import { describe, expect, test } from 'vitest';
import { normalise } from '../../engine/normalise';

describe('normalise', () => {
  test.each([
    [
      'Markdown table debris goes',
      '| Name and e-mail address  \n|   \n---|---  \n| Location',
      'Name and e-mail address\n\nLocation',
    ],
    ['separator lines become block breaks', 'One.\n==========\nTwo.', 'One.\n\nTwo.'],
    [
      'bullets and list numbers go',
      '• We collect\n2. We share\n(a) We keep',
      'We collect\nWe share\nWe keep',
    ],
    [
      'Markdown headings, links and emphasis are plain text',
      '# Cookies\nSee [our policy](http://x.y) **now**.',
      'Cookies\nSee our policy now.',
    ],
    ['smart quotes are straight', 'We don\u2019t \u201csell\u201d.', 'We don\'t "sell".'],
    [
      'runs of spaces fold, blank lines collapse',
      'We   collect\u00a0data.\n\n\n\nWe share.',
      'We collect data.\n\nWe share.',
    ],
    ['control characters become spaces', 'We\u0000collect\u0007data.', 'We collect data.'],
    ['blockquote markers go', '> *Archived copy*\nText.', 'Archived copy\nText.'],
  ])('%s', (_, input, expected) => expect(normalise(input)).toBe(expected));

  test('is idempotent', () => {
    const once = normalise('# Title\n| a |\n---|---\n• item one\n\n\nWe collect data.');
    expect(normalise(once)).toBe(once);
  });
});
