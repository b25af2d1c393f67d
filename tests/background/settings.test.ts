import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  badgesShownOn,
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  sanitiseSettings,
  saveSettings,
  updateSettings,
} from '../../settings/settings';

describe('sanitiseSettings', () => {
  const lists = { badgesOffSites: [], readSites: [] };
  test.each<[string, unknown, Settings]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    [
      'a valid value',
      { showLinkBadges: false, keepDays: 7, badgesOffSites: ['a.example'], readSites: ['https://b.example'] },
      { showLinkBadges: false, keepDays: 7, badgesOffSites: ['a.example'], readSites: ['https://b.example'] },
    ],
    [
      'days below the range',
      { showLinkBadges: true, keepDays: 0 },
      { showLinkBadges: true, keepDays: 1, ...lists },
    ],
    [
      'days above the range',
      { showLinkBadges: true, keepDays: 10_000 },
      { showLinkBadges: true, keepDays: 365, ...lists },
    ],
    ['fractional days', { keepDays: 2.6 }, { showLinkBadges: true, keepDays: 3, ...lists }],
    [
      'wrong types',
      { showLinkBadges: 'no', keepDays: 'ten', badgesOffSites: 'x', readSites: 3 },
      DEFAULT_SETTINGS,
    ],
    ['NaN days', { keepDays: Number.NaN }, DEFAULT_SETTINGS],
    [
      'sites are normalised, deduplicated, and junk dropped',
      {
        badgesOffSites: ['Shop.Example', 'https://shop.example/path', 'javascript:alert(1)', 5, ''],
        readSites: ['https://b.example/privacy', 'HTTPS://B.EXAMPLE', 'ftp://c.example', 'not a url'],
      },
      { ...DEFAULT_SETTINGS, badgesOffSites: ['shop.example'], readSites: ['https://b.example'] },
    ],
  ])('%s', (_what, raw, expected) => expect(sanitiseSettings(raw)).toEqual(expected));
});

describe('badgesShownOn', () => {
  const settings = { ...DEFAULT_SETTINGS, badgesOffSites: ['off.example'] };
  test.each<[string, Settings, string, boolean]>([
    ['on by default', DEFAULT_SETTINGS, 'a.example', true],
    ['off everywhere', { ...DEFAULT_SETTINGS, showLinkBadges: false }, 'a.example', false],
    ['off on a listed site', settings, 'off.example', false],
    ['on on another site', settings, 'www.off.example', true],
  ])('%s', (_what, s, host, expected) => expect(badgesShownOn(s, host)).toBe(expected));
});

describe('loadSettings and saveSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('defaults when nothing is stored, and what was saved afterwards', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, showLinkBadges: false, keepDays: 90 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showLinkBadges: false, keepDays: 90 });
  });

  test('updateSettings changes what is stored, cleaned', async () => {
    await updateSettings((s) => ({ ...s, badgesOffSites: [...s.badgesOffSites, 'News.Example'] }));
    expect((await loadSettings()).badgesOffSites).toEqual(['news.example']);
  });

  test('a value someone wrote by hand is cleaned on read', async () => {
    await fakeBrowser.storage.local.set({ settings: { showLinkBadges: 1, keepDays: -5 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showLinkBadges: true, keepDays: 1 });
  });
});
