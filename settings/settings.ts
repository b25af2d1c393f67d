// The user's settings, in browser.storage.local (the only reason for the `storage` permission).

import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings, sanitiseSettings } from './sanitise';

export {
  badgesShownOn,
  DEFAULT_SETTINGS,
  KEEP_DAYS_MAX,
  KEEP_DAYS_MIN,
  type Settings,
  sanitiseSettings,
  siteHost,
  siteOrigin,
} from './sanitise';

/** The storage.local key; the content script reads it directly (see entrypoints/policy.content). */
export const SETTINGS_KEY = 'settings';

const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return sanitiseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(sanitiseSettings(settings));
}

/** Read, change, write: for the background's own updates (a site switched off, a site allowed). */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = sanitiseSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}
