// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BADGE_TEXT, HOST_STYLE } from '../../content/badge-text';
import { HOST_ATTR } from '../../content/badge-ui';
import {
  GRACE_MS,
  INTENT_MS,
  installLinkBadges,
  type LinkBadgeOptions,
  type LinkBadges,
} from '../../content/link-badges';
import { drawn } from '../../lib/badge-nodes';
import type { LinkBadge } from '../../messaging/protocol';

const GRADED: LinkBadge = {
  state: 'graded',
  url: 'https://shop.example/privacy',
  title: 'Shop privacy policy',
  grade: 'B',
  score: 70,
  top: [
    { question: 'sells-data', answer: 'no', good: true, text: 'Does not sell your data' },
    { question: 'shares-with-third-parties', answer: 'yes', good: false, text: 'Shares your data' },
    { question: 'opt-out', answer: 'yes', good: true, text: 'You can opt out' },
  ],
};

let badges: LinkBadges;
let options: LinkBadgeOptions & { summarise: ReturnType<typeof vi.fn>; enabled: ReturnType<typeof vi.fn> };
let answer: LinkBadge;

function link(id: string, text: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.id = id;
  a.href = href;
  a.textContent = text;
  document.body.append(a);
  return a;
}

const over = (target: Element, relatedTarget: Element | null = null) =>
  target.dispatchEvent(
    new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse', relatedTarget }),
  );
const out = (target: Element, relatedTarget: Element | null = null) =>
  target.dispatchEvent(
    new PointerEvent('pointerout', { bubbles: true, composed: true, pointerType: 'mouse', relatedTarget }),
  );
const host = () => document.querySelector<HTMLElement>(`[${HOST_ATTR}]`);
const state = () => host()?.getAttribute(HOST_ATTR) ?? null;
const shadowText = () => badges.current()?.ui.host.shadowRoot?.textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/');
  document.body.innerHTML = '<p id="text">Hello</p>';
  answer = GRADED;
  options = {
    doc: document,
    enabled: vi.fn(async () => true),
    // As the background answers: drawn (background/messages.ts).
    summarise: vi.fn(async () => drawn(answer)),
    act: vi.fn(),
    text: { ...BADGE_TEXT, host: HOST_STYLE },
    shadowMode: 'open',
    // happy-dom's dispatched events are untrusted; the default (isTrusted) is tested on its own below.
    trusted: () => true,
  };
  badges = installLinkBadges(options);
});

afterEach(() => {
  badges.teardown();
  vi.useRealTimers();
});

describe('events the page made up (isTrusted false) are ignored by default', () => {
  test.each([
    ['pointerover', (a: Element) => over(a)],
    [
      'focusin',
      (a: Element) => a.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })),
    ],
  ])('%s', async (_type, fire) => {
    badges.teardown();
    const { trusted: _trusted, ...defaults } = options;
    badges = installLinkBadges(defaults);
    const a = link('p', 'Privacy Policy', '/privacy');
    fire(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS * 2);
    expect(options.enabled).not.toHaveBeenCalled();
    expect(options.summarise).not.toHaveBeenCalled();
    expect(host()).toBeNull();
  });

  test('the same events pass once the check accepts them (the check is what stops them)', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(options.summarise).toHaveBeenCalledTimes(1);
  });
});

describe('a policy that changed since the person last read it', () => {
  test.each([
    [true, true],
    [false, false],
  ])('changed %s: the badge says so %s', async (changed, says) => {
    answer = { ...GRADED, ...(changed ? { changed: true } : {}) } as LinkBadge;
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(state()).toBe('B');
    expect(shadowText().includes('Changed since you last read it')).toBe(says);
  });
});

describe('hover intent', () => {
  test('a privacy link shows a badge after the intent delay, with grade and three answers as text', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS - 1);
    expect(host()).toBeNull();
    expect(options.summarise).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(options.summarise).toHaveBeenCalledWith(a.href);
    expect(state()).toBe('B');
    const items = badges.current()?.ui.host.shadowRoot?.querySelectorAll('li') ?? [];
    expect([...items].map((li) => li.dataset.question)).toEqual([
      'sells-data',
      'shares-with-third-parties',
      'opt-out',
    ]);
    expect(shadowText()).toContain('Shop privacy policy');
  });

  test('leaving before the delay cancels it: nothing is asked', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS / 2);
    out(a, document.getElementById('text'));
    await vi.advanceTimersByTimeAsync(INTENT_MS * 2);
    expect(options.summarise).not.toHaveBeenCalled();
    expect(host()).toBeNull();
  });

  test('moving between the link’s own children keeps the intent', async () => {
    const a = link('p', '', '/privacy');
    a.innerHTML = '<span>Privacy</span> <b>Policy</b>';
    over(a.querySelector('span') as Element);
    out(a.querySelector('span') as Element, a.querySelector('b'));
    over(a.querySelector('b') as Element);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(options.summarise).toHaveBeenCalledTimes(1);
  });

  test('ordinary links, touch and links without href do nothing', async () => {
    over(link('a', 'Shop now', '/shop'));
    const bare = document.createElement('a');
    bare.textContent = 'Privacy Policy';
    document.body.append(bare);
    over(bare);
    const touch = link('t', 'Privacy Policy', '/privacy');
    touch.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'touch' }));
    await vi.advanceTimersByTimeAsync(INTENT_MS * 2);
    expect(options.summarise).not.toHaveBeenCalled();
  });

  test('a link added after install works: nothing was scanned or attached per link', async () => {
    const spy = vi.spyOn(Element.prototype, 'addEventListener');
    const a = link('late', 'Cookie Policy', '/cookies-policy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(state()).toBe('B');
    expect(spy.mock.contexts.includes(a)).toBe(false);
    spy.mockRestore();
  });
});

describe('leaving', () => {
  test('the badge goes after a grace period, and stays while the pointer is on it', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    const badge = host() as HTMLElement;
    out(a, badge);
    over(badge);
    await vi.advanceTimersByTimeAsync(GRACE_MS * 3);
    expect(host()).not.toBeNull();

    out(badge, document.getElementById('text'));
    await vi.advanceTimersByTimeAsync(GRACE_MS - 1);
    expect(host()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(host()).toBeNull();
  });

  test('a link removed from the page under the pointer: the badge goes when the pointer moves on', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    a.remove();
    over(document.getElementById('text') as Element);
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    expect(host()).toBeNull();
  });

  test('coming back to the link within the grace period keeps it', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    out(a, document.getElementById('text'));
    await vi.advanceTimersByTimeAsync(GRACE_MS / 2);
    over(a);
    await vi.advanceTimersByTimeAsync(GRACE_MS * 2);
    expect(state()).toBe('B');
    expect(options.summarise).toHaveBeenCalledTimes(1);
  });

  test('teardown (extension reload) removes the badge and stops listening', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(host()).not.toBeNull();
    badges.teardown();
    expect(host()).toBeNull();
    over(link('q', 'Privacy', '/privacy2'));
    await vi.advanceTimersByTimeAsync(INTENT_MS * 2);
    expect(host()).toBeNull();
    expect(options.summarise).toHaveBeenCalledTimes(1);
  });
});

describe('states', () => {
  test.each<[string, LinkBadge, string]>([
    ['not a policy', { state: 'not-a-policy', url: 'https://x.example/' }, 'not-a-policy'],
    [
      'needs permission',
      { state: 'needs-permission', origin: 'https://partner.example' },
      'needs-permission',
    ],
    ['an error', { state: 'error', message: 'The site took too long to answer.' }, 'error'],
  ])('%s', async (_what, reply, expected) => {
    answer = reply;
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(state()).toBe(expected);
  });

  test('a link to a page that is not a policy says "Not graded" and shows no grade', async () => {
    answer = { state: 'not-a-policy', url: 'https://x.example/' };
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(shadowText()).toContain('Not graded');
    expect(badges.current()?.ui.host.shadowRoot?.querySelector('.grade')).toBeNull();
  });

  test('pending while the background works, then the grade', async () => {
    let release: (value: LinkBadge) => void = () => {};
    options.summarise.mockImplementation(() => new Promise<LinkBadge>((resolve) => (release = resolve)));
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(state()).toBe('pending');
    release(drawn(GRADED));
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toBe('B');
  });

  test('a failed message shows error; "off" and disabled settings show nothing', async () => {
    options.summarise.mockRejectedValueOnce(new Error('Could not establish connection'));
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(state()).toBe('error');

    out(a, document.getElementById('text'));
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    answer = { state: 'off' };
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(host()).toBeNull();

    options.enabled.mockResolvedValue(false);
    const calls = options.summarise.mock.calls.length;
    over(link('q', 'Privacy Notice', '/notice'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(host()).toBeNull();
    expect(options.summarise.mock.calls.length).toBe(calls);
  });

  test('badges switched off, then on again: the same link shows its badge (content/badge-state.ts)', async () => {
    options.enabled.mockResolvedValueOnce(false);
    const a = link('p', 'Privacy Policy', '/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(host()).toBeNull();
    out(a, document.getElementById('text'));
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(state()).toBe('B');
  });

  test('Escape while the settings are read: no badge comes', async () => {
    let release: (value: boolean) => void = () => {};
    options.enabled.mockImplementationOnce(() => new Promise<boolean>((resolve) => (release = resolve)));
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    release(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(host()).toBeNull();
    expect(options.summarise).not.toHaveBeenCalled();
  });

  test('text from the fetched page is text, never HTML', async () => {
    answer = { ...GRADED, title: '<img src=x onerror="alert(1)">Evil', top: [] } as LinkBadge;
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    const root = badges.current()?.ui.host.shadowRoot;
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.textContent).toContain('<img src=x onerror="alert(1)">Evil');
  });

  test('the buttons call back with the link', async () => {
    answer = { state: 'needs-permission', origin: 'https://partner.example' };
    const a = link('p', 'Privacy Policy', 'https://partner.example/privacy');
    over(a);
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    const buttons = [...(badges.current()?.ui.host.shadowRoot?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual(['Allow reading partner.example', 'Hide on this site']);
    buttons[0]?.click();
    expect(options.act).toHaveBeenCalledWith('allow', 'https://partner.example/privacy');
    expect(host()).not.toBeNull();
    buttons[1]?.click();
    expect(options.act).toHaveBeenLastCalledWith('hide', 'https://partner.example/privacy');
    expect(host()).toBeNull();
  });

  test('an error the background did not draw (a fetch in this page) is drawn here, with its words', async () => {
    options.summarise.mockResolvedValueOnce({ state: 'error', message: 'The site took too long to answer.' });
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    expect(state()).toBe('error');
    expect(shadowText()).toContain('The site took too long to answer.');
    expect(badges.current()?.ui.host.shadowRoot?.querySelector('button')?.textContent).toBe(BADGE_TEXT.hide);
  });

  test('nodes build only the tags and attributes a badge uses', async () => {
    options.summarise.mockResolvedValueOnce({
      state: 'error',
      message: 'x',
      nodes: [
        ['script', '', 'window.bad = 1'],
        ['p', 'muted', 'Hello', { onclick: 'window.bad = 2', 'aria-label': 'Hi', 'data-answer': 'no' }],
      ],
    });
    over(link('p', 'Privacy Policy', '/privacy'));
    await vi.advanceTimersByTimeAsync(INTENT_MS);
    const root = badges.current()?.ui.host.shadowRoot;
    expect(root?.querySelector('script')).toBeNull();
    expect(root?.querySelector('span')?.textContent).toBe('window.bad = 1');
    const p = root?.querySelector('p.muted');
    expect(p?.hasAttribute('onclick')).toBe(false);
    expect([p?.getAttribute('aria-label'), p?.getAttribute('data-answer')]).toEqual(['Hi', 'no']);
  });
});

/** What a Tab key press does: the keydown, then, in the same task, focus moves. */
function tabTo(element: HTMLElement): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
  element.focus();
}

describe('keyboard', () => {
  test('focus on a privacy link shows the badge at once; Escape closes it', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    tabTo(a);
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toBe('B');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
  });

  test('blur hides it after the grace period', async () => {
    const a = link('p', 'Privacy Policy', '/privacy');
    const next = link('n', 'Shop', '/shop');
    tabTo(a);
    await vi.advanceTimersByTimeAsync(0);
    tabTo(next);
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    expect(host()).toBeNull();
  });

  describe('focus the page moves by script starts nothing', () => {
    test.each([
      ['focus() with no key pressed', (a: HTMLElement) => a.focus()],
      [
        'focus() in a later task than a Tab',
        (a: HTMLElement) => {
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
          setTimeout(() => a.focus(), 1);
        },
      ],
      [
        'focus() right after another key',
        (a: HTMLElement) => {
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
          a.focus();
        },
      ],
    ])('%s', async (_, move) => {
      const a = link('p', 'Privacy Policy', '/privacy');
      move(a);
      await vi.advanceTimersByTimeAsync(INTENT_MS * 2);
      expect(options.enabled).not.toHaveBeenCalled();
      expect(options.summarise).not.toHaveBeenCalled();
      expect(host()).toBeNull();
    });
  });
});
