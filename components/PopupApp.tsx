import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabSummary } from '../messaging/protocol';
import { ChangeView } from './ChangeView';
import { ExportButtons } from './ExportButtons';
import { ErrorMessage, Loading, NotPolicy, Unreadable } from './PageStates';
import { SummaryView } from './SummaryView';

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

export function PopupApp({ api }: { api: PopupApi }) {
  const [view, setView] = useState<ViewState>({ kind: 'loading' });
  const [quoteStatus, setQuoteStatus] = useState('');

  const load = useCallback(
    (force: boolean) => {
      setView({ kind: 'loading' });
      api.summarise(force).then(
        (result) => setView({ kind: 'ready', result }),
        (error: unknown) =>
          setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [api],
  );
  useEffect(() => load(false), [load]);

  const showQuote = (text: string) => {
    if (!api.showQuote) return;
    setQuoteStatus('');
    api.showQuote(text).then(
      (found) => setQuoteStatus(found ? '' : 'That sentence could not be found in the page as shown.'),
      () => setQuoteStatus('The page did not answer; reload it and try again.'),
    );
  };

  if (view.kind === 'loading') return <Loading />;
  if (view.kind === 'error') return <ErrorMessage message={view.message} onRetry={() => load(false)} />;
  const { result } = view;
  if (result.state === 'unreadable') return <Unreadable reason={result.reason} />;
  if (result.state === 'not-policy') {
    return <NotPolicy links={result.privacyLinks} onAnalyse={() => load(true)} onOpenLink={api.openLink} />;
  }
  return (
    <main>
      {result.change && (
        <ChangeView
          diff={result.change.diff}
          since={result.change.since}
          onShowQuote={api.showQuote ? showQuote : undefined}
          copy={api.copy}
        />
      )}
      <SummaryView
        summary={result.summary}
        analysedAt={result.analysedAt}
        fromCache={result.fromCache}
        onShowQuote={api.showQuote ? showQuote : undefined}
      />
      <p class="status small" role="status" aria-live="polite">
        {quoteStatus}
      </p>
      {result.summary.language.english && (
        <ExportButtons summary={result.summary} analysedAt={result.analysedAt} copy={api.copy} />
      )}
    </main>
  );
}
