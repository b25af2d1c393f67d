import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TabSummary } from '../messaging/protocol';
import { ChangeLine, changedSince } from './ChangeLine';
import { ExportButtons } from './ExportButtons';
import { ErrorMessage, Loading, NotPolicy, Unreadable } from './PageStates';
import { SummaryView } from './SummaryView';

type ChangeViewModule = typeof import('./ChangeView');

// The full change view and its Markdown report (engine/diff-markdown.ts) are not in the popup's own code:
// most openings show no change, and one that does shows its one-line summary first. They are fetched when
// that line is clicked (one small local file); fetched ahead, when idle, they competed with the first
// screen of a popup opening on a change (bench/popup.ts --vs, 21 pairs: 0.89 of the time before).
const loadChangeView = (): Promise<ChangeViewModule> => import('./ChangeView');

/** What the popup needs from the extension; the entrypoint wires it to messaging, tests to fakes. */
export interface PopupApi {
  summarise(force: boolean): Promise<TabSummary>;
  /** Absent when there is no tab to show a quote in (a saved summary opened by its URL). */
  showQuote?: (text: string) => Promise<boolean>;
  openLink(href: string): void;
  copy(text: string): Promise<void>;
}

type ViewState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; result: TabSummary };

/** The view a reply leads to; never rejects, so that a request may be made before anyone awaits it. */
function settle(reply: Promise<TabSummary>): Promise<ViewState> {
  return reply.then(
    (result): ViewState => ({ kind: 'ready', result }),
    (error: unknown): ViewState => ({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    }),
  );
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [view, setView] = useState<ViewState>({ kind: 'loading' });
  // The full change view, behind the first screen's "what changed" line, and its code once fetched.
  const [changeOpen, setChangeOpen] = useState(false);
  const [changeModule, setChangeModule] = useState<ChangeViewModule | null>(null);
  const fetchChangeView = useCallback(() => {
    loadChangeView().then(setChangeModule, (error: unknown) =>
      setView({ kind: 'error', message: `Could not open what changed: ${String(error)}` }),
    );
  }, []);
  // Focus follows the click: to the change view's heading (once its code is there), and back to the button
  // that opened it.
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    const target = changeOpen ? '#change-heading' : '.change-line button';
    document.querySelector<HTMLElement>(target)?.focus();
  }, [changeOpen, changeModule]);
  const openChange = (open: boolean) => {
    toggled.current = true;
    if (open) fetchChangeView();
    setChangeOpen(open);
  };
  // The first request leaves during the first render: an effect runs only after the browser has painted
  // the loading state, a frame (16 ms or more) later, and the reply is what the person waits for. For the
  // same reason the reply is taken in a layout effect, which runs before that paint: a reply that comes
  // before the frame is rendered in it, instead of one frame after it.
  const [first] = useState(() => settle(api.summarise(false)));
  useLayoutEffect(() => void first.then(setView), [first]);

  const load = useCallback(
    (force: boolean) => {
      setView({ kind: 'loading' });
      void settle(api.summarise(force)).then(setView);
    },
    [api],
  );

  if (view.kind === 'loading') return <Loading />;
  if (view.kind === 'error') return <ErrorMessage message={view.message} onRetry={() => load(false)} />;
  const { result } = view;
  if (result.state === 'unreadable') return <Unreadable reason={result.reason} />;
  if (result.state === 'not-policy') {
    return <NotPolicy links={result.privacyLinks} onAnalyse={() => load(true)} onOpenLink={api.openLink} />;
  }
  const { change } = result;
  if (change && changeOpen) {
    return (
      <main>
        <button type="button" class="link back" onClick={() => openChange(false)}>
          ← Back to the summary
        </button>
        {changeModule ? (
          <changeModule.ChangeView
            diff={change.diff}
            since={change.since}
            onShowQuote={api.showQuote}
            copy={api.copy}
          />
        ) : (
          <p class="muted" role="status">
            Opening what changed…
          </p>
        )}
      </main>
    );
  }
  return (
    <main>
      <SummaryView
        summary={result.summary}
        analysedAt={result.analysedAt}
        fromCache={result.fromCache}
        onShowQuote={api.showQuote}
        change={
          change && <ChangeLine diff={change.diff} since={change.since} onOpen={() => openChange(true)} />
        }
        actions={
          <ExportButtons
            summary={result.summary}
            analysedAt={result.analysedAt}
            changed={change && changedSince(change.diff, change.since)}
            copy={api.copy}
          />
        }
      />
    </main>
  );
}
