// The hover badge's state machine alone (content/badge-state.ts): no DOM, no timers. Links are strings here;
// content/link-badges.ts gives it elements. Each test starts from a state, sends events, and checks the state
// and the effects the driver is asked to carry out.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ANSWER,
  type BadgeEvent,
  type BadgeState,
  CANCEL_GRACE,
  CANCEL_INTENT,
  CLOSE,
  ENTER,
  ESCAPE,
  FOCUS,
  FOCUS_FIRST,
  FOCUS_LINK,
  GRACE_END,
  HIDING,
  IDLE,
  INTENT,
  INTENT_END,
  initialState,
  LEAVE,
  OPEN,
  OPENED,
  OPENING,
  OUT,
  OVER,
  REMOVE,
  RENDER,
  SHOW,
  SHOWN,
  START_GRACE,
  START_INTENT,
  TAB,
  transition,
} from '../../content/badge-state';

type L = string;
type State = BadgeState<L>;
type Event = BadgeEvent<L>;

/** A state with every field, none/absent written as null, so that states compare with toEqual. */
const at = (s: Partial<State> = {}): Required<State> => {
  const { s: phase, a, i, n, k } = { ...initialState<L>(), ...s };
  return { s: phase, a: a ?? null, i: i ?? null, n, k: k ?? null };
};

/** Sends the events in turn; the state after the last, and the effects of each. */
function run(state: State, ...events: Event[]): [Required<State>, number[]] {
  const effects: number[] = [];
  let current = state;
  for (const event of events) {
    const [next, e] = transition<L>(current, event);
    current = next;
    effects.push(e);
  }
  return [at(current), effects];
}

const IDLE_ = at();
const INTENT_A = at({ s: INTENT, i: 'A' });
const OPENING_A = at({ s: OPENING, a: 'A', n: 1 });
const SHOWN_A = at({ s: SHOWN, a: 'A', n: 1 });
const HIDING_A = at({ s: HIDING, a: 'A', n: 1 });

describe('idle', () => {
  test('the pointer on a privacy link: intent, and the intent delay starts', () => {
    expect(run(IDLE_, [OVER, 'A', true])).toEqual([INTENT_A, [CANCEL_INTENT | START_INTENT]]);
  });

  test.each<[string, Event]>([
    ['the pointer on an ordinary link', [OVER, 'A', false]],
    ['the pointer off any link', [OVER, null, false]],
    ['the pointer leaving something', [OUT, false, false]],
    ['focus that is not keyboard focus on a privacy link', [FOCUS, 'A', false]],
    ['pointer or focus on a badge (there is none)', [ENTER]],
    ['focus leaving', [LEAVE]],
    ['a stale intent delay', [INTENT_END]],
    ['a stale grace period', [GRACE_END]],
    ['a stale "badges on"', [OPENED, 0, true]],
    ['a stale answer', [ANSWER, 0, false]],
    ['Escape', [ESCAPE, false]],
    ['Escape said to be in a badge', [ESCAPE, true]],
    ['Tab', [TAB]],
    ['"Hide on this site"', [CLOSE]],
    ['teardown', [CLOSE, true]],
  ])('%s: nothing', (_what, event) => {
    expect(run(IDLE_, event)).toEqual([IDLE_, [0]]);
  });

  test('keyboard focus on a privacy link opens at once, with no intent delay', () => {
    expect(run(IDLE_, [FOCUS, 'A', true])).toEqual([OPENING_A, [OPEN]]);
  });
});

describe('intent', () => {
  test('the intent delay ends: opening, badges asked for', () => {
    expect(run(INTENT_A, [INTENT_END])).toEqual([OPENING_A, [OPEN]]);
  });

  test('the pointer leaving the link: idle, the delay cancelled', () => {
    expect(run(INTENT_A, [OUT, false, false])).toEqual([IDLE_, [CANCEL_INTENT]]);
  });

  test('the pointer moving within the link (between its children) keeps the intent', () => {
    expect(run(INTENT_A, [OUT, true, false], [OVER, 'A', true])).toEqual([INTENT_A, [0, 0]]);
  });

  test('another privacy link: its intent replaces the first (delay restarted)', () => {
    expect(run(INTENT_A, [OVER, 'B', true])).toEqual([
      at({ s: INTENT, i: 'B' }),
      [CANCEL_INTENT | START_INTENT],
    ]);
  });

  test('an ordinary link or no link under the pointer cancels nothing (pointerout does)', () => {
    expect(run(INTENT_A, [OVER, 'C', false], [OVER, null, false])).toEqual([INTENT_A, [0, 0]]);
  });

  test('keyboard focus on another privacy link opens it and drops the intent', () => {
    expect(run(INTENT_A, [FOCUS, 'B', true])).toEqual([
      at({ s: OPENING, a: 'B', n: 1 }),
      [CANCEL_INTENT | OPEN],
    ]);
  });

  test('Escape, Tab and timers that are not running do nothing', () => {
    expect(run(INTENT_A, [ESCAPE, false], [TAB], [GRACE_END], [ANSWER, 0, false])).toEqual([
      INTENT_A,
      [0, 0, 0, 0],
    ]);
  });

  test('teardown drops the intent', () => {
    expect(run(INTENT_A, [CLOSE, true])).toEqual([IDLE_, [CANCEL_INTENT]]);
  });
});

describe('opening', () => {
  test('badges show on this site: shown ("Reading…", summary asked for)', () => {
    expect(run(OPENING_A, [OPENED, 1, true])).toEqual([SHOWN_A, [SHOW]]);
  });

  test('badges off on this site: idle, nothing to remove, and the same link can open later', () => {
    const [state, effects] = run(OPENING_A, [OPENED, 1, false]);
    expect([state, effects]).toEqual([at({ n: 1 }), [0]]);
    expect(run(state, [OVER, 'A', true], [INTENT_END])).toEqual([
      at({ s: OPENING, a: 'A', n: 2 }),
      [CANCEL_INTENT | START_INTENT, OPEN],
    ]);
  });

  test('an answer to an earlier opening is ignored', () => {
    expect(run(at({ s: OPENING, a: 'A', n: 2 }), [OPENED, 1, true])).toEqual([
      at({ s: OPENING, a: 'A', n: 2 }),
      [0],
    ]);
  });

  test('Escape while opening: idle, and the late "badges on" shows nothing', () => {
    expect(run(OPENING_A, [ESCAPE, false], [OPENED, 1, true])).toEqual([at({ n: 1 }), [0, 0]]);
  });

  test('a second link while opening: it waits; its delay ends; it opens; the first one’s answer is dropped', () => {
    expect(run(OPENING_A, [OVER, 'B', true])).toEqual([
      at({ s: OPENING, a: 'A', i: 'B', n: 1 }),
      [CANCEL_INTENT | START_INTENT],
    ]);
    expect(run(OPENING_A, [OVER, 'B', true], [INTENT_END], [OPENED, 1, true])).toEqual([
      at({ s: OPENING, a: 'B', n: 2 }),
      [CANCEL_INTENT | START_INTENT, OPEN, 0],
    ]);
  });

  test('the second link shows if its "badges on" comes', () => {
    expect(run(OPENING_A, [OVER, 'B', true], [INTENT_END], [OPENED, 2, true])).toEqual([
      at({ s: SHOWN, a: 'B', n: 2 }),
      [CANCEL_INTENT | START_INTENT, OPEN, SHOW],
    ]);
  });

  test('the pointer back on the same link, or leaving it, changes nothing: it opens', () => {
    expect(run(OPENING_A, [OVER, 'A', true], [OUT, false, false])).toEqual([OPENING_A, [0, 0]]);
  });

  test('keyboard focus: on the same link nothing, on another it opens instead', () => {
    expect(run(OPENING_A, [FOCUS, 'A', true])).toEqual([OPENING_A, [0]]);
    expect(run(OPENING_A, [FOCUS, 'B', true], [OPENED, 1, true])).toEqual([
      at({ s: OPENING, a: 'B', n: 2 }),
      [OPEN, 0],
    ]);
  });

  test('no badge to answer, leave, enter or tab into yet', () => {
    expect(run(OPENING_A, [ANSWER, 1, false], [ENTER], [LEAVE], [TAB], [GRACE_END])).toEqual([
      OPENING_A,
      [0, 0, 0, 0, 0],
    ]);
  });

  test('teardown', () => {
    expect(run(OPENING_A, [CLOSE, true])).toEqual([at({ n: 1 }), [0]]);
  });
});

describe('shown', () => {
  test('its answer is drawn; an "off" answer removes it', () => {
    expect(run(SHOWN_A, [ANSWER, 1, false])).toEqual([SHOWN_A, [RENDER]]);
    expect(run(SHOWN_A, [ANSWER, 1, true])).toEqual([at({ n: 1 }), [REMOVE]]);
  });

  test('an answer for an earlier opening of the same link is ignored', () => {
    const again = at({ s: SHOWN, a: 'A', n: 2 });
    expect(run(again, [ANSWER, 1, false], [ANSWER, 1, true])).toEqual([again, [0, 0]]);
  });

  test('the pointer leaving the link for elsewhere: hiding, the grace period starts', () => {
    expect(run(SHOWN_A, [OUT, false, false])).toEqual([HIDING_A, [START_GRACE]]);
  });

  test('the pointer leaving the link for the badge (or within the link): still shown', () => {
    expect(run(SHOWN_A, [OUT, false, true], [OVER, 'A', true], [ENTER])).toEqual([SHOWN_A, [0, 0, 0]]);
  });

  test('a pointerover anywhere else (the link was removed under the pointer: no pointerout): hiding', () => {
    expect(run(SHOWN_A, [OVER, null, false])).toEqual([HIDING_A, [START_GRACE]]);
  });

  test('another privacy link: hiding, and it waits out its intent delay', () => {
    expect(run(SHOWN_A, [OVER, 'B', true])).toEqual([
      at({ s: HIDING, a: 'A', i: 'B', n: 1 }),
      [START_GRACE | CANCEL_INTENT | START_INTENT],
    ]);
  });

  test('focus leaving the badge or its link: hiding', () => {
    expect(run(SHOWN_A, [LEAVE])).toEqual([HIDING_A, [START_GRACE]]);
  });

  test('Escape with focus on the page: removed, focus left where it is', () => {
    expect(run(SHOWN_A, [ESCAPE, false])).toEqual([at({ n: 1 }), [REMOVE]]);
  });

  test('Escape in the badge (or Tab from its last button): removed, focus back on the link, which does not reopen', () => {
    const [state, effects] = run(SHOWN_A, [ESCAPE, true]);
    expect([state, effects]).toEqual([at({ n: 1, k: 'A' }), [REMOVE | FOCUS_LINK]]);
    // The focus the driver gives the link comes back as an event: skipped once, then the link works again.
    expect(run(state, [FOCUS, 'A', true])).toEqual([at({ n: 1 }), [0]]);
    expect(run(state, [FOCUS, 'A', true], [FOCUS, 'A', true])).toEqual([
      at({ s: OPENING, a: 'A', n: 2 }),
      [0, OPEN],
    ]);
  });

  test('Tab on its link: focus into the badge, no change of state', () => {
    expect(run(SHOWN_A, [TAB])).toEqual([SHOWN_A, [FOCUS_FIRST]]);
  });

  test('"Hide on this site": removed', () => {
    expect(run(SHOWN_A, [CLOSE])).toEqual([at({ n: 1 }), [REMOVE]]);
  });

  test('a stale grace period or "badges on" changes nothing', () => {
    expect(run(SHOWN_A, [GRACE_END], [OPENED, 1, true], [INTENT_END])).toEqual([SHOWN_A, [0, 0, 0]]);
  });

  test('keyboard focus: on its link nothing, on another link that one opens', () => {
    expect(run(SHOWN_A, [FOCUS, 'A', true])).toEqual([SHOWN_A, [0]]);
    expect(run(SHOWN_A, [FOCUS, 'B', true])).toEqual([at({ s: OPENING, a: 'B', n: 2 }), [REMOVE | OPEN]]);
  });
});

describe('hiding', () => {
  test('the grace period ends: removed', () => {
    expect(run(HIDING_A, [GRACE_END])).toEqual([at({ n: 1 }), [REMOVE]]);
  });

  test.each<[string, Event]>([
    ['the pointer on the badge, or focus in it', [ENTER]],
    ['the pointer back on the link', [OVER, 'A', true]],
    ['keyboard focus back on the link', [FOCUS, 'A', true]],
  ])('%s: shown again, the grace period stopped', (_what, event) => {
    expect(run(HIDING_A, event)).toEqual([SHOWN_A, [CANCEL_GRACE]]);
  });

  test('leaving again does not restart the grace period', () => {
    expect(run(HIDING_A, [OUT, false, false], [LEAVE], [OVER, null, false])).toEqual([HIDING_A, [0, 0, 0]]);
  });

  test('its answer is still drawn', () => {
    expect(run(HIDING_A, [ANSWER, 1, false])).toEqual([HIDING_A, [RENDER]]);
  });

  test('Escape, "Hide on this site", an "off" answer: removed (which stops the grace period)', () => {
    for (const event of [[ESCAPE, false], [CLOSE], [ANSWER, 1, true]] as Event[]) {
      expect(run(HIDING_A, event)).toEqual([at({ n: 1 }), [REMOVE]]);
    }
  });

  test('a link waiting beside it: its delay ends first, its badge replaces this one', () => {
    const waiting = at({ s: HIDING, a: 'A', i: 'B', n: 1 });
    expect(run(waiting, [INTENT_END])).toEqual([at({ s: OPENING, a: 'B', n: 2 }), [REMOVE | OPEN]]);
  });

  test('a link waiting beside it: the grace period ends first, the link still waits', () => {
    const waiting = at({ s: HIDING, a: 'A', i: 'B', n: 1 });
    expect(run(waiting, [GRACE_END])).toEqual([at({ s: INTENT, i: 'B', n: 1 }), [REMOVE]]);
  });

  test('a link waiting beside it: the pointer back on the badge’s link drops the waiting one', () => {
    const waiting = at({ s: HIDING, a: 'A', i: 'B', n: 1 });
    expect(run(waiting, [OUT, false, true], [OVER, 'A', true])).toEqual([
      SHOWN_A,
      [CANCEL_INTENT, CANCEL_GRACE],
    ]);
  });

  test('teardown with a link waiting: both go', () => {
    const waiting = at({ s: HIDING, a: 'A', i: 'B', n: 1 });
    expect(run(waiting, [CLOSE, true])).toEqual([at({ n: 1 }), [CANCEL_INTENT | REMOVE]]);
  });
});

describe('races', () => {
  test('the answer arrives after the person moved away and the badge went', () => {
    expect(run(SHOWN_A, [OUT, false, false], [GRACE_END], [ANSWER, 1, false])).toEqual([
      at({ n: 1 }),
      [START_GRACE, REMOVE, 0],
    ]);
  });

  test('the answer to the first opening arrives after the same link was opened again', () => {
    expect(
      run(SHOWN_A, [ESCAPE, false], [OVER, 'A', true], [INTENT_END], [OPENED, 2, true], [ANSWER, 1, false]),
    ).toEqual([at({ s: SHOWN, a: 'A', n: 2 }), [REMOVE, CANCEL_INTENT | START_INTENT, OPEN, SHOW, 0]]);
  });

  test('the intent delay of the badge’s own link ends (it was hovered again while opening): nothing', () => {
    const state = at({ s: SHOWN, a: 'A', i: 'A', n: 1 });
    expect(run(state, [INTENT_END])).toEqual([SHOWN_A, [0]]);
  });
});

describe('whatever the events, the state holds together', () => {
  const link = fc.constantFrom('A', 'B', null);
  const flag = fc.boolean();
  const number = fc.integer({ min: 0, max: 4 });
  const event: fc.Arbitrary<Event> = fc.oneof(
    // Only a link can be a privacy link.
    fc.tuple(fc.constant(OVER), link, flag).map(([kind, l, privacy]) => [kind, l, l !== null && privacy]),
    fc.tuple(fc.constant(OUT), flag, flag),
    fc.tuple(fc.constant(FOCUS), fc.constantFrom('A', 'B'), flag),
    fc.tuple(fc.constantFrom(OPENED, ANSWER), number, flag),
    fc.tuple(fc.constantFrom(ENTER, LEAVE, INTENT_END, GRACE_END, TAB)),
    fc.tuple(fc.constantFrom(ESCAPE, CLOSE), flag),
  ) as fc.Arbitrary<Event>;

  test('a badge link exactly when opening, shown or hiding; intent exactly when only a link waits', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state: State = initialState();
        let up = false;
        for (const e of events) {
          const [next, effects] = transition<L>(state, e);
          const { s, a, i } = at(next);
          expect(a !== null).toBe(s >= OPENING);
          if (s < OPENING) expect(s).toBe(i ? INTENT : IDLE);
          // REMOVE only for a badge that is up, SHOW only for one that is not.
          if (effects & REMOVE) expect(up).toBe(true);
          if (effects & SHOW) expect(up).toBe(false);
          up = (up && !(effects & REMOVE)) || !!(effects & SHOW);
          expect(up).toBe(s === SHOWN || s === HIDING);
          state = next;
        }
      }),
    );
  });
});
