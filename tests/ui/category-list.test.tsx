// @vitest-environment happy-dom
// The popup's "Topics covered": each topic says how many sentences speak to it before it is opened, and
// opened shows a few of them, never a heading (issue 14: "categories show a count and open on demand").

import { describe, expect, test } from 'vitest';
import { CategoryList } from '../../components/CategoryList';
import type { Summary } from '../../engine/types';
import { MAX_QUOTES } from '../../lib/evidence';
import { sampleSummary } from '../background/summary-fixture';
import { expand, mount } from './render';

const clause = (text: string, start: number) => ({ text, start, end: start + text.length, rule: 'r' });

const COOKIES = [
  'Cookies and Similar Technologies',
  'We use cookies to remember your preferences.',
  'We use web beacons to count visits.',
  'Learn more about cookies',
  'Advertisers may place cookies on your browser.',
  'We use local storage to keep you signed in.',
  'Analytics providers set cookies to measure use.',
];

function withTopics(): Summary {
  const summary = sampleSummary();
  return {
    ...summary,
    categories: {
      ...summary.categories,
      cookies: { mentioned: true, clauses: COOKIES.map((text, i) => clause(text, i * 100)) },
      security: { mentioned: true, clauses: [clause('We encrypt your data in transit.', 0)] },
      retention: { mentioned: false, clauses: [] },
    },
  };
}

async function topics() {
  const root = await mount(<CategoryList summary={withTopics()} />);
  const topic = (id: string) => root.querySelector(`[data-category="${id}"]`);
  return { root, topic };
}

describe('CategoryList', () => {
  test('each topic shows its count of sentences while closed: headings and links are not counted', async () => {
    const { topic } = await topics();
    expect(topic('cookies')?.querySelector('details')?.open).toBe(false);
    expect(topic('cookies')?.querySelector('summary .count')?.textContent).toBe('5 sentences');
    expect(topic('security')?.querySelector('summary .count')?.textContent).toBe('1 sentence');
    expect(topic('retention')?.querySelector('.count')?.textContent).toBe('not mentioned');
  });

  test(`opened, a topic quotes at most ${MAX_QUOTES} sentences, never a heading or a link`, async () => {
    const { topic } = await topics();
    const cookies = topic('cookies');
    expect(cookies?.querySelector('.quote')).toBeNull();
    await expand(cookies);
    const quotes = [...(cookies?.querySelectorAll('.category-body .quote') ?? [])].map((q) => q.textContent);
    expect(quotes).toHaveLength(MAX_QUOTES);
    expect(quotes[0]).toContain('We use cookies to remember your preferences.');
    expect(cookies?.textContent).not.toContain('Cookies and Similar Technologies');
    expect(cookies?.textContent).not.toContain('Learn more about cookies');
    expect(cookies?.textContent).toContain(`${MAX_QUOTES} of 5 shown`);
  });
});
