// The content script's report gate without a DOM: a fake clock and timer stand in for the page's.
import { describe, expect, test } from 'vitest';
import { createReportGate } from '../../content/report-gate';

/**
 * A gate on a hand-driven clock; `report` resolves when the test says so. Each report's synchronous part
 * (its read of the page) moves the clock on by `readMs`.
 */
function rig(minIntervalMs = 1_000, readMs = 0) {
  let clock = 0;
  const timers: Array<{ at: number; run: () => void }> = [];
  const started: number[] = [];
  const pending: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
  const gate = createReportGate(
    () =>
      new Promise<void>((resolve, reject) => {
        started.push(clock);
        clock += readMs;
        pending.push({ resolve, reject });
      }),
    minIntervalMs,
    () => clock,
    (run, ms) => void timers.push({ at: clock + ms, run }),
  );
  const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    gate,
    started,
    timers,
    /** Moves the clock on, firing due timers in order. */
    advance: async (ms: number) => {
      const until = clock + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > until) break;
        timers.shift();
        clock = due.at;
        due.run();
        await flush();
      }
      clock = until;
    },
    finish: async (ok = true) => {
      const job = pending.shift();
      if (ok) job?.resolve();
      else job?.reject(new Error('worker gone'));
      await flush();
    },
  };
}

describe('createReportGate', () => {
  test('the first request reports at once', async () => {
    const r = rig();
    r.gate.request();
    expect(r.started).toEqual([0]);
  });

  test('requests every 20 ms for 10 s start one report a second, never two at once', async () => {
    const r = rig();
    let maxInFlight = 0;
    let inFlight = 0;
    let finished = 0;
    for (let t = 0; t < 10_000; t += 20) {
      r.gate.request();
      inFlight = r.started.length - finished;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await r.advance(20);
      // Each report takes 50 ms to answer.
      if (r.started.length > finished && (r.started.at(-1) ?? 0) + 50 <= t) {
        await r.finish();
        finished++;
      }
    }
    expect(maxInFlight).toBe(1);
    // One at 0, then one per second at most.
    expect(r.started.length).toBeGreaterThanOrEqual(9);
    expect(r.started.length).toBeLessThanOrEqual(11);
    for (let i = 1; i < r.started.length; i++) {
      expect((r.started[i] ?? 0) - (r.started[i - 1] ?? 0)).toBeGreaterThanOrEqual(1_000);
    }
    // Never more than one timer waiting, whatever the number of requests.
    expect(r.timers.length).toBeLessThanOrEqual(1);
  });

  test('a request during a report is folded into one report once it ends, not one per request', async () => {
    const r = rig(100);
    r.gate.request();
    for (let i = 0; i < 50; i++) r.gate.request();
    await r.advance(500);
    expect(r.started).toEqual([0]);
    await r.finish();
    // Its interval is over: the folded request runs when the report ends.
    expect(r.started).toEqual([0, 500]);
    await r.finish();
    await r.advance(1_000);
    expect(r.started).toEqual([0, 500]);
  });

  test('a request inside the interval waits for its end; none is lost', async () => {
    const r = rig(1_000);
    r.gate.request();
    await r.finish();
    await r.advance(300);
    r.gate.request();
    expect(r.started).toEqual([0]);
    await r.advance(699);
    expect(r.started).toEqual([0]);
    await r.advance(1);
    expect(r.started).toEqual([0, 1_000]);
  });

  test.each([
    // The page keeps 90% of its time: a 300 ms read holds the next report to 3 s after its start.
    [300, 3_000],
    // A quick read keeps the interval.
    [50, 1_000],
  ])(
    'a read of the page that takes %i ms lets the next report start at %i ms, not before',
    async (readMs, nextAt) => {
      const r = rig(1_000, readMs);
      r.gate.request();
      await r.finish();
      r.gate.request();
      // The clock stands where the read ended.
      await r.advance(nextAt - readMs - 1);
      expect(r.started).toEqual([0]);
      await r.advance(1);
      expect(r.started).toEqual([0, nextAt]);
    },
  );

  test('a failed report does not stop later ones', async () => {
    const r = rig(100);
    r.gate.request();
    await r.finish(false);
    await r.advance(100);
    r.gate.request();
    expect(r.started).toEqual([0, 100]);
  });

  test('no request, no report', async () => {
    const r = rig(100);
    r.gate.request();
    await r.finish();
    await r.advance(10_000);
    expect(r.started).toEqual([0]);
  });
});
