// What the options page can do, as messages to the background, which alone opens the saved summaries and
// the version history (background/saved-summaries.ts). Settings live in storage.local, which every page
// may read and write; only what IndexedDB holds goes through the background.

import type { Settings } from '../settings/settings';
import type {
  BackgroundMessage,
  BackgroundPayload,
  BackgroundReply,
  SavedSummaries,
  TabSummary,
} from './protocol';

export interface OptionsApi {
  list(): Promise<SavedSummaries>;
  open(url: string): Promise<TabSummary>;
  /** Deletes the saved summary and the recorded versions of its policy. */
  remove(url: string): Promise<void>;
  clear(): Promise<void>;
  clearHistory(): Promise<void>;
  loadSettings(): Promise<Settings>;
  /** Saves, then has the background drop what the new "keep for" no longer keeps. */
  saveSettings(settings: Settings): Promise<void>;
}

/** One message to the background and its answer (the messenger in the page, the table in a test). */
export type SendToBackground = <K extends BackgroundMessage>(
  type: K,
  data: BackgroundPayload<K>,
) => Promise<BackgroundReply<K>>;

export interface SettingsStore {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

export function optionsApi(send: SendToBackground, settings: SettingsStore): OptionsApi {
  return {
    list: () => send('listSaved', undefined),
    open: (url) => send('openSaved', { url }),
    remove: (url) => send('deleteSaved', { url }),
    clear: () => send('clearSaved', undefined),
    clearHistory: () => send('clearHistory', undefined),
    loadSettings: () => settings.loadSettings(),
    saveSettings: async (next) => {
      await settings.saveSettings(next);
      await send('pruneSaved', undefined);
    },
  };
}
