// What the Firefox tests serve: pages on 127.0.0.1 from the test itself, every request's path logged, and
// saved policies read from ../shared (never copied here).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CORPUS_HTML = path.resolve(process.cwd(), '../shared/corpus/opp115-dev/html');

/** A saved OPP-115 policy page; fails with a message saying where the corpus must be. */
export function corpusPage(name: string): string {
  const file = path.join(CORPUS_HTML, name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Missing ${file}: the shared OPP-115 corpus must sit beside the project (../shared)`);
  }
}

export interface Site {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves fixed pages (HTML unless a type is given) under one CSP. The default allows no remote load (a saved
 * page's images and scripts point at hosts this machine cannot reach, and its load event would wait for
 * them), no style and no inline script.
 */
export async function serve(
  pages: Record<string, string | { body: string; type: string }>,
  csp = "default-src 'none'; script-src 'self'",
): Promise<Site> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    const page = pages[pathname];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { body, type } = typeof page === 'string' ? { body: page, type: 'text/html; charset=utf-8' } : page;
    res.writeHead(200, { 'content-type': type, 'content-security-policy': csp }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
