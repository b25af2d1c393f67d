// The hover badge's state machine: what a pointer, a focus, a key or a timer does to the badge, with no DOM,
// no timers and no browser API. content/link-badges.ts turns DOM events into the events below, calls
// transition, and carries out the effects it returns; tests/content/badge-state.test.ts tests it alone.
//
//   idle ──pointer on a privacy link──▶ intent ──intent delay──▶ opening ──badges on here──▶ shown
//   shown ──pointer/focus leaves──▶ hiding ──grace period──▶ idle;   hiding ──back on link or badge──▶ shown
//   keyboard focus on a privacy link skips intent; Escape closes (opening, shown, hiding).
//
// A second link can wait out its intent delay while a badge is opening, shown or hiding (`i` beside `a`):
// when its delay ends, its badge replaces the one up. Each opening is numbered (`n`); an answer carries the
// number it was asked for, so one for a badge no longer up is dropped. Names are short because property
// names survive the minifier and the content script has a 10 KB gzip budget (tests/e2e/bundle.test.ts).

/** The states: no badge and no link waiting; a link waiting out the intent delay; asking whether badges
 * show on this site; the badge on screen; on screen, going when the grace period ends. */
export const IDLE = 0;
export const INTENT = 1;
export const OPENING = 2;
export const SHOWN = 3;
export const HIDING = 4;
export type Phase = typeof IDLE | typeof INTENT | typeof OPENING | typeof SHOWN | typeof HIDING;

export interface BadgeState<L> {
  /** The state (IDLE … HIDING). */
  s: Phase;
  /** The badge's link: opening, shown or hiding (null or absent: none). */
  a?: L | null;
  /** The link waiting out the intent delay (in INTENT, or beside a badge that is up). */
  i?: L | null;
  /** How many openings there were: the number of the latest, which its answer must carry. */
  n: number;
  /** The link that Escape or Tab sent focus back to: its next focus must not open the badge again. */
  k?: L | null;
}

export const initialState = <L>(): BadgeState<L> => ({ s: IDLE, n: 0 });

// Events, each a tuple: its kind, then what the driver read from the DOM or the answer (flags: truthy or not).
// [OVER, link under the pointer or null, it is a privacy link]: a pointer anywhere but on the badge's link or
// the badge leaves them (a link removed from the page under the pointer sends no pointerout).
export const OVER = 0;
export const OUT = 1; // [OUT, the pointer went within the waiting link, within the badge's link or onto the badge]
export const FOCUS = 2; // [FOCUS, link focused, it is keyboard focus on a privacy link]
export const ENTER = 3; // [ENTER]: pointer or focus into the badge itself
export const LEAVE = 4; // [LEAVE]: focus left the badge or its link for elsewhere
export const INTENT_END = 5; // [INTENT_END]: the intent delay ended
export const OPENED = 6; // [OPENED, opening's number, badges show on this site]
export const ANSWER = 7; // [ANSWER, opening's number, the answer is "off" (no badge)]
export const GRACE_END = 8; // [GRACE_END]: the grace period ended
export const ESCAPE = 9; // [ESCAPE, focus is in the badge]: Escape, or Tab from the badge's last button
export const TAB = 10; // [TAB]: Tab from the badge's link, focused, into the badge
export const CLOSE = 11; // [CLOSE, also drop the waiting link]: "Hide on this site", or teardown

type Flag = unknown;
export type BadgeEvent<L> =
  | [typeof OVER, L | null, Flag]
  | [typeof OUT, Flag, Flag]
  | [typeof FOCUS, L, Flag]
  | [typeof OPENED | typeof ANSWER, number, Flag]
  | [typeof ENTER | typeof LEAVE | typeof INTENT_END | typeof GRACE_END | typeof TAB]
  | [typeof ESCAPE | typeof CLOSE, Flag?];

/** Effects, as bits of one number; link-badges.ts carries them out in this order. */
export const CANCEL_INTENT = 1;
/** Take the badge off the page, and stop its grace period. */
export const REMOVE = 2;
export const CANCEL_GRACE = 4;
/** Focus the state's `k` (after REMOVE). */
export const FOCUS_LINK = 8;
/** Start the intent delay for the state's `i` (after CANCEL_INTENT, for a link that was waiting before it). */
export const START_INTENT = 16;
export const START_GRACE = 32;
/** Ask whether badges show on this site, for opening `n`. */
export const OPEN = 64;
/** Put up the badge for `a`, "Reading…", and ask for its summary for opening `n`. */
export const SHOW = 128;
/** Draw the answer that came with the event. */
export const RENDER = 256;
/** Move focus to the badge's first button. */
export const FOCUS_FIRST = 512;

export function transition<L>(state: BadgeState<L>, event: BadgeEvent<L>): [BadgeState<L>, number] {
  let { s, a, i, n, k } = state;
  let e = 0;
  const [kind, x, y] = event;
  const up = s > OPENING;
  /** Back on the badge or its link: it stays. */
  const stay = () => {
    if (s === HIDING) {
      s = SHOWN;
      e |= CANCEL_GRACE;
    }
  };
  /** Off the badge and its link: it goes when the grace period ends. */
  const leave = () => {
    if (s === SHOWN) {
      s = HIDING;
      e |= START_GRACE;
    }
  };
  const close = () => {
    if (up) e |= REMOVE;
    a = null;
    s = i ? INTENT : IDLE;
  };
  const open = (link: L) => {
    close();
    a = link;
    s = OPENING;
    n++;
    e |= OPEN;
  };
  /** No more waiting link. */
  const drop = () => {
    if (i) e |= CANCEL_INTENT;
    i = null;
    if (s === INTENT) s = IDLE;
  };
  switch (kind) {
    case OVER:
      // Back on the badge's link. (With no badge, a is null and so is x off any link: nothing to do either way.)
      if (x === a) stay();
      else {
        leave();
        if (y && x !== i) {
          i = x as L;
          e |= CANCEL_INTENT | START_INTENT;
          s ||= INTENT;
        }
      }
      break;
    case OUT:
      if (!x) drop();
      if (!y) leave();
      break;
    case FOCUS:
      if (x === k) k = null;
      else if (y) {
        drop();
        if (x === a) stay();
        else open(x as L);
      }
      break;
    case ENTER:
      stay();
      break;
    case LEAVE:
      leave();
      break;
    case INTENT_END:
      // The waiting link's badge replaces the one up, unless it is that one.
      if (i && i !== a) open(i);
      i = null;
      break;
    case OPENED:
      if (s === OPENING && x === n) {
        if (y) {
          s = SHOWN;
          e |= SHOW;
        } else close();
      }
      break;
    case ANSWER:
      if (up && x === n) {
        if (y) close();
        else e |= RENDER;
      }
      break;
    case GRACE_END:
      if (s === HIDING) close();
      break;
    case ESCAPE:
      if (x && up) {
        k = a;
        e |= FOCUS_LINK;
      }
      close();
      break;
    case TAB:
      if (up) e |= FOCUS_FIRST;
      break;
    case CLOSE:
      if (x) drop();
      close();
  }
  return [{ s, a, i, n, k }, e];
}
