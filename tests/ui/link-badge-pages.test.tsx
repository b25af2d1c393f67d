// @vitest-environment happy-dom
// The extension pages the hover badge opens: the permission page, the popup in its saved-summary mode, and
// the options page's per-site switch.
import { describe, expect, test, vi } from 'vitest';
import { PermissionApp } from '../../components/PermissionApp';
import { type PopupApi, PopupApp } from '../../components/PopupApp';
import { SettingsForm } from '../../components/SettingsForm';
import { savedSummaryUrl } from '../../entrypoints/popup/target-tab';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/sanitise';
import { sampleSummary } from '../background/summary-fixture';
import { buttonByText, click, expandAll, mount, settle } from './render';

describe('PermissionApp', () => {
  test('asks only when the button is clicked, and says what happened', async () => {
    const request = vi.fn(async () => true);
    const root = await mount(
      <PermissionApp origin="https://partner.example" request={request} close={() => {}} />,
    );
    expect(root.textContent).toContain('Allow PolicyLens to read partner.example?');
    expect(request).not.toHaveBeenCalled();
    await click(buttonByText(root, 'Allow reading partner.example'));
    expect(request).toHaveBeenCalledWith('https://partner.example');
    expect(root.querySelector('[data-state="permission-granted"]')).not.toBeNull();
  });

  test.each<[string, () => Promise<boolean>, string]>([
    ['refused', async () => false, 'permission-refused'],
    ['failed', async () => Promise.reject(new Error('no gesture')), 'permission-failed'],
  ])('%s', async (_what, request, state) => {
    const root = await mount(
      <PermissionApp origin="https://partner.example" request={request} close={() => {}} />,
    );
    await click(buttonByText(root, 'Allow reading'));
    expect(root.querySelector(`[data-state="${state}"]`)).not.toBeNull();
  });

  test('"Allow" is the primary action and comes first; "Not now" is secondary and closes', async () => {
    const close = vi.fn();
    const request = vi.fn(async () => true);
    const root = await mount(
      <PermissionApp origin="https://partner.example" request={request} close={close} />,
    );
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => [b.textContent, b.className])).toEqual([
      ['Allow reading partner.example', 'primary'],
      ['Not now', 'secondary'],
    ]);
    await click(buttonByText(root, 'Not now'));
    expect(close).toHaveBeenCalledTimes(1);
    expect(request).not.toHaveBeenCalled();
  });

  test('a bad origin offers nothing to allow', async () => {
    const root = await mount(<PermissionApp origin={null} request={vi.fn()} close={() => {}} />);
    expect(root.querySelector('button')).toBeNull();
  });
});

describe('popup.html?url=', () => {
  describe('savedSummaryUrl', () => {
    test.each<[string, string | null]>([
      ['?url=https%3A%2F%2Fa.example%2Fprivacy', 'https://a.example/privacy'],
      ['?url=http://a.example/p', 'http://a.example/p'],
      ['?url=javascript%3Aalert(1)', null],
      ['?url=chrome-extension%3A%2F%2Fx%2Foptions.html', null],
      ['?url=not%20a%20url', null],
      ['?tab=3', null],
      ['', null],
    ])('%s → %s', (search, expected) => expect(savedSummaryUrl(search)).toBe(expected));
  });

  test('a saved summary without a tab: quotes are not buttons', async () => {
    const api: PopupApi = {
      summarise: async () => ({
        state: 'summary',
        summary: sampleSummary(),
        fromCache: true,
        analysedAt: '2025-11-22T10:00:00.000Z',
      }),
      openLink: vi.fn(),
      copy: async () => {},
    };
    const root = await mount(<PopupApp api={api} />);
    expect(root.querySelector('[data-state="summary"]')).not.toBeNull();
    await expandAll(root);
    expect(root.querySelectorAll('blockquote.quote').length).toBeGreaterThan(0);
    expect(root.querySelector('button.quote')).toBeNull();
  });
});

describe('SettingsForm: badges off on a site', () => {
  function setup(initial: Settings) {
    let current = initial;
    const onChange = vi.fn((next: Settings) => {
      current = next;
    });
    return { onChange, current: () => current };
  }

  test('adds a site (normalised) and removes it', async () => {
    const { onChange, current } = setup({ ...DEFAULT_SETTINGS, badgesOffSites: ['old.example'] });
    const root = await mount(<SettingsForm settings={current()} onChange={onChange} />);
    const input = root.querySelector<HTMLInputElement>('input[name="badgesOffSites-new"]');
    if (!input) throw new Error('no input');
    input.value = 'https://News.Example/';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(current().badgesOffSites).toEqual(['old.example', 'news.example']);

    await click(root.querySelector('button[aria-label="Remove old.example"]'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ badgesOffSites: [] }));
  });

  test('junk is refused with a message', async () => {
    const { onChange } = setup(DEFAULT_SETTINGS);
    const root = await mount(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const input = root.querySelector<HTMLInputElement>('input[name="badgesOffSites-new"]');
    if (!input) throw new Error('no input');
    input.value = 'javascript:alert(1)';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Type a site name');
  });

  async function submit(root: HTMLElement, typed: string) {
    const input = root.querySelector<HTMLInputElement>('input[name="badgesOffSites-new"]');
    if (!input) throw new Error('no input');
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    return { input, alert: root.querySelector('[role="alert"]')?.textContent ?? '' };
  }

  test.each<[string, RegExp]>([
    ['not a site!!', /“not a site!!” has a space; a site name has none\. Type a site name/],
    ['notasite!!', /“notasite!!” is not a site name/],
    ['example.com/privacy', /“example.com\/privacy” has a path/],
    ['example.com:8080', /has a port/],
  ])('%s is refused with a message, and stays in the field to correct', async (typed, message) => {
    const { onChange } = setup(DEFAULT_SETTINGS);
    const root = await mount(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const { input, alert } = await submit(root, typed);
    expect(onChange).not.toHaveBeenCalled();
    expect(alert).toMatch(message);
    expect(input.value).toBe(typed);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  test('an international name is stored in punycode', async () => {
    const { onChange, current } = setup(DEFAULT_SETTINGS);
    const root = await mount(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    await submit(root, 'Bücher.de');
    expect(current().badgesOffSites).toEqual(['xn--bcher-kva.de']);
  });

  test('a site already listed is not added twice, and the message says so', async () => {
    const initial = { ...DEFAULT_SETTINGS, badgesOffSites: ['news.example'] };
    const { onChange } = setup(initial);
    const root = await mount(<SettingsForm settings={initial} onChange={onChange} />);
    const { alert } = await submit(root, 'NEWS.example');
    expect(onChange).not.toHaveBeenCalled();
    expect(alert).toContain('news.example is already listed.');
  });

  test('the sites allowed for reading are listed and can be removed', async () => {
    const { onChange } = setup({ ...DEFAULT_SETTINGS, readSites: ['https://partner.example'] });
    const root = await mount(
      <SettingsForm
        settings={{ ...DEFAULT_SETTINGS, readSites: ['https://partner.example'] }}
        onChange={onChange}
      />,
    );
    await click(root.querySelector('button[aria-label="Remove https://partner.example"]'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ readSites: [] }));
  });
});
