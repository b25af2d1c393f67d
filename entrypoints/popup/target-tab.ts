import { browser } from 'wxt/browser';

/**
 * The tab to summarise: the active tab, or the one named by `?tab=<id>`. The query parameter is a testing
 * and deep-link hook (the browser tests open popup.html in a tab of its own, where "active" is the popup).
 */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = new URLSearchParams(search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab to summarise.');
  return tab.id;
}

/** `?url=<http(s) url>`: show the saved summary of that page instead of a tab's. */
export function savedSummaryUrl(search: string): string | null {
  const value = new URLSearchParams(search).get('url');
  if (value === null || value.length > 2_048) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}
