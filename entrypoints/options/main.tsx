import { render } from 'preact';
import '../../assets/ui.css';
import { type OptionsApi, OptionsApp } from '../../components/OptionsApp';
import { SummaryCache } from '../../db/cache';
import { VersionHistory } from '../../db/versions';
import { loadSettings, saveSettings } from '../../settings/settings';

// The options page is an extension page: it opens the same IndexedDB as the background directly, no
// messages needed.
const cache = SummaryCache.open();
const history = VersionHistory.open();

const api: OptionsApi = {
  list: async () => (await cache).list(),
  get: async (url) => (await cache).get(url),
  // A policy deleted here goes with its recorded versions.
  remove: async (url) => {
    await (await cache).delete(url);
    await (await history).delete(url);
  },
  clear: async () => (await cache).clear(),
  versionCounts: async () => (await history).counts(),
  clearHistory: async () => (await history).clear(),
  loadSettings,
  saveSettings: async (settings) => {
    await saveSettings(settings);
    const { keepDays } = await loadSettings();
    await (await cache).deleteOlderThan(keepDays);
    await (await history).deleteOlderThan(keepDays);
  },
};

const root = document.getElementById('app');
if (root) render(<OptionsApp api={api} />, root);
