// When the content script may tell the background about its page. A page decides how often it navigates:
// one calling history.replaceState every 20 ms fired a report (with its whole HTML) every 20 ms, and the
// worker grew from 130 MB to 4.5 GB in 20 s (issue 13). Here any number of requests become at most one
// report in flight and at most one report started per interval; requests made meanwhile fold into one
// report at the end of the wait, which reads the page as it is then. Nothing is queued, so memory stays
// the same whatever the page does. A report reads the page on the page's own thread before it sends it
// (a 2.7 MB page: about 0.45 s here, more on a busy machine), so the next one also waits nine times that
// read: the page keeps at least 90% of its time, as a page that rewrites its #fragment while it is
// scrolled would not otherwise. No DOM here: the clock and the timer are given, so tests run in Node.

export interface ReportGate {
  /** The page may have changed: report it, now if the gate is free, else once when it is. */
  request: () => void;
}

/** The page's time a report's synchronous part (its read of the page) may take, at most: a tenth. */
const SHARE = 10;

/**
 * `report` reads the page and reports it if it changed; at most one runs at a time, and two start at
 * least `minIntervalMs` apart on the clock `now`, and at least ten times as long apart as the first one's
 * synchronous part took (before its first await). `setTimer` waits for the rest of an interval.
 * (Positional parameters: the content script's size budget counts every property name it keeps.)
 */
export function createReportGate(
  report: () => Promise<void>,
  minIntervalMs: number,
  now: () => number,
  setTimer: (run: () => void, ms: number) => void,
): ReportGate {
  // When the next report may start.
  let next = Number.NEGATIVE_INFINITY;
  // A report in flight, or a timer waiting for the interval's end: either way `done` pumps again.
  let busy = false;
  let wanted = false;
  const done = (): void => {
    busy = false;
    pump();
  };
  const pump = (): void => {
    if (busy || !wanted) return;
    busy = true;
    const start = now();
    if (next > start) {
      setTimer(done, next - start);
      return;
    }
    wanted = false;
    const running = report();
    next = start + Math.max(minIntervalMs, (now() - start) * SHARE);
    // A rejection (the worker restarting, the extension reloading) is the next request's to retry.
    running.catch(() => {}).finally(done);
  };
  return {
    request: () => {
      wanted = true;
      pump();
    },
  };
}
