// One analysis at a time per tab. A page's reports can arrive faster than the engine reads them (the content
// script limits its own rate, but a compromised renderer need not): a report arriving while the tab's
// analysis runs waits, and a later one replaces it. The replaced report is answered at once (`null`: a
// newer report of this tab took its place), so its message and its HTML are let go then, not when the
// tab's backlog drains. A tab thus holds at most two reports (the one being read and the latest waiting),
// however many it sends, and nothing is kept for a tab once its last run ends.

export interface TabCoalescer<I, O> {
  /** Runs `input` for the tab, now or after its run in flight; null when a later report replaced it. */
  submit: (tabId: number, input: I) => Promise<O | null>;
  /** Tabs with a run in flight. */
  readonly busyTabs: number;
}

interface Waiting<I, O> {
  input: I;
  resolve: (value: O | null) => void;
  reject: (error: unknown) => void;
}

export function createTabCoalescer<I, O>(run: (tabId: number, input: I) => Promise<O>): TabCoalescer<I, O> {
  // A tab present here has a run in flight; its value is the report waiting for it, if any.
  const tabs = new Map<number, Waiting<I, O> | null>();

  const start = (tabId: number, job: Waiting<I, O>): void => {
    tabs.set(tabId, null);
    // A run that throws synchronously is a rejection like any other.
    Promise.resolve()
      .then(() => run(tabId, job.input))
      .then(job.resolve, job.reject)
      .finally(() => {
        const next = tabs.get(tabId);
        if (next) start(tabId, next);
        else tabs.delete(tabId);
      });
  };

  return {
    submit: (tabId, input) =>
      new Promise<O | null>((resolve, reject) => {
        const job = { input, resolve, reject };
        if (!tabs.has(tabId)) {
          start(tabId, job);
          return;
        }
        tabs.get(tabId)?.resolve(null);
        tabs.set(tabId, job);
      }),
    get busyTabs() {
      return tabs.size;
    },
  };
}
