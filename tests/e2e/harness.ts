// Starts what the browser tests need: a local web server for the pages, and headless Chromium with the
// built extension. Each missing piece fails with a message that says how to get it.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(process.cwd(), '.output/chrome-mv3');
export const CHROMIUM = '/usr/lib/chromium/chromium';
const CORPUS_HTML = path.resolve(process.cwd(), '../shared/corpus/opp115-dev/html');

export function requireFile(file: string, hint: string): string {
  if (!existsSync(file)) throw new Error(`Missing ${file}: ${hint}`);
  return file;
}

export function corpusPage(name: string): string {
  return readFileSync(
    requireFile(
      path.join(CORPUS_HTML, name),
      'the shared OPP-115 corpus must sit beside the project (../shared)',
    ),
    'utf8',
  );
}

/** Serves fixed pages on 127.0.0.1. The CSP keeps saved pages from reaching hosts this machine cannot reach. */
export async function serve(
  pages: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The profile directory: it names this browser's processes apart from other tests' browsers. */
  userDataDir: string;
  close: () => Promise<void>;
}

/**
 * `extraArgs`: more Chromium switches, such as `--host-resolver-rules` to give 127.0.0.1 host names.
 * `extensionDir`: another build than .output/chrome-mv3 (the bench times an older build against this one).
 */
export async function launchWithExtension(
  extraArgs: string[] = [],
  extensionDir = EXTENSION_DIR,
): Promise<LoadedExtension> {
  requireFile(path.join(extensionDir, 'manifest.json'), 'build the extension first: npx wxt build');
  requireFile(CHROMIUM, 'install Debian chromium: apt-get install -y chromium');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'policylens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      '--disable-background-networking',
      ...extraArgs,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    userDataDir,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker, as Chromium does when it idles (DevTools' ServiceWorker domain; the
 * session needs a page, any page), and resolves once it has stopped. The next message or event starts a
 * new one, which runs the background from the top: `runningWorker` then finds it (`ext.worker` may be gone).
 */
export async function stopServiceWorker(ext: LoadedExtension): Promise<void> {
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    const ours = `chrome-extension://${ext.extensionId}/`;
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(ours) && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** The extension's service worker that runs now (after `stopServiceWorker`, the one a message woke). */
export async function runningWorker(ext: LoadedExtension): Promise<Worker> {
  for (const worker of ext.context.serviceWorkers()) {
    if (!worker.url().startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
    if (await worker.evaluate(() => true).catch(() => false)) return worker;
  }
  return ext.context.waitForEvent('serviceworker');
}

export interface LoggedSite {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Like `serve`, and records every request's path; paths in `hang` are never answered (a site that times
 * out). Responses carry the same CSP as `serve`, so the content script works under a strict page CSP.
 */
export async function serveLogged(
  pages: Record<string, string | { body: string; type: string; csp?: string }>,
  hang: string[] = [],
): Promise<LoggedSite> {
  const requests: string[] = [];
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    if (hang.includes(pathname)) {
      hanging.add(res);
      return;
    }
    const page = pages[pathname];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { body, type, csp } =
      typeof page === 'string' ? { body: page, type: 'text/html; charset=utf-8', csp: undefined } : page;
    res
      .writeHead(200, {
        'content-type': type,
        // The page's own scripts may run (the tests check the page keeps working); nothing else may load.
        'content-security-policy': csp ?? "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'",
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// What the helpers below call inside the service worker.
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
};

/** The tab ids the extension sees. */
export async function tabIds(ext: LoadedExtension): Promise<number[]> {
  return ext.worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  );
}

/** Opens a page in a new tab and finds its tab id as the extension sees it. */
export async function openTab(ext: LoadedExtension, url: string) {
  const before = await tabIds(ext);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(url);
  const tabId = (await tabIds(ext)).find((id) => !before.includes(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}

/**
 * Resident memory (MB) of this browser's extension process, where the service worker runs, read from
 * /proc (Linux): the worker's own heap is not readable from a test (no performance.memory in a worker).
 */
export function extensionProcessRssMB(ext: LoadedExtension): number | null {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      // Chromium rewrites a child's argv into one space-separated string, so split on both.
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    } catch {
      continue;
    }
    if (!args.includes('--extension-process') || !args.includes(`--user-data-dir=${ext.userDataDir}`))
      continue;
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return rss ? Math.round(Number(rss[1]) / 1024) : null;
  }
  return null;
}
