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

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[\da-f:.]+\]$/;
// Letters, digits, hyphens (not at either end) and underscores, which some real hosts carry.
const LABEL = /^(?!-)[a-z\d_-]{1,63}(?<!-)$/;

/**
 * A host name as the URL parser spells it (lower case, punycode): an IPv4 address, a bracketed IPv6
 * address, or DNS labels of up to 63 characters.
 */
export function isHostName(host: string): boolean {
  if (host === '' || host.length > 253) return false;
  if (IPV4.test(host) || IPV6.test(host)) return true;
  return host.split('.').every((label) => LABEL.test(label));
}

/**
 * The host name of a URL or site name as stored ("Example.com", "https://example.com/x") → "example.com",
 * or null. Checked label by label: Chromium's URL parser escapes a space in a host ("not a site!!" →
 * "not%20a%20site!!") where the standard refuses it, so a parse alone lets junk through.
 */
export function siteHost(value: string): string | null {
  const raw = value.trim();
  if (raw === '' || raw.length > 300) return null;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.replace(/\.$/, '');
    return isHostName(host) ? host : null;
  } catch {
    return null;
  }
}

export type SiteInput = { ok: true; host: string } | { ok: false; message: string };

const refuse = (why: string): SiteInput => ({
  ok: false,
  message: `${why} Type a site name, such as example.com.`,
});

/**
 * What a person typed as a site name → its host name (lower case, international names in punycode:
 * "Bücher.de" → "xn--bcher-kva.de"), or why it is not one. Stricter than `siteHost`: a path, a port or a
 * user name would be dropped without a word, so they are refused with a message instead. A pasted
 * "https://example.com/" is read as its site: nothing of it is lost.
 */
export function parseSiteInput(value: string): SiteInput {
  const typed = value.trim();
  if (typed === '') return refuse('Nothing typed.');
  if (typed.length > 300) return refuse('That is too long for a site name.');
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(typed) && !/^https?:\/\//i.test(typed)) {
    return refuse('Only web sites (http, https) can be listed.');
  }
  const rest = typed.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  const quoted = `“${rest.length > 60 ? `${rest.slice(0, 60)}…` : rest}”`;
  if (/\s/.test(rest)) return refuse(`${quoted} has a space; a site name has none.`);
  if (/[/?#\\]/.test(rest)) return refuse(`${quoted} has a path; badges go by site, not by page.`);
  if (rest.includes('@')) return refuse(`${quoted} has a user name in it.`);
  if (/:\d*$/.test(rest) && !rest.endsWith(']')) {
    return refuse(`${quoted} has a port; badges go by site name, whatever the port.`);
  }
  let host = '';
  try {
    host = new URL(`http://${rest}`).hostname.replace(/\.$/, '');
  } catch {
    // Not a host: the message below says so.
  }
  if (!isHostName(host))
    return refuse(`${quoted} is not a site name: letters, digits, hyphens and dots only.`);
  return { ok: true, host };
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

export type DaysInput = { ok: true; days: number; message: string } | { ok: false; message: string };

/**
 * "Keep for" as typed → the number of days kept, and a message whenever that is not what was typed
 * (out of range: clamped; a fraction: rounded), so that the value the page shows now is the one a reload
 * shows too. Empty or not a number: nothing is saved, and the message says why.
 */
export function parseKeepDays(typed: string): DaysInput {
  const range = `from ${KEEP_DAYS_MIN} to ${KEEP_DAYS_MAX} days`;
  const text = typed.trim();
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    return { ok: false, message: `Type a number of days, ${range}. Nothing was changed.` };
  }
  const rounded = Math.round(value);
  const days = Math.min(KEEP_DAYS_MAX, Math.max(KEEP_DAYS_MIN, rounded));
  const kept = `kept for ${days} ${days === 1 ? 'day' : 'days'}`;
  if (rounded < KEEP_DAYS_MIN)
    return { ok: true, days, message: `${shown} is below the shortest time: ${kept}.` };
  if (rounded > KEEP_DAYS_MAX)
    return { ok: true, days, message: `${shown} is above the longest time: ${kept}.` };
  if (rounded !== value) return { ok: true, days, message: `Whole days only: ${kept}.` };
  return { ok: true, days, message: '' };
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
