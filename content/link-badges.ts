// Hover and focus badges on privacy links. Nothing is scanned and nothing is attached per link: four
// delegated listeners on the document look at the event's own link (links added later, or inside open
// shadow roots, work the same) and test it with isPrivacyLink only when the pointer or focus reaches it.
// A page with 5,000 links costs four listeners; a hover over an ordinary link costs one memoised test.

import { type BadgeAction, notice, statusHead } from '../lib/badge-nodes';
import type { LinkBadge } from '../messaging/protocol';
import type { BadgeText } from './badge-text';
import { type BadgeUi, type BadgeView, createBadgeUi } from './badge-ui';
import { isPrivacyLink } from './links';

export const INTENT_MS = 300;
export const GRACE_MS = 400;

export interface LinkBadgeOptions {
  doc: Document;
  /** Whether badges show on this page now (the settings); asked at each hover, so a change applies at once. */
  enabled(): Promise<boolean>;
  /** The badge for a link (absolute href, without the page's say on anything else). */
  summarise(href: string): Promise<LinkBadge>;
  /** What a badge button asks of the background for the link: open its summary, access to its site, or (then
   * the badge closes) no badges on this site. */
  act(action: BadgeAction, href: string): void;
  /** The badge's stylesheet and words (content/badge-messages.ts). */
  style?: string;
  text: BadgeText;
  intentMs?: number;
  graceMs?: number;
  /** 'closed' in the extension; tests look inside with 'open'. */
  shadowMode?: ShadowRootMode;
  /**
   * Whether an event came from the person rather than the page's own scripts. `isTrusted` in the extension:
   * a page that dispatches a synthetic pointerover or focusin on a privacy link must not make PolicyLens
   * fetch anything or show a badge. Unit tests (happy-dom dispatches untrusted events) pass `() => true`.
   */
  trusted?: (event: Event) => boolean;
}

export interface LinkBadges {
  /** The badge on screen, if any (for tests). */
  current(): { anchor: Element; ui: BadgeUi } | null;
  teardown(): void;
}

interface Shown {
  anchor: HTMLAnchorElement;
  href: string;
  ui: BadgeUi;
}

export function installLinkBadges(options: LinkBadgeOptions): LinkBadges {
  const { doc } = options;
  const win = doc.defaultView;
  const intentMs = options.intentMs ?? INTENT_MS;
  const graceMs = options.graceMs ?? GRACE_MS;
  const trusted = options.trusted ?? ((event: Event) => event.isTrusted);
  const verdicts = new WeakMap<Element, { raw: string; href: string | null }>();
  const listening = new AbortController();
  let shown: Shown | null = null;
  let opening: HTMLAnchorElement | null = null;
  let intent: { anchor: HTMLAnchorElement; timer: ReturnType<typeof setTimeout> } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  let whileShown: AbortController | null = null;
  // After Tab leaves the badge back to its link, focusing that link must not open the badge again.
  let skipFocus: Element | null = null;

  /** The absolute href of a privacy link, or null. Memoised per element until its href changes. */
  function privacyHref(anchor: HTMLAnchorElement): string | null {
    const raw = anchor.getAttribute('href') ?? '';
    const memo = verdicts.get(anchor);
    if (memo && memo.raw === raw) return memo.href;
    // isPrivacyLink reads only the first 200 characters of the text.
    const href =
      raw !== '' && isPrivacyLink(anchor.textContent ?? '', raw, doc.location.href) ? anchor.href : null;
    verdicts.set(anchor, { raw, href });
    return href;
  }

  function isOurs(event: Event): boolean {
    return shown !== null && event.composedPath().includes(shown.ui.host);
  }

  /** The HTML link the event happened in, looking through open shadow roots (composedPath). */
  function linkOf(event: Event): HTMLAnchorElement | null {
    for (const node of event.composedPath()) {
      if (node === doc) break;
      const element = node as Element;
      if (element.nodeType === 1 && element.tagName === 'A' && element.hasAttribute('href')) {
        return element as HTMLAnchorElement;
      }
    }
    return null;
  }

  function clearIntent(): void {
    if (intent) clearTimeout(intent.timer);
    intent = null;
  }

  function cancelHide(): void {
    if (hideTimer !== null) clearTimeout(hideTimer);
    hideTimer = null;
  }

  function scheduleHide(): void {
    if (hideTimer === null) hideTimer = setTimeout(hide, graceMs);
  }

  function hide(): void {
    cancelHide();
    opening = null;
    whileShown?.abort();
    whileShown = null;
    shown?.ui.remove();
    shown = null;
  }

  async function show(anchor: HTMLAnchorElement, href: string): Promise<void> {
    if (shown?.anchor === anchor || opening === anchor) return;
    hide();
    opening = anchor;
    let enabled = false;
    try {
      enabled = await options.enabled();
    } catch {
      // Storage unreadable (the extension is reloading): show nothing.
    }
    if (opening !== anchor || !enabled) return;
    opening = null;
    const ui = createBadgeUi(
      doc,
      (action) => {
        options.act(action, href);
        if (action === 'hide') hide();
      },
      options.style ?? '',
      options.text,
      options.shadowMode ?? 'closed',
    );
    const current: Shown = { anchor, href, ui };
    shown = current;
    render({ state: 'pending', nodes: [statusHead(options.text.reading)] });
    followLink(current);

    // The background draws what it answers; a fetch in this page that failed, or no answer, is drawn here.
    let message = options.text.failed;
    try {
      const answer = await options.summarise(href);
      if (answer.state === 'off') {
        if (shown === current) hide();
        return;
      }
      if (answer.nodes && answer.state !== 'fetch-in-page') {
        if (shown === current) render(answer);
        return;
      }
      if (answer.state === 'error') message = answer.message;
    } catch {
      // Drawn as the error above.
    }
    if (shown === current) render({ state: 'error', message, nodes: notice(message, options.text.hide) });
  }

  function render(view: BadgeView): void {
    if (!shown) return;
    shown.ui.render(view);
    shown.ui.place(shown.anchor.getBoundingClientRect());
  }

  /** While a badge is up: keep it beside its link on scroll and resize; Escape closes; Tab enters it. */
  function followLink(current: Shown): void {
    whileShown = new AbortController();
    const opts = { capture: true, passive: true, signal: whileShown.signal };
    let frame = 0;
    const reposition = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (shown === current) current.ui.place(current.anchor.getBoundingClientRect());
      });
    };
    win?.addEventListener('scroll', reposition, opts);
    win?.addEventListener('resize', reposition, opts);
    doc.addEventListener(
      'keydown',
      (event) => {
        if (shown !== current || !trusted(event)) return;
        const inBadge = isOurs(event);
        if (event.key === 'Escape') {
          hide();
          if (inBadge) {
            skipFocus = current.anchor;
            current.anchor.focus();
          }
        } else if (
          event.key === 'Tab' &&
          !event.shiftKey &&
          !inBadge &&
          doc.activeElement === current.anchor
        ) {
          if (current.ui.focusFirst()) event.preventDefault();
        } else if (event.key === 'Tab' && inBadge && isLastButton(event)) {
          // Back to the link; the next Tab goes on through the page from there.
          event.preventDefault();
          skipFocus = current.anchor;
          hide();
          current.anchor.focus();
        }
      },
      { capture: true, signal: whileShown.signal },
    );
  }

  function isLastButton(event: KeyboardEvent): boolean {
    const target = event.composedPath()[0] as Element | undefined;
    return target?.tagName === 'BUTTON' && !event.shiftKey && !target.nextElementSibling;
  }

  const passive = { capture: true, passive: true, signal: listening.signal };

  doc.addEventListener(
    'pointerover',
    (event) => {
      if (!trusted(event) || (event as PointerEvent).pointerType === 'touch') return;
      if (isOurs(event)) return cancelHide();
      const anchor = linkOf(event);
      if (shown?.anchor === anchor) return cancelHide();
      // The pointer is somewhere else; a link removed from the page under the pointer sends no pointerout.
      if (shown && !shown.anchor.contains(event.target as Node)) scheduleHide();
      if (!anchor) return;
      if (intent?.anchor === anchor) return;
      const href = privacyHref(anchor);
      if (href === null) return;
      clearIntent();
      const timer = setTimeout(() => {
        intent = null;
        void show(anchor, href);
      }, intentMs);
      intent = { anchor, timer };
    },
    passive,
  );

  doc.addEventListener(
    'pointerout',
    (event) => {
      const related = (event as PointerEvent).relatedTarget as Node | null;
      const within = (element: Element | undefined) =>
        related !== null && element?.contains(related) === true;
      if (intent && !within(intent.anchor)) clearIntent();
      if (shown && !within(shown.anchor) && related !== shown.ui.host) scheduleHide();
    },
    passive,
  );

  // A page's own focus() sends a trusted focusin too, and on a page nobody has clicked yet it even matches
  // :focus-visible. Keyboard focus (not the focus a mouse click gives a link on its way to navigating) is focus that a trusted Tab moves in the same task as its keydown.
  let tabbing = false;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!trusted(event) || (event as KeyboardEvent).key !== 'Tab') return;
      tabbing = true;
      setTimeout(() => {
        tabbing = false;
      }, 0);
    },
    passive,
  );

  doc.addEventListener(
    'focusin',
    (event) => {
      if (!trusted(event)) return;
      if (isOurs(event)) return cancelHide();
      const anchor = linkOf(event);
      if (!anchor) return;
      if (skipFocus === anchor) {
        skipFocus = null;
        return;
      }
      if (!tabbing || !anchor.matches(':focus-visible')) return;
      const href = privacyHref(anchor);
      if (href === null) return;
      clearIntent();
      cancelHide();
      void show(anchor, href);
    },
    passive,
  );

  doc.addEventListener(
    'focusout',
    (event) => {
      if (!shown) return;
      const related = (event as FocusEvent).relatedTarget as Node | null;
      if (related === shown.ui.host || (related !== null && shown.anchor.contains(related))) return;
      if (isOurs(event) || linkOf(event) === shown.anchor) scheduleHide();
    },
    passive,
  );

  return {
    current: () => shown,
    teardown() {
      listening.abort();
      clearIntent();
      hide();
    },
  };
}
