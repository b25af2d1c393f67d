// @vitest-environment happy-dom

import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { type PopupApi, PopupApp } from '../../components/PopupApp';
import type { TabSummary } from '../../messaging/protocol';
import { sampleSummary } from '../background/summary-fixture';
import { buttonByText, click, expand, expandAll, mount, settle, until } from './render';

const summaryResult: TabSummary = {
  state: 'summary',
  summary: sampleSummary(),
  fromCache: true,
  analysedAt: '2025-11-22T10:00:00.000Z',
};

function fakeApi(results: Array<TabSummary | Error>): PopupApi & { copied: string[] } {
  const copied: string[] = [];
  return {
    copied,
    summarise: vi.fn(async () => {
      const next = results.shift();
      if (!next || next instanceof Error) throw next ?? new Error('no more results');
      return next;
    }),
    showQuote: vi.fn(async () => true),
    openLink: vi.fn(),
    copy: async (text) => {
      copied.push(text);
    },
  };
}

describe('PopupApp', () => {
  test('shows a summary and copies its Markdown', async () => {
    const api = fakeApi([summaryResult]);
    const root = await mount(<PopupApp api={api} />);
    expect(root.querySelector('[data-state="summary"]')).not.toBeNull();
    expect(root.querySelector('[data-from-cache="true"]')).not.toBeNull();
    await click(buttonByText(root, 'Copy Markdown'));
    // The Markdown writer is fetched on the first click (components/ExportButtons.tsx).
    await until(() => api.copied.length > 0, 'the Markdown is copied');
    expect(api.copied).toHaveLength(1);
    expect(api.copied[0]).toContain(`**Grade ${sampleSummary().grade}**`);
    expect(api.copied[0]).toContain('| Sells your data |');
    expect(root.textContent).toContain('Markdown copied.');
  });

  test('"Download .md" downloads the same Markdown under the policy\'s name', async () => {
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:policylens-test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    try {
      const api = fakeApi([summaryResult]);
      const root = await mount(<PopupApp api={api} />);
      await click(buttonByText(root, 'Download .md'));
      await until(() => downloads.length > 0, 'the download starts');
      expect(downloads).toEqual([expect.stringMatching(/^policylens-[a-z0-9.-]+-2025-11-22\.md$/)]);
      expect(await blobs[0]?.text()).toContain(`**Grade ${sampleSummary().grade}**`);
      expect(root.textContent).toContain('Download started.');
    } finally {
      vi.restoreAllMocks();
    }
  });

  test('a quote click asks the page to show it', async () => {
    const api = fakeApi([summaryResult]);
    const root = await mount(<PopupApp api={api} />);
    await expand(root.querySelector('[data-question="sells-data"]'));
    await click(root.querySelector('[data-question="sells-data"] button.quote'));
    expect(api.showQuote).toHaveBeenCalledWith(expect.stringContaining('We do not sell or rent'));
  });

  test('the first screen holds grade, top findings and export, in that order, before the details', async () => {
    const root = await mount(<PopupApp api={fakeApi([summaryResult])} />);
    const first = root.querySelector('.first-screen');
    const parts = [...(first?.children ?? [])].map((e) => e.className.split(' ')[0]);
    expect(parts.slice(0, 3)).toEqual(['grade-card', 'top-findings', 'export']);
    const findings = [...root.querySelectorAll('.top-findings li')];
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeLessThanOrEqual(5);
    // A shape and a word for every finding, not a colour alone.
    for (const li of findings) {
      expect(li.querySelector('.finding-icon')?.textContent).toMatch(/^[✓✗?]$/);
      expect(li.querySelector('.visually-hidden')?.textContent).toMatch(/^(Good|Bad|Not stated|Unclear):/);
    }
    expect(first?.querySelector('li.answer, .score-reasons')).toBeNull();
  });

  test('"not found on the page" shows beside the quote that was clicked, and only there', async () => {
    const api = fakeApi([summaryResult]);
    api.showQuote = vi.fn(async () => false);
    const root = await mount(<PopupApp api={api} />);
    await expandAll(root);
    const clicked = root.querySelector('[data-question="sells-data"] .quote-wrap');
    await click(clicked?.querySelector('button.quote'));
    expect(clicked?.querySelector('.quote-status')?.textContent).toBe(
      'Not found on the page as it is shown now.',
    );
    const others = [...root.querySelectorAll('.quote-wrap')].filter((w) => w !== clicked);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((w) => w.querySelector('.quote-status')?.textContent === '')).toBe(true);
  });

  test('a page that does not answer says so beside the quote', async () => {
    const api = fakeApi([summaryResult]);
    api.showQuote = vi.fn(async () => {
      throw new Error('no receiver');
    });
    const root = await mount(<PopupApp api={api} />);
    await expand(root.querySelector('[data-question="sells-data"]'));
    const wrap = root.querySelector('[data-question="sells-data"] .quote-wrap');
    await click(wrap?.querySelector('button.quote'));
    expect(wrap?.querySelector('.quote-status')?.textContent).toContain('did not answer');
  });

  test('the request leaves during the first render, before any effect (which waits for a paint)', async () => {
    const api = fakeApi([summaryResult]);
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    // Plain render, outside act(): effects have not run when it returns.
    render(<PopupApp api={api} />, container);
    expect(container.querySelector('[data-state="loading"]')).not.toBeNull();
    expect(api.summarise).toHaveBeenCalledTimes(1);
    expect(api.summarise).toHaveBeenCalledWith(false);
    await settle();
    await until(() => container.querySelector('[data-state="summary"]') !== null, 'the summary shows');
    expect(api.summarise).toHaveBeenCalledTimes(1);
  });

  test('a reply that comes before the first frame is rendered without waiting for a paint', async () => {
    const api = fakeApi([summaryResult]);
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    render(<PopupApp api={api} />, container);
    // Microtasks only: no timer and no animation frame runs, as none would before the browser's next frame.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(container.querySelector('.grade-card .grade')?.textContent).toBe(sampleSummary().grade);
  });

  test('while it reads, the popup says what it is doing, not bare text', async () => {
    const api = fakeApi([]);
    api.summarise = vi.fn(() => new Promise<TabSummary>(() => {}));
    const root = await mount(<PopupApp api={api} />);
    const loading = root.querySelector('[data-state="loading"]');
    expect(loading?.getAttribute('role')).toBe('status');
    expect(loading?.querySelector('h1')?.textContent).toBe('PolicyLens');
    expect(loading?.querySelector('.loading-bar')).not.toBeNull();
    expect(loading?.textContent).toContain('Reading the policy on this device');
  });

  test('an error shows its message, and "Try again" asks again', async () => {
    const api = fakeApi([new Error('The service worker is gone'), summaryResult]);
    const root = await mount(<PopupApp api={api} />);
    expect(root.querySelector('[data-state="error"]')?.textContent).toContain('The service worker is gone');
    await click(buttonByText(root, 'Try again'));
    expect(root.querySelector('[data-state="summary"]')).not.toBeNull();
  });

  test('an unreadable page says so', async () => {
    const root = await mount(
      <PopupApp api={fakeApi([{ state: 'unreadable', reason: 'PDFs are off limits.' }])} />,
    );
    expect(root.querySelector('[data-state="unreadable"]')?.textContent).toContain('PDFs are off limits.');
  });

  test('a non-policy page offers its privacy link and "Analyse anyway"', async () => {
    const api = fakeApi([
      {
        state: 'not-policy',
        url: 'https://a.example/',
        title: 'Shop',
        confidence: 0.1,
        privacyLinks: [{ href: 'https://a.example/privacy', text: 'Privacy Policy' }],
      },
      summaryResult,
    ]);
    const root = await mount(<PopupApp api={api} />);
    expect(root.querySelector('[data-state="not-policy"]')).not.toBeNull();
    await click(buttonByText(root, 'Privacy Policy'));
    expect(api.openLink).toHaveBeenCalledWith('https://a.example/privacy');
    await click(buttonByText(root, 'Analyse anyway'));
    expect(api.summarise).toHaveBeenLastCalledWith(true);
    expect(root.querySelector('[data-state="summary"]')).not.toBeNull();
  });
});
