import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OptionsApi } from '../messaging/options-api';
import type { SavedSummaries, TabSummary } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { CachedList } from './CachedList';
import { ConfirmButton } from './ConfirmButton';
import { SettingsForm } from './SettingsForm';
import { SummaryView } from './SummaryView';

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [saved, setSaved] = useState<SavedSummaries | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [open, setOpen] = useState<Extract<TabSummary, { state: 'summary' }> | null>(null);
  const [error, setError] = useState('');

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const refresh = useCallback(() => api.list().then(setSaved, fail), [api]);
  const show = (reply: TabSummary) => {
    if (reply.state === 'summary') setOpen(reply);
    // Deleted or expired since the list was read: say so, and list what is left.
    else if (reply.state === 'unreadable') refresh().then(() => setError(reply.reason));
  };
  useEffect(() => {
    void refresh();
    api.loadSettings().then(setSettings, fail);
  }, [api, refresh]);

  const change = (next: Settings) => {
    setSettings(next);
    // Saving may prune old entries (a shorter "keep for"), so the list is read again afterwards.
    api.saveSettings(next).then(refresh, fail);
  };

  if (open) {
    return (
      <div class="options">
        <button type="button" class="back" onClick={() => setOpen(null)}>
          ← Back to saved summaries
        </button>
        <SummaryView summary={open.summary} analysedAt={open.analysedAt} fromCache={open.fromCache} />
      </div>
    );
  }
  return (
    <main class="options">
      <h1>PolicyLens</h1>
      {error && (
        <p role="alert" class="error-message">
          {error}
        </p>
      )}
      {settings && <SettingsForm settings={settings} onChange={change} />}
      {saved && !saved.available && (
        <p role="status" class="muted">
          PolicyLens cannot use this browser’s storage right now, so it keeps no summaries: each page is
          analysed afresh.
        </p>
      )}
      {saved && (
        <CachedList
          rows={saved.rows}
          onOpen={(url) => api.open(url).then(show, fail)}
          onDelete={(url) => api.remove(url).then(refresh, fail)}
          onClear={() => api.clear().then(refresh, fail)}
        />
      )}
      {saved && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Version history</h2>
          <p class="muted">
            To tell you what changed since you last read a policy, PolicyLens keeps the last few versions of
            each one you read, on this device only. {saved.recordedPolicies}{' '}
            {saved.recordedPolicies === 1 ? 'policy' : 'policies'} recorded.
          </p>
          <ConfirmButton
            label="Clear version history"
            question="Delete the recorded versions of every policy? PolicyLens then cannot tell what changed until you read them again."
            confirm="Delete the history"
            onConfirm={() => api.clearHistory().then(refresh, fail)}
          />
        </section>
      )}
    </main>
  );
}
