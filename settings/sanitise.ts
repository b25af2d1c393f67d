// The settings' shape and how a stored value is cleaned, with no browser API: the content script reads the
// settings through this module without pulling in the storage wrapper.

export interface Settings {
  /** Show a grade badge when the person hovers or focuses a link to a privacy policy. */
  showLinkBadges: boolean;
  /** Cached summaries older than this are deleted. */
  keepDays: number;
  /** Sites (host names) where the link badge is switched off. */
  badgesOffSites: string[];
  /**
   * Sites (origins) the person allowed PolicyLens to fetch a linked policy from when it is not on the page's
   * own site. Kept by PolicyLens because Chrome reports every origin as granted already (see docs/privacy.md).
   */
  readSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  showLinkBadges: true,
  keepDays: 30,
  badgesOffSites: [],
  readSites: [],
};
export const KEEP_DAYS_MIN = 1;
export const KEEP_DAYS_MAX = 365;
const MAX_SITES = 1_000;

/** A host name as typed or stored ("Example.com", "https://example.com/x") → "example.com", or null. */
export function siteHost(value: string): string | null {
  const raw = value.trim();
  if (raw === '' || raw.length > 300) return null;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

/** An http(s) origin ("https://example.com:8443"), or null. */
export function siteOrigin(value: string): string | null {
  if (value.length > 300) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function cleanList(value: unknown, clean: (item: string) => string | null): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value) {
    const cleaned = typeof item === 'string' ? clean(item) : null;
    if (cleaned !== null) out.add(cleaned);
    if (out.size >= MAX_SITES) break;
  }
  return [...out];
}

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
    badgesOffSites: cleanList(raw.badgesOffSites, siteHost),
    readSites: cleanList(raw.readSites, siteOrigin),
  };
}

/** Whether link badges show on a page of this host. */
export function badgesShownOn(settings: Settings, host: string): boolean {
  return settings.showLinkBadges && !settings.badgesOffSites.includes(host.toLowerCase());
}

/**
 * `badgesShownOn` straight from the stored value, for the content script: it needs this one answer, and the
 * full sanitiser (URL parsing of every listed site) costs it bytes on every page. Stored hosts were cleaned
 * on write; the background asks `badgesShownOn` again before any work, so a malformed value changes nothing.
 */
export function badgesShownOnStored(value: unknown, host: string): boolean {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const off = stored.badgesOffSites;
  return stored.showLinkBadges !== false && !(Array.isArray(off) && off.includes(host.toLowerCase()));
}
