// The user's settings, in browser.storage.local (the only reason for the `storage` permission).

import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Show a grade badge beside privacy links on ordinary pages (the hover-badge feature, to come). */
  showLinkBadges: boolean;
  /** Cached summaries older than this are deleted. */
  keepDays: number;
}

export const DEFAULT_SETTINGS: Settings = { showLinkBadges: true, keepDays: 30 };
export const KEEP_DAYS_MIN = 1;
export const KEEP_DAYS_MAX = 365;

/** Storage is writable by any extension context and may hold an older shape: never trust it raw. */
export function sanitiseSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const days =
    typeof raw.keepDays === 'number' && Number.isFinite(raw.keepDays) ? Math.round(raw.keepDays) : NaN;
  return {
    showLinkBadges:
      typeof raw.showLinkBadges === 'boolean' ? raw.showLinkBadges : DEFAULT_SETTINGS.showLinkBadges,
    keepDays: Number.isNaN(days)
      ? DEFAULT_SETTINGS.keepDays
      : Math.min(KEEP_DAYS_MAX, Math.max(KEEP_DAYS_MIN, days)),
  };
}

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return sanitiseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(sanitiseSettings(settings));
}
