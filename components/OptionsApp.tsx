import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CacheListItem } from '../db/cache';
import type { CacheEntry } from '../db/schema';
import type { Settings } from '../settings/settings';
import { CachedList } from './CachedList';
import { SettingsForm } from './SettingsForm';
import { SummaryView } from './SummaryView';

export interface OptionsApi {
  list(): Promise<CacheListItem[]>;
  get(url: string): Promise<CacheEntry | undefined>;
  remove(url: string): Promise<void>;
  clear(): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** How many versions of each policy URL the version history holds ("what changed since"). */
  versionCounts?(): Promise<Map<string, number>>;
  clearHistory?(): Promise<void>;
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [rows, setRows] = useState<CacheListItem[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [open, setOpen] = useState<CacheEntry | null>(null);
  const [versions, setVersions] = useState<Map<string, number>>(new Map());
  const [error, setError] = useState('');

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const refresh = useCallback(() => {
    void api.versionCounts?.().then(setVersions, fail);
    return api.list().then(setRows, fail);
  }, [api]);
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
        <button type="button" onClick={() => setOpen(null)}>
          ← Back to saved summaries
        </button>
        <SummaryView summary={open.summary} analysedAt={new Date(open.analysedAt).toISOString()} fromCache />
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
      {rows && (
        <CachedList
          rows={rows}
          onOpen={(url) => api.get(url).then((entry) => setOpen(entry ?? null), fail)}
          onDelete={(url) => api.remove(url).then(refresh, fail)}
          onClear={() => api.clear().then(refresh, fail)}
          versions={versions}
        />
      )}
      {api.clearHistory && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Version history</h2>
          <p class="muted">
            To tell you what changed since you last read a policy, PolicyLens keeps the last few versions of
            each one you read, on this device only. {versions.size}{' '}
            {versions.size === 1 ? 'policy' : 'policies'} recorded.
          </p>
          <button type="button" class="danger" onClick={() => api.clearHistory?.().then(refresh, fail)}>
            Clear version history
          </button>
        </section>
      )}
    </main>
  );
}
