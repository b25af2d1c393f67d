// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { NO_LONGER_SAVED } from '../../background/saved-summaries';
import { OptionsApp } from '../../components/OptionsApp';
import { SummaryCache } from '../../db/cache';
import { VersionHistory } from '../../db/versions';
import { optionsApi } from '../../messaging/options-api';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { messageDeps, send } from '../background/message-deps';
import { sampleSummary } from '../background/summary-fixture';
import { buttonByText, click, mount, settle, until } from './render';

let seq = 0;
const optionsPage = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };

/** The page's api over the background's message table, on real IndexedDB (fake-indexeddb). */
async function setup() {
  const name = `options-${seq++}`;
  const cache = await SummaryCache.open({ name });
  // The versions live beside the summaries, in the cache's database.
  const history = await VersionHistory.open({ name });
  await cache.put('https://a.example/privacy', 'h', sampleSummary('https://a.example/privacy'));
  await cache.put('https://b.example/privacy', 'h', sampleSummary('https://b.example/privacy'));
  let stored: Settings = { ...DEFAULT_SETTINGS };
  const loadSettings = async () => stored;
  const deps = messageDeps({
    ready: Promise.resolve(cache),
    history: Promise.resolve(history),
    loadSettings,
  });
  const api = optionsApi((type, data) => send(type, data, optionsPage, deps), {
    loadSettings,
    saveSettings: async (s) => {
      stored = s;
    },
  });
  const close = () => {
    cache.close();
    history.close();
  };
  return { cache, history, api, settings: () => stored, close };
}

describe('OptionsApp', () => {
  test('lists, opens, deletes and clears saved summaries', async () => {
    const { api, cache, close } = await setup();
    const root = await mount(<OptionsApp api={api} />);
    const rows = () => root.querySelectorAll('.cached-row').length;
    await until(() => rows() === 2, 'two rows listed');
    expect(root.textContent).not.toContain('cannot use this browser’s storage');

    await click(root.querySelector('button[aria-label="Open summary of https://a.example/privacy"]'));
    await until(() => root.querySelector('[data-state="summary"]') !== null, 'summary opened');
    await click(buttonByText(root, 'Back'));

    await click(root.querySelector('button[aria-label="Delete summary of https://a.example/privacy"]'));
    await until(() => rows() === 1, 'one row left');
    expect(await cache.get('https://a.example/privacy')).toBeUndefined();

    // The first click only asks; "Delete" clears.
    await click(buttonByText(root, 'Clear all'));
    expect(root.textContent).toContain(
      'Delete the saved summary and the versions recorded with them? This cannot be undone.',
    );
    await click(buttonByText(root, 'Delete it'));
    await until(() => root.textContent?.includes('No saved summaries.') === true, 'list emptied');
    expect(await cache.count()).toBe(0);
    close();
  });

  test('a summary deleted since the list was read: opening it says so, and the list is read again', async () => {
    const { api, cache, close } = await setup();
    const root = await mount(<OptionsApp api={api} />);
    await until(() => root.querySelectorAll('.cached-row').length === 2, 'two rows listed');
    // Another tab of the options page, or the background's own eviction.
    await cache.delete('https://a.example/privacy');
    await click(root.querySelector('button[aria-label="Open summary of https://a.example/privacy"]'));
    await until(() => root.querySelector('[role="alert"]') !== null, 'error shown');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(NO_LONGER_SAVED);
    expect(root.querySelector('[data-state="summary"]')).toBeNull();
    await until(() => root.querySelectorAll('.cached-row').length === 1, 'list read again');
    close();
  });

  test('without a database the page says that nothing is kept, rather than "No saved summaries" alone', async () => {
    const none = messageDeps({ ready: Promise.resolve(SummaryCache.none()) });
    const api = optionsApi((type, data) => send(type, data, optionsPage, none), {
      loadSettings: async () => DEFAULT_SETTINGS,
      saveSettings: async () => {},
    });
    const root = await mount(<OptionsApp api={api} />);
    await until(() => root.textContent?.includes('No saved summaries.') === true, 'list shown');
    expect(root.textContent).toContain('PolicyLens cannot use this browser’s storage right now');
  });

  test('"Clear all" asks first: Cancel keeps everything, and nothing is deleted until confirmed', async () => {
    const { api, cache, close } = await setup();
    const root = await mount(<OptionsApp api={api} />);
    await until(() => root.querySelectorAll('.cached-row').length === 2, 'two rows listed');

    await click(buttonByText(root, 'Clear all'));
    expect(root.textContent).toContain(
      'Delete all 2 saved summaries and the versions recorded with them? This cannot be undone.',
    );
    expect(buttonByText(root, 'Clear all')).toBeUndefined();
    // Focus goes to the safe choice, so that Enter pressed once more does not delete.
    expect(document.activeElement?.textContent).toBe('Cancel');
    await settle();
    expect(await cache.count()).toBe(2);

    await click(buttonByText(root, 'Cancel'));
    expect(root.textContent).not.toContain('This cannot be undone.');
    expect(root.querySelectorAll('.cached-row')).toHaveLength(2);
    expect(await cache.count()).toBe(2);

    await click(buttonByText(root, 'Clear all'));
    await click(buttonByText(root, 'Delete all 2'));
    await until(() => root.textContent?.includes('No saved summaries.') === true, 'list emptied');
    expect(await cache.count()).toBe(0);
    close();
  });

  test('a saved page that is not a policy is listed "Not graded", without its grade letter', async () => {
    const { api, cache, close } = await setup();
    const shop = {
      ...sampleSummary('https://c.example/shop'),
      isPolicy: false,
      graded: false,
      grade: 'D' as const,
    };
    await cache.put('https://c.example/shop', 'h', shop);
    const root = await mount(<OptionsApp api={api} />);
    await until(() => root.querySelectorAll('.cached-row').length === 3, 'three rows listed');
    const row = [...root.querySelectorAll('.cached-row')].find((r) =>
      r.textContent?.includes('c.example/shop'),
    );
    const mark = row?.querySelector('.grade');
    expect(mark?.textContent).toBe('?');
    expect(mark?.getAttribute('aria-label')).toBe('Not graded');
    expect(mark?.className).toContain('grade-none');
    expect(mark?.className).not.toContain('grade-D');
    expect(row?.textContent).toContain('Not graded');
    // The graded rows keep their letters.
    const graded = [...root.querySelectorAll('.cached-row .grade')].filter((g) =>
      /^[A-E]$/.test(g.textContent ?? ''),
    );
    expect(graded).toHaveLength(2);
    close();
  });

  test('settings changes are saved', async () => {
    const { api, settings, close } = await setup();
    const root = await mount(<OptionsApp api={api} />);
    await until(() => root.querySelector('input[name="showLinkBadges"]') !== null, 'settings shown');
    await click(root.querySelector('input[name="showLinkBadges"]'));
    expect(settings().showLinkBadges).toBe(false);
    const days = root.querySelector<HTMLInputElement>('input[name="keepDays"]');
    if (!days) throw new Error('no keepDays input');
    days.value = '7';
    days.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(settings().keepDays).toBe(7);
    close();
  });

  describe('"Keep for" is clamped as typed, and says so', () => {
    async function typeDays(value: string) {
      const { api, settings, close } = await setup();
      const root = await mount(<OptionsApp api={api} />);
      await until(() => root.querySelector('input[name="keepDays"]') !== null, 'settings shown');
      const days = root.querySelector<HTMLInputElement>('input[name="keepDays"]');
      if (!days) throw new Error('no keepDays input');
      days.value = value;
      days.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
      const message = root.querySelector('#keepDays-message')?.textContent ?? '';
      close();
      return { shown: days.value, saved: settings().keepDays, message };
    }

    test.each<[string, string, number, string]>([
      ['0', '1', 1, '0 is below the shortest time: kept for 1 day.'],
      ['99999', '365', 365, '99999 is above the longest time: kept for 365 days.'],
      ['12.6', '13', 13, 'Whole days only: kept for 13 days.'],
      ['90', '90', 90, 'From 1 to 365 days.'],
    ])('%s: the field shows %s, %i is saved', async (typed, shown, saved, message) => {
      expect(await typeDays(typed)).toEqual({ shown, saved, message });
    });

    test('what is not a number saves nothing, and the field shows the saved value again', async () => {
      expect(await typeDays('')).toEqual({
        shown: String(DEFAULT_SETTINGS.keepDays),
        saved: DEFAULT_SETTINGS.keepDays,
        message: 'Type a number of days, from 1 to 365 days. Nothing was changed.',
      });
    });

    test('clamped to the value already saved: the field still shows it (no silent change on reload)', async () => {
      const { api, settings, close } = await setup();
      await api.saveSettings({ ...DEFAULT_SETTINGS, keepDays: 365 });
      const root = await mount(<OptionsApp api={api} />);
      await until(() => root.querySelector('input[name="keepDays"]') !== null, 'settings shown');
      const days = root.querySelector<HTMLInputElement>('input[name="keepDays"]');
      if (!days) throw new Error('no keepDays input');
      // Twice: the second time neither the saved value nor the message changes, so nothing re-renders.
      for (const _ of [1, 2]) {
        days.value = '99999';
        days.dispatchEvent(new Event('change', { bubbles: true }));
        await settle();
        expect(days.value).toBe('365');
      }
      expect(settings().keepDays).toBe(365);
      expect(root.querySelector('#keepDays-message')?.textContent).toContain('kept for 365 days');
      close();
    });
  });
});

describe('OptionsApp: the version history', () => {
  test('shows how many versions each saved policy has, and clears the history', async () => {
    const { api, cache, history, close } = await setup();
    await history.record('https://a.example/privacy', 'v1', 'one');
    await history.record('https://a.example/privacy', 'v2', 'two');
    const root = await mount(<OptionsApp api={api} />);
    await until(() => root.textContent?.includes('2 versions recorded') === true, 'version count shown');
    expect(root.textContent).toContain('1 policy recorded.');
    await click(buttonByText(root, 'Clear version history'));
    // Only asked so far: the history is still there until confirmed.
    expect(root.textContent).toContain('Delete the recorded versions of every policy?');
    expect(await history.count()).toBeGreaterThan(0);
    await click(buttonByText(root, 'Delete the history'));
    await until(() => root.textContent?.includes('0 policies recorded.') === true, 'history cleared');
    expect(await history.count()).toBe(0);
    expect(root.textContent).not.toContain('versions recorded');
    // The saved summaries stay.
    expect(await cache.count()).toBe(2);
    close();
  });

  test('deleting a saved summary deletes the recorded versions of its policy, and only those', async () => {
    const { api, history, close } = await setup();
    await history.record('https://a.example/privacy', 'v1', 'one');
    await history.record('https://b.example/privacy', 'v1', 'one');
    const root = await mount(<OptionsApp api={api} />);
    await until(() => root.textContent?.includes('2 policies recorded.') === true, 'history counted');
    await click(root.querySelector('button[aria-label="Delete summary of https://a.example/privacy"]'));
    await until(() => root.textContent?.includes('1 policy recorded.') === true, 'its versions gone');
    expect(await history.get('https://a.example/privacy')).toBeUndefined();
    expect(await history.get('https://b.example/privacy')).toBeDefined();
    close();
  });
});
