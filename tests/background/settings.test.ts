import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isHostName, parseKeepDays, parseSiteInput, siteHost } from '../../settings/sanitise';
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
        badgesOffSites: [
          'Shop.Example',
          'https://shop.example/path',
          'javascript:alert(1)',
          5,
          '',
          // What an earlier version stored for "not a site!!" (Chromium escapes a space in a host).
          'not%20a%20site!!',
        ],
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

describe('parseSiteInput: what a person types as a site', () => {
  describe('is read as a host name', () => {
    test.each<[string, string]>([
      ['example.com', 'example.com'],
      ['  Shop.Example.COM  ', 'shop.example.com'],
      ['https://news.example/', 'news.example'],
      ['http://news.example', 'news.example'],
      ['example.com.', 'example.com'],
      ['Bücher.de', 'xn--bcher-kva.de'],
      ['例え.jp', 'xn--r8jz45g.jp'],
      ['localhost', 'localhost'],
      ['192.168.0.10', '192.168.0.10'],
      ['[::1]', '[::1]'],
      ['my_host.example', 'my_host.example'],
    ])('%s → %s', (typed, host) => expect(parseSiteInput(typed)).toEqual({ ok: true, host }));
  });

  describe('is refused with a message saying why', () => {
    test.each<[string, RegExp]>([
      ['not a site!!', /“not a site!!” has a space/],
      ['notasite!!', /“notasite!!” is not a site name/],
      ['', /Nothing typed/],
      ['   ', /Nothing typed/],
      ['example.com/privacy', /has a path/],
      ['https://example.com/privacy?x=1', /has a path/],
      ['example.com?x', /has a path/],
      ['example.com#top', /has a path/],
      ['example.com:8080', /has a port/],
      ['user@example.com', /user name/],
      ['ftp://example.com', /Only web sites/],
      ['javascript:alert(1)', /is not a site name/],
      ['-bad-.example', /is not a site name/],
      ['a..example', /is not a site name/],
      [`${'a'.repeat(64)}.example`, /is not a site name/],
      ['x'.repeat(400), /too long/],
    ])('%s', (typed, why) => {
      const parsed = parseSiteInput(typed);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.message).toMatch(why);
      expect(parsed.message).toContain('Type a site name, such as example.com.');
    });
  });

  test('a long refusal quotes only the start of what was typed', () => {
    const parsed = parseSiteInput(`${'a'.repeat(200)} b`);
    if (parsed.ok) throw new Error('accepted');
    expect(parsed.message).toContain(`“${'a'.repeat(60)}…”`);
    expect(parsed.message.length).toBeLessThan(150);
  });
});

describe('isHostName', () => {
  describe('returns true', () => {
    test.each(['example.com', 'xn--bcher-kva.de', 'a-b.c', '10.0.0.1', '[2001:db8::1]', 'localhost'])(
      '%s',
      (host) => expect(isHostName(host)).toBe(true),
    );
  });
  describe('returns false', () => {
    test.each(['', 'not%20a%20site!!', 'a b.com', '-a.com', 'a-.com', 'a..com', '.com', 'a!.com', 'ä.com'])(
      '%s',
      (host) => expect(isHostName(host)).toBe(false),
    );
  });
});

describe('siteHost (stored values and page addresses)', () => {
  test.each<[string, string | null]>([
    ['https://shop.example/path?q=1', 'shop.example'],
    ['Shop.Example', 'shop.example'],
    ['not%20a%20site!!', null],
    ['notasite!!', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (value, expected) => expect(siteHost(value)).toBe(expected));
});

describe('parseKeepDays: "Keep for" as typed', () => {
  test.each<[string, number, string]>([
    ['30', 30, ''],
    ['1', 1, ''],
    ['365', 365, ''],
    ['0', 1, '0 is below the shortest time: kept for 1 day.'],
    ['-5', 1, '-5 is below the shortest time: kept for 1 day.'],
    ['99999', 365, '99999 is above the longest time: kept for 365 days.'],
    ['1e9', 365, '1e9 is above the longest time: kept for 365 days.'],
    ['7.4', 7, 'Whole days only: kept for 7 days.'],
    ['0.4', 1, '0.4 is below the shortest time: kept for 1 day.'],
  ])('%s → %i days', (typed, days, message) =>
    expect(parseKeepDays(typed)).toEqual({ ok: true, days, message }),
  );

  test.each(['', '  ', 'ten', 'Infinity', 'NaN'])('%j is refused and nothing is saved', (typed) => {
    expect(parseKeepDays(typed)).toEqual({
      ok: false,
      message: 'Type a number of days, from 1 to 365 days. Nothing was changed.',
    });
  });

  test('what was clamped is what is stored and read back (no change on reload)', async () => {
    fakeBrowser.reset();
    const parsed = parseKeepDays('99999');
    if (!parsed.ok) throw new Error('refused');
    await saveSettings({ ...DEFAULT_SETTINGS, keepDays: parsed.days });
    expect((await loadSettings()).keepDays).toBe(parsed.days);
  });
});
