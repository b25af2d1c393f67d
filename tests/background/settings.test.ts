import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, sanitiseSettings, saveSettings } from '../../settings/settings';

describe('sanitiseSettings', () => {
  test.each<[string, unknown, { showLinkBadges: boolean; keepDays: number }]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['a valid value', { showLinkBadges: false, keepDays: 7 }, { showLinkBadges: false, keepDays: 7 }],
    ['days below the range', { showLinkBadges: true, keepDays: 0 }, { showLinkBadges: true, keepDays: 1 }],
    [
      'days above the range',
      { showLinkBadges: true, keepDays: 10_000 },
      { showLinkBadges: true, keepDays: 365 },
    ],
    ['fractional days', { keepDays: 2.6 }, { showLinkBadges: true, keepDays: 3 }],
    ['wrong types', { showLinkBadges: 'no', keepDays: 'ten' }, DEFAULT_SETTINGS],
    ['NaN days', { keepDays: Number.NaN }, DEFAULT_SETTINGS],
  ])('%s', (_what, raw, expected) => expect(sanitiseSettings(raw)).toEqual(expected));
});

describe('loadSettings and saveSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('defaults when nothing is stored, and what was saved afterwards', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ showLinkBadges: false, keepDays: 90 });
    expect(await loadSettings()).toEqual({ showLinkBadges: false, keepDays: 90 });
  });

  test('a value someone wrote by hand is cleaned on read', async () => {
    await fakeBrowser.storage.local.set({ settings: { showLinkBadges: 1, keepDays: -5 } });
    expect(await loadSettings()).toEqual({ showLinkBadges: true, keepDays: 1 });
  });
});
