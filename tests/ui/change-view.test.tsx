// @vitest-environment happy-dom
// The popup's "What changed since <date>" view, from a diff of two versions of a fixture policy.

import { describe, expect, test, vi } from 'vitest';
import { type PopupApi, PopupApp } from '../../components/PopupApp';
import { diffPolicies } from '../../engine/diff';
import type { TabSummary } from '../../messaging/protocol';
import { analyzeVersion } from '../../rules/engine';
import { POLICY_V1, replaceSentence } from '../engine/diff-fixture';
import { buttonByText, click, mount, until } from './render';

const SELLS = 'We sell your personal information to data brokers.';
const V2 = replaceSentence(
  replaceSentence(POLICY_V1, 'for 30 days after', 'for 90 days after'),
  'You can access and correct your personal information from the settings page of your account.',
  SELLS,
);
const after = analyzeVersion(V2, { url: 'https://acme.example/privacy' });
const diff = diffPolicies(analyzeVersion(POLICY_V1, { url: 'https://acme.example/privacy' }), after);

function api(result: TabSummary): PopupApi & { copied: string[]; shown: string[] } {
  const copied: string[] = [];
  const shown: string[] = [];
  return {
    copied,
    shown,
    summarise: vi.fn(async () => result),
    showQuote: vi.fn(async (text: string) => {
      shown.push(text);
      return true;
    }),
    openLink: vi.fn(),
    copy: async (text) => {
      copied.push(text);
    },
  };
}

const base = {
  state: 'summary',
  summary: after.summary,
  fromCache: false,
  analysedAt: '2026-11-20T10:00:00.000Z',
} as const;

/** Mounts the popup with the change and opens its full view from the first screen's line. */
async function openChangeView(a: PopupApi): Promise<HTMLElement> {
  const root = await mount(<PopupApp api={a} />);
  await click(buttonByText(root, 'See what changed'));
  // Its code is fetched on that click (components/PopupApp.tsx).
  await until(() => root.querySelector('[data-state="change"]') !== null, 'the change view opens');
  return root;
}

describe('the first screen with a change', () => {
  test('says what changed in one line under the grade; the full view is not there yet', async () => {
    const root = await mount(
      <PopupApp api={api({ ...base, change: { since: '2026-03-03T09:00:00.000Z', diff } })} />,
    );
    const first = root.querySelector('.first-screen');
    const parts = [...(first?.children ?? [])].map((e) => e.className.split(' ')[0]);
    expect(parts.slice(0, 4)).toEqual(['grade-card', 'change-line', 'top-findings', 'export']);
    const line = first?.querySelector('.change-line p')?.textContent ?? '';
    // Selling weighs the most of the answers that changed: it leads the line, the others are counted.
    expect(line).toMatch(/^Changed since .*2026: now says it may sell your data \(and 2 more answers\)$/);
    expect(root.querySelector('[data-state="change"]')).toBeNull();
    expect(root.querySelector('[data-state="summary"]')).not.toBeNull();
  });

  test("the first screen's Copy exports what changed as the first screen says it, under the grade", async () => {
    const a = api({ ...base, change: { since: '2026-03-03T09:00:00.000Z', diff } });
    const root = await mount(<PopupApp api={a} />);
    await click(buttonByText(root, 'Copy Markdown'));
    await until(() => a.copied.length > 0, 'the Markdown is copied');
    const lines = a.copied[0]?.split('\n') ?? [];
    const grade = lines.findIndex((l) => l.startsWith('- **Grade'));
    expect(lines[grade + 1]).toMatch(
      /^- Changed since .*2026: now says it may sell your data \(and 2 more answers\)$/,
    );
  });

  test('without a change, the export says nothing changed', async () => {
    const a = api(base);
    const root = await mount(<PopupApp api={a} />);
    await click(buttonByText(root, 'Copy Markdown'));
    await until(() => a.copied.length > 0, 'the Markdown is copied');
    expect(a.copied[0]).not.toContain('Changed since');
  });

  test('"See what changed" opens the full view, focused; "Back" returns to the summary', async () => {
    const root = await openChangeView(api({ ...base, change: { since: '2026-03-03T09:00:00.000Z', diff } }));
    const view = root.querySelector('[data-state="change"]');
    expect(view?.querySelector('h1')?.textContent).toMatch(/^What changed since .*2026/);
    expect(document.activeElement).toBe(view?.querySelector('h1'));
    expect(root.querySelector('[data-state="summary"]')).toBeNull();
    await click(buttonByText(root, 'Back to the summary'));
    expect(root.querySelector('[data-state="change"]')).toBeNull();
    expect(root.querySelector('[data-state="summary"]')).not.toBeNull();
    expect(document.activeElement?.textContent).toBe('See what changed');
  });
});

describe('the change view', () => {
  test('answers that changed come first, each with its headline', async () => {
    const root = await openChangeView(api({ ...base, change: { since: '2026-03-03T09:00:00.000Z', diff } }));
    const view = root.querySelector('[data-state="change"]');
    const answers = view?.querySelector('.change-answers');
    const group = view?.querySelector('.change-group');
    expect(
      answers && group && answers.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const questions = [...(view?.querySelectorAll('.change-answers > li') ?? [])].map((li) =>
      li.getAttribute('data-question'),
    );
    expect(questions).toEqual(expect.arrayContaining(['sells-data', 'user-access']));
    expect(view?.querySelector('[data-question="sells-data"]')?.textContent).toContain(
      'Now says it may sell your data',
    );
  });

  test('lists the reworded clause with both versions and the sentence that replaced one', async () => {
    const root = await openChangeView(api({ ...base, change: { since: '2026-03-03T09:00:00.000Z', diff } }));
    const reworded = root.querySelector('[data-group="reworded"]')?.textContent ?? '';
    expect(reworded).toContain('for 30 days after');
    expect(reworded).toContain('for 90 days after');
    const groups = [...root.querySelectorAll('.change-group')].map((g) => g.getAttribute('data-group'));
    expect(groups.length).toBeGreaterThan(0);
    expect(root.querySelector('[data-state="change"]')?.textContent).toContain(SELLS);
  });

  test('a quote of the new version is shown in the page; one of the old version is not a button', async () => {
    const a = api({ ...base, change: { since: '2026-03-03T09:00:00.000Z', diff } });
    const root = await openChangeView(a);
    await click(root.querySelector('[data-question="sells-data"] button.quote'));
    expect(a.shown).toEqual([SELLS]);
    expect(root.querySelector('[data-question="user-access"] .before button')).toBeNull();
    expect(root.querySelector('[data-question="user-access"] .before blockquote')).not.toBeNull();
  });

  test('"Copy change as Markdown" copies the change report', async () => {
    const a = api({ ...base, change: { since: '2026-03-03T09:00:00.000Z', diff } });
    const root = await openChangeView(a);
    await click(buttonByText(root, 'Copy change as Markdown'));
    expect(a.copied).toHaveLength(1);
    expect(a.copied[0]).toMatch(/^# What changed in /);
    expect(a.copied[0]).toContain('Now says it may sell your data');
  });

  test('without a change the popup shows the summary alone', async () => {
    const root = await mount(<PopupApp api={api(base)} />);
    expect(root.querySelector('[data-state="change"], .change-line')).toBeNull();
    expect(root.querySelector('[data-state="summary"]')).not.toBeNull();
  });
});
