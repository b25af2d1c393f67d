// Hover and focus badges on privacy links. Nothing is scanned and nothing is attached per link: five
// delegated listeners on the document look at the event's own link (links added later, or inside open
// shadow roots, work the same) and test it with isPrivacyLink only when the pointer or focus reaches it;
// two on the window (scroll, resize) keep a badge that is up beside its link. A page with 5,000 links costs
// these seven listeners; a hover over an ordinary link costs one memoised test.
//
// What the badge does is decided by the state machine in content/badge-state.ts, and only there: this file
// turns DOM events into its events (reading the DOM facts it needs: which link, a privacy link or not,
// where the pointer or focus went), calls transition, and carries out the effects it returns (timers, the
// badge's element, focus, the settings and summary requests, whose answers come back as events).

import { type BadgeAction, notice, statusHead } from '../lib/badge-nodes';
import type { LinkBadge } from '../messaging/protocol';
import {
  ANSWER,
  type BadgeEvent,
  CANCEL_GRACE,
  CANCEL_INTENT,
  CLOSE,
  ENTER,
  ESCAPE,
  FOCUS,
  FOCUS_FIRST,
  FOCUS_LINK,
  GRACE_END,
  INTENT_END,
  initialState,
  LEAVE,
  OPEN,
  OPENED,
  OUT,
  OVER,
  REMOVE,
  RENDER,
  SHOW,
  START_GRACE,
  START_INTENT,
  TAB,
  transition,
} from './badge-state';
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
  current(): { ui: BadgeUi } | null;
  teardown(): void;
}

export function installLinkBadges(options: LinkBadgeOptions): LinkBadges {
  const { doc, text } = options;
  const win = doc.defaultView;
  const trusted = options.trusted ?? ((event: Event) => event.isTrusted);
  const verdicts = new WeakMap<Element, [raw: string, privacy: boolean]>();
  const listening = new AbortController();
  // What the machine knows (content/badge-state.ts), and what only the DOM holds: the badge, its timers.
  let state = initialState<HTMLAnchorElement>();
  let ui: BadgeUi | null = null;
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  /** One way: an event goes through the machine, then its effects are carried out on the DOM and timers.
   * `extra` is the answer to draw (RENDER) or the key press (FOCUS_FIRST, FOCUS_LINK: its default is stopped). */
  function send(event: BadgeEvent<HTMLAnchorElement>, extra?: unknown): void {
    const [next, effects] = transition(state, event);
    // Set first: what an effect makes the page do (a focus, a removal) comes back here as a new event.
    state = next;
    if (effects & CANCEL_INTENT) clearTimeout(intentTimer);
    if (effects & (REMOVE | CANCEL_GRACE)) clearTimeout(graceTimer);
    if (effects & REMOVE) {
      const gone = ui;
      ui = null;
      gone?.remove();
    }
    if (effects & FOCUS_LINK) {
      (extra as Event | undefined)?.preventDefault();
      next.k?.focus();
    }
    if (effects & START_INTENT) intentTimer = setTimeout(send, INTENT_MS, [INTENT_END]);
    if (effects & START_GRACE) graceTimer = setTimeout(send, GRACE_MS, [GRACE_END]);
    if (effects & OPEN) {
      // Storage unreadable (the extension is reloading): no badge.
      options
        .enabled()
        .catch(() => false)
        .then((on) => send([OPENED, next.n, on]));
    }
    if (effects & SHOW) show(next.a as HTMLAnchorElement, next.n);
    if (effects & RENDER) render(extra as BadgeView);
    if (effects & FOCUS_FIRST && ui?.focusFirst()) (extra as Event).preventDefault();
  }

  /** Whether a link is a privacy link. Memoised per element until its href changes. */
  function isPrivacy(anchor: HTMLAnchorElement): boolean {
    // linkOf found it by its href attribute; an empty one resolves to no URL (isPrivacyLink: false).
    const raw = anchor.getAttribute('href') as string;
    const memo = verdicts.get(anchor);
    if (memo && memo[0] === raw) return memo[1];
    // isPrivacyLink reads only the first 200 characters of the text.
    const privacy = isPrivacyLink(anchor.textContent as string, raw, doc.location.href);
    verdicts.set(anchor, [raw, privacy]);
    return privacy;
  }

  function isOurs(event: Event): boolean {
    return event.composedPath().includes(ui?.host as HTMLElement);
  }

  /** The HTML link the event happened in, looking through open shadow roots (composedPath). */
  function linkOf(event: Event): HTMLAnchorElement | null {
    for (const node of event.composedPath()) {
      if (node === doc) break;
      // Only an element has a tagName; an SVG link's is 'a'.
      const element = node as Element;
      if (element.tagName === 'A' && element.hasAttribute('href')) {
        return element as HTMLAnchorElement;
      }
    }
    return null;
  }

  /** The badge for opening `n`: "Reading…" at once, then the summary; the machine drops a late answer. */
  function show(anchor: HTMLAnchorElement, n: number): void {
    const href = anchor.href;
    const current = createBadgeUi(
      doc,
      (action) => {
        options.act(action, href);
        if (action === 'hide') send([CLOSE]);
      },
      options.style ?? '',
      text,
      options.shadowMode,
    );
    ui = current;
    render({ state: 'pending', nodes: [statusHead(text.reading)] });

    // The background draws what it answers; a fetch in this page that failed, or no answer, is drawn here.
    const draw = (answer?: LinkBadge) =>
      send(
        [ANSWER, n, answer?.state === 'off'],
        answer?.nodes && answer.state !== 'fetch-in-page'
          ? answer
          : {
              state: 'error',
              nodes: notice(answer?.state === 'error' ? answer.message : text.failed, text.hide),
            },
      );
    options.summarise(href).then(draw, () => draw());
  }

  function render(view: BadgeView): void {
    ui?.render(view);
    place();
  }

  const place = () => ui?.place((state.a as HTMLAnchorElement).getBoundingClientRect());

  function isLastButton(event: KeyboardEvent): boolean {
    const target = event.composedPath()[0] as Element | undefined;
    return target?.tagName === 'BUTTON' && !target.nextElementSibling;
  }

  const passive = { capture: true, passive: true, signal: listening.signal };

  // While a badge is up, it stays beside its link on scroll and resize (the browser sends these once a frame).
  win?.addEventListener('scroll', place, passive);
  win?.addEventListener('resize', place, passive);

  doc.addEventListener(
    'pointerover',
    (event) => {
      if (!trusted(event) || (event as PointerEvent).pointerType === 'touch') return;
      if (isOurs(event)) return send([ENTER]);
      const anchor = linkOf(event);
      send([OVER, anchor, anchor && isPrivacy(anchor)]);
    },
    passive,
  );

  doc.addEventListener(
    'pointerout',
    (event) => {
      const related = (event as PointerEvent).relatedTarget as Node | null;
      // contains(null) is false.
      const within = (element?: Element | null) => element?.contains(related);
      send([OUT, within(state.i), within(state.a) || related === ui?.host]);
    },
    passive,
  );

  // A page's own focus() sends a trusted focusin too, and on a page nobody has clicked yet it even matches
  // :focus-visible. Keyboard focus (not the focus a mouse click gives a link on its way to navigating) is
  // focus that a trusted Tab moves in the same task as its keydown.
  let tabbing = false;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!trusted(event)) return;
      const inBadge = isOurs(event);
      if (event.key === 'Escape') send([ESCAPE, inBadge]);
      if (event.key !== 'Tab') return;
      tabbing = true;
      setTimeout(() => {
        tabbing = false;
      });
      // Tab from the badge's link enters the badge; Tab from its last button goes back to the link, and the
      // next Tab goes on through the page from there.
      if (!event.shiftKey && (inBadge ? isLastButton(event) : doc.activeElement === state.a)) {
        send(inBadge ? [ESCAPE, true] : [TAB], event);
      }
    },
    { capture: true, signal: listening.signal },
  );

  doc.addEventListener(
    'focusin',
    (event) => {
      if (!trusted(event)) return;
      if (isOurs(event)) return send([ENTER]);
      const anchor = linkOf(event);
      if (anchor) {
        send([FOCUS, anchor, tabbing && anchor.matches(':focus-visible') && isPrivacy(anchor)]);
      }
    },
    passive,
  );

  doc.addEventListener(
    'focusout',
    (event) => {
      if (!ui) return;
      const related = (event as FocusEvent).relatedTarget as Node | null;
      const anchor = state.a as HTMLAnchorElement;
      if (related === ui.host || anchor.contains(related)) return;
      if (isOurs(event) || linkOf(event) === anchor) send([LEAVE]);
    },
    passive,
  );

  return {
    current: () => ui && { ui },
    teardown() {
      listening.abort();
      send([CLOSE, true]);
    },
  };
}
