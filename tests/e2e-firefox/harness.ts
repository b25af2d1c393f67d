// Starts real headless Firefox (Debian's firefox-esr) over WebDriver BiDi with the built Firefox extension
// installed as a temporary add-on. Each missing piece fails with a message that says how to get it; every
// launch ends with Firefox killed and its profile directory removed, whatever happened in between.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = path.resolve(process.cwd(), '.output/firefox-mv2');
export const FIREFOX = '/usr/bin/firefox-esr';
/** The add-on id of wxt.config.ts (browser_specific_settings.gecko.id). */
const ADDON_ID = 'policylens@example.org';
/**
 * Firefox gives each add-on a random internal UUID for its moz-extension:// origin; the pref
 * extensions.webextensions.uuids fixes it before launch, so the test knows the extension's pages' address.
 */
const EXTENSION_UUID = '6a7c2f34-1b5e-4d8a-9c3f-2e4b5a6d7c8e';
const CLOSE_TIMEOUT_MS = 10_000;

export interface FirefoxWithExtension {
  browser: Browser;
  version: string;
  /** Opens moz-extension://<uuid>/<pathAndQuery> in a new tab and waits until it has loaded. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

function requireFile(file: string, hint: string): void {
  if (!existsSync(file)) throw new Error(`Missing ${file}: ${hint}`);
}

// What puppeteer-core's BiDi page holds, typed just enough for the one call made on it (see below).
interface BidiNavigable {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  requireFile(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'build the extension first: npm run build');
  requireFile(FIREFOX, 'install Debian firefox-esr: apt-get install -y firefox-esr');
  const profile = mkdtempSync(path.join(tmpdir(), 'policylens-e2e-firefox-'));
  let browser: Browser | undefined;
  const close = async () => {
    const child = browser?.process();
    // A wedged Firefox must not hang CI: give a clean close a bounded time, then kill the process.
    await Promise.race([
      browser?.close().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref()),
    ]);
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      timeout: 30_000,
      protocolTimeout: 30_000,
      // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page unless system access is allowed
      // (Firefox's remote agent, browsingContext.navigate: "not allowed in this context"); the extension's
      // own pages are where its badge, popup and IndexedDB can be read.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      },
    });
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== ADDON_ID) throw new Error(`installed add-on is ${installed}, expected ${ADDON_ID}`);
  } catch (error) {
    await close();
    throw error;
  }
  const version = await browser.version();
  const opened = browser;
  return {
    browser: opened,
    version,
    openExtensionPage: async (pathAndQuery) => {
      const page = await opened.newPage();
      // page.goto waits for BiDi navigation events that Firefox 153 does not send for a moz-extension://
      // document (the load lands in the extension process): it times out although the page is there.
      // BiDi's own navigate command, waiting for "complete", returns once the page has loaded.
      await (page.mainFrame() as unknown as BidiNavigable).browsingContext.navigate(
        `moz-extension://${EXTENSION_UUID}/${pathAndQuery}`,
        'complete',
      );
      return page;
    },
    close,
  };
}

// The extension pages' global (Firefox's promise-based WebExtension API), typed for the one call made here.
declare const browser: { tabs: { query(query: object): Promise<Array<{ id?: number }>> } };

/** The ids of every open tab, as the extension sees them, asked through an extension page (`probe`). */
export function tabIds(probe: Page): Promise<number[]> {
  return probe.evaluate(async () =>
    (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/** Opens a web page in a new tab and finds its tab id as the extension sees it. */
export async function openTabIn(
  firefox: FirefoxWithExtension,
  probe: Page,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds(probe);
  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  const tabId = (await tabIds(probe)).find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}
