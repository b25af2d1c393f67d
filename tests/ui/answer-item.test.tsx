// @vitest-environment happy-dom
// One answer of the popup as a person opens it: the few quotes that prove it, the deciding one first, never
// a heading or a link (issue 14, "Evidence that proves the answer"), and a chip whose mark and hidden words
// say good or bad without colour (issue 14: "told by chip colour alone … colour-blind people cannot read").

import { describe, expect, test } from 'vitest';
import { AnswerItem } from '../../components/AnswerItem';
import type { AnswerEvidence, AnswerResult, ScoreLine } from '../../engine/types';
import { MAX_QUOTES } from '../../lib/evidence';
import { expand, mount } from './render';

function quote(text: string, says: 'yes' | 'no', extra: Partial<AnswerEvidence> = {}): AnswerEvidence {
  return { text, start: text.length, end: text.length * 2, rule: 'r', says, ...extra };
}

const DECIDING = 'We sell your personal information to data brokers.';
const HEADING = 'Sale of Personal Information';
const VIDEO = 'Watch our privacy video';
const LINK = 'https://example.com/privacy/do-not-sell';

// As an engine may hand them over: the deciding sentence last, a heading and links among the quotes.
const SELLS: AnswerResult = {
  answer: 'yes',
  evidence: [
    quote('We may sell identifiers to our partners.', 'yes', { weak: true }),
    quote(HEADING, 'yes'),
    quote('Partners may buy your browsing history from us.', 'yes', { weak: true }),
    quote(VIDEO, 'yes'),
    quote('Advertisers may pay us for your purchase history.', 'yes', { weak: true }),
    quote(LINK, 'yes'),
    quote(DECIDING, 'yes'),
  ],
};

function line(points: number, max: number): ScoreLine {
  return { question: 'sells-data', answer: 'yes', points, max, reason: 'test' };
}

async function opened(result: AnswerResult, scoreLine: ScoreLine | undefined = line(0, 10)) {
  const root = await mount(
    <ul>
      <AnswerItem question="sells-data" result={result} line={scoreLine} onShowQuote={async () => true} />
    </ul>,
  );
  const item = root.querySelector('li.answer');
  await expand(item);
  return { root, quotes: [...(item?.querySelectorAll('.answer-body .quote-text') ?? [])] };
}

describe('an answer’s quotes in the popup', () => {
  test(`at most ${MAX_QUOTES}, the deciding one first, and how many there are`, async () => {
    const { root, quotes } = await opened(SELLS);
    expect(quotes).toHaveLength(MAX_QUOTES);
    expect(quotes[0]?.textContent).toBe(`“${DECIDING}”`);
    expect(root.textContent).toContain(`${MAX_QUOTES} of 4 sentences shown.`);
  });

  test('never a heading or a link', async () => {
    const { root, quotes } = await opened(SELLS);
    const shown = quotes.map((q) => q.textContent ?? '');
    for (const bare of [HEADING, VIDEO, LINK]) {
      expect(shown.some((text) => text.includes(bare))).toBe(false);
      expect(root.textContent).not.toContain(bare);
    }
  });

  test('only headings and links: says so, and quotes none', async () => {
    const { root, quotes } = await opened({
      answer: 'yes',
      evidence: [quote(HEADING, 'yes'), quote(LINK, 'yes')],
    });
    expect(quotes).toHaveLength(0);
    expect(root.textContent).toContain('Only a heading or a link speaks to this');
  });
});

describe('the chip says good or bad in a mark and in words, not in colour alone', () => {
  /** What a screen reader reads of the chip: its text without the aria-hidden mark. */
  function spoken(chip: Element | null): string {
    const copy = chip?.cloneNode(true) as Element | undefined;
    for (const hidden of copy?.querySelectorAll('[aria-hidden="true"]') ?? []) hidden.remove();
    return copy?.textContent ?? '';
  }

  test.each([
    ['full points', '✓', 'good for you', 'good', line(10, 10)],
    ['no points', '✗', 'bad for you', 'bad', line(0, 10)],
    ['some points', '?', 'not clear', 'mixed', line(4, 10)],
  ] as const)('%s: "%s", read as "yes (%s)"', async (_, mark, words, tone, scoreLine) => {
    const root = await mount(
      <ul>
        <AnswerItem question="sells-data" result={SELLS} line={scoreLine} />
      </ul>,
    );
    const chip = root.querySelector('.chip');
    expect(chip?.className).toContain(`tone-${tone}`);
    expect(chip?.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toBe(mark);
    expect(chip?.querySelector('.visually-hidden')?.textContent).toBe(` (${words})`);
    expect(spoken(chip)).toBe(`yes (${words})`);
  });

  test('a contradiction: "?" and "not clear" beside "says both"', async () => {
    const yes = quote(DECIDING, 'yes');
    const no = quote('We never sell your personal information.', 'no');
    const root = await mount(
      <ul>
        <AnswerItem
          question="sells-data"
          result={{ answer: 'unclear', evidence: [yes, no], contradiction: { yes, no } }}
          line={line(10, 10)}
        />
      </ul>,
    );
    const chip = root.querySelector('.chip');
    expect(chip?.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toBe('?');
    expect(spoken(chip)).toBe('says both (not clear)');
  });

  test('an answer that scores nothing either way has neither mark nor words', async () => {
    const root = await mount(
      <ul>
        <AnswerItem question="sells-data" result={SELLS} line={line(0, 0)} />
      </ul>,
    );
    const chip = root.querySelector('.chip');
    expect(chip?.querySelector('[aria-hidden="true"], .visually-hidden')).toBeNull();
    expect(chip?.textContent).toBe('yes');
  });
});
