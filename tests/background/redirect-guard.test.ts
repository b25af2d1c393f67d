// refusingRedirects with Node's real fetch against a real local server that redirects to another origin
// (another port): the final URL is judged before the body is read, and a refused answer is an error.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refusingRedirects } from '../../background/redirect-guard';
import { fetchPage } from '../../lib/fetch-page';

let allowed: Server;
let other: Server;
let allowedOrigin = '';
let otherOrigin = '';
const otherRequests: string[] = [];

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  other = createServer((req, res) => {
    otherRequests.push(req.url ?? '');
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<title>Other site</title><p>We sell your data.</p>');
  });
  otherOrigin = await listen(other);
  allowed = createServer((req, res) => {
    if (req.url === '/redir') res.writeHead(302, { location: `${otherOrigin}/landing` }).end();
    else if (req.url === '/moved') res.writeHead(301, { location: '/legal/privacy' }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>We collect your email address.</p>');
  });
  allowedOrigin = await listen(allowed);
});
afterAll(() => {
  allowed.close();
  other.close();
});

const onlyAllowed = async (url: string) => new URL(url).origin === allowedOrigin;

describe('refusingRedirects', () => {
  test('a redirect to another origin is refused, with its host named', async () => {
    const judged: string[] = [];
    const accept = async (url: string) => {
      judged.push(url);
      return onlyAllowed(url);
    };
    await expect(
      fetchPage(`${allowedOrigin}/redir`, { fetch: refusingRedirects(accept) }),
    ).rejects.toMatchObject({
      reason: 'redirected-away',
      message: `The link leads on to another site (${new URL(otherOrigin).host}) that you have not allowed PolicyLens to read.`,
    });
    expect(judged).toEqual([`${otherOrigin}/landing`]);
  });

  test('a redirect within the allowed site is followed and read', async () => {
    const page = await fetchPage(`${allowedOrigin}/moved`, { fetch: refusingRedirects(onlyAllowed) });
    expect(page.url).toBe(`${allowedOrigin}/legal/privacy`);
    expect(page.body).toContain('We collect your email address.');
  });

  test('a redirect to an origin the judge allows is read', async () => {
    const page = await fetchPage(`${allowedOrigin}/redir`, { fetch: refusingRedirects(async () => true) });
    expect(page.url).toBe(`${otherOrigin}/landing`);
    expect(page.body).toContain('We sell your data.');
  });
});
