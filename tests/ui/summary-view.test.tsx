// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { REST_WITHIN_MS, SummaryView } from '../../components/SummaryView';
import { QUESTION_IDS } from '../../engine/ids';
import type { Summary } from '../../engine/types';
import { sampleSummary } from '../background/summary-fixture';
import { click, expand, expandAll, mount, until } from './render';

const analysedAt = '2025-11-22T10:00:00.000Z';

function withContradiction(summary: Summary): Summary {
  const yes = { text: 'We sell your data to brokers.', start: 0, end: 29, rule: 'r', says: 'yes' as const };
  const no = { text: 'We never sell your data.', start: 30, end: 54, rule: 'r', says: 'no' as const };
  return {
    ...summary,
    answers: {
      ...summary.answers,
      'sells-data': { answer: 'unclear', evidence: [yes, no], contradiction: { yes, no } },
    },
  };
}

describe('SummaryView', () => {
  test('renders the first screen first, and the rest once that has been painted', async () => {
    const summary = sampleSummary();
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    // Plain render, outside act(): preact has not run the effect that waits for the paint.
    render(<SummaryView summary={summary} analysedAt={analysedAt} />, container);
    const article = container.querySelector('article.summary');
    expect(article?.getAttribute('data-state')).toBe('first-screen');
    expect(article?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.grade')?.textContent).toBe(summary.grade);
    expect(container.querySelectorAll('.top-findings li').length).toBeGreaterThanOrEqual(3);
    expect(container.querySelector('li.answer, [data-category], .score-reasons')).toBeNull();
    await until(() => article?.getAttribute('data-state') === 'summary', 'the rest is rendered');
    expect(article?.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelectorAll('li.answer')).toHaveLength(QUESTION_IDS.length);
  });

  test('the rest waits for an idle main thread, REST_WITHIN_MS at the latest; unmounted, it is not rendered', async () => {
    const idle: Array<{ run: () => void; timeout: number | undefined }> = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) =>
      idle.push({ run, timeout: options?.timeout }),
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    try {
      // mount() lets tasks run as well: without an idle callback, the rest would be there after it.
      const root = await mount(<SummaryView summary={sampleSummary()} analysedAt={analysedAt} />);
      const article = root.querySelector('article.summary');
      expect(article?.getAttribute('data-state')).toBe('first-screen');
      expect(idle.map((i) => i.timeout)).toEqual([REST_WITHIN_MS]);
      await act(async () => idle[0]?.run());
      expect(article?.getAttribute('data-state')).toBe('summary');
      expect(root.querySelectorAll('li.answer')).toHaveLength(QUESTION_IDS.length);

      const other = await mount(<SummaryView summary={sampleSummary()} analysedAt={analysedAt} />);
      await act(async () => render(null, other));
      expect(cancelled).toEqual([2]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('shows the grade, the score, the 16 answers, the categories and the data types', async () => {
    const summary = sampleSummary();
    const root = await mount(<SummaryView summary={summary} analysedAt={analysedAt} />);
    expect(root.querySelector('.grade')?.textContent).toBe(summary.grade);
    expect(root.textContent).toContain(`${summary.score}/100`);
    expect(root.querySelectorAll('li.answer')).toHaveLength(QUESTION_IDS.length);
    expect(root.querySelectorAll('[data-category]')).toHaveLength(12);
    expect(root.querySelectorAll('.data-types li')).toHaveLength(summary.dataTypes.length);
    expect(root.querySelectorAll('.score-reasons li').length).toBeGreaterThan(10);
  });

  test('a text not read as a policy says "Not graded": no grade letter, no score, no "Why this grade"', async () => {
    const summary = { ...sampleSummary(), isPolicy: false, graded: false };
    const root = await mount(<SummaryView summary={summary} analysedAt={analysedAt} />);
    expect(root.querySelector('.grade')?.textContent).toBe('?');
    expect(root.querySelector('.grade')?.getAttribute('aria-label')).toBe('Not graded');
    expect(root.querySelector('.grade')?.className).not.toContain(`grade-${summary.grade}`);
    expect(root.querySelector('[data-graded]')?.getAttribute('data-graded')).toBe('false');
    expect(root.querySelector('[data-state="summary"]')?.getAttribute('data-grade')).toBe('none');
    expect(root.textContent).toContain('Not graded');
    expect(root.textContent).not.toMatch(/\/100|Grade [A-E]|Why this grade/);
    expect(root.querySelector('.score-reasons')).toBeNull();
    // The answers are still there to read.
    expect(root.querySelectorAll('li.answer')).toHaveLength(QUESTION_IDS.length);
  });

  test('an answer expands to its quotes, and a quote click reports the quoted text', async () => {
    const summary = sampleSummary();
    const shown: string[] = [];
    const root = await mount(
      <SummaryView
        summary={summary}
        analysedAt={analysedAt}
        onShowQuote={async (t) => {
          shown.push(t);
          return true;
        }}
      />,
    );
    const item = root.querySelector('[data-question="sells-data"]');
    // Closed, an answer holds no quotes: they are rendered when it opens.
    expect(item?.querySelector('.answer-body')).toBeNull();
    await expand(item);
    const quote = item?.querySelector('button.quote');
    expect(quote?.textContent).toContain('We do not sell or rent your personal information');
    await click(quote);
    expect(shown).toEqual([summary.answers['sells-data'].evidence[0]?.text]);
  });

  test('a contradiction shows "the policy says both" with both quotes', async () => {
    const root = await mount(
      <SummaryView summary={withContradiction(sampleSummary())} analysedAt={analysedAt} />,
    );
    const item = root.querySelector('[data-question="sells-data"]');
    expect(item?.querySelector('.chip')?.textContent).toContain('says both');
    await expand(item);
    expect(item?.querySelector('.contradiction')?.textContent).toMatch(
      /says both.*Yes:.*We sell your data to brokers.*No:.*We never sell your data/s,
    );
  });

  test('page text is shown as text, never as markup', async () => {
    const summary = sampleSummary();
    summary.source.title = '<img src=x onerror=alert(1)>';
    const evil = {
      text: '<script>alert(1)</script> We never sell it.',
      start: 0,
      end: 10,
      rule: 'r',
      says: 'no' as const,
    };
    summary.answers['sells-data'] = { answer: 'no', evidence: [evil] };
    const root = await mount(<SummaryView summary={summary} analysedAt={analysedAt} />);
    await expandAll(root);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
  });

  test('"Why this grade" lists every line by points lost, then the total and the bands', async () => {
    const summary = sampleSummary();
    const root = await mount(<SummaryView summary={summary} analysedAt={analysedAt} />);
    const lines = [...root.querySelectorAll('.score-reasons li[data-finding]')];
    expect(lines).toHaveLength(summary.scoreLines.length);
    const lost = lines.map((li) => {
      const [got, max] = (li.querySelector('.points')?.textContent ?? '').split(' of ').map(Number);
      return (max ?? 0) - (got ?? 0);
    });
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
    expect(lost[0]).toBeGreaterThan(0);
    expect(root.querySelector('.reason-total')?.textContent).toBe(`Total${summary.score} of 100`);
    expect(root.querySelector('.score-reasons')?.textContent).toContain('A 80–100 · B 65–79');
    // The answers follow the same order.
    const answers = [...root.querySelectorAll('li.answer')].map((li) => li.getAttribute('data-question'));
    expect(answers.slice(0, 3)).toEqual(lines.slice(0, 3).map((li) => li.getAttribute('data-finding')));
  });

  test('"can" of ability is no hedge; "may" is; topics count sentences, not "clauses"', async () => {
    const summary = sampleSummary();
    const can = {
      text: 'You can exercise your right to opt out.',
      start: 0,
      end: 39,
      rule: 'r',
      says: 'yes' as const,
      modal: 'can',
    };
    const may = { ...can, text: 'We may sell your data.', start: 40, end: 62, modal: 'may' };
    summary.answers['opt-out'] = { answer: 'yes', evidence: [can] };
    summary.answers['sells-data'] = { answer: 'yes', evidence: [may] };
    const root = await mount(<SummaryView summary={summary} analysedAt={analysedAt} />);
    await expandAll(root);
    expect(root.querySelector('[data-question="opt-out"] .answer-body')?.textContent).not.toContain('hedged');
    expect(root.querySelector('[data-question="sells-data"] .answer-body')?.textContent).toContain(
      'hedged: “may”',
    );
    expect(root.textContent).not.toMatch(/clause/i);
  });

  test('a non-English page gets no grade', async () => {
    const summary = { ...sampleSummary(), language: { english: false, confidence: 0.1 } };
    const root = await mount(<SummaryView summary={summary} analysedAt={analysedAt} />);
    expect(root.querySelector('[data-state="not-english"]')).not.toBeNull();
    expect(root.querySelector('.grade')).toBeNull();
    expect(root.textContent).not.toContain('/100');
  });
});
