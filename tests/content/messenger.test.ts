// The content script's messenger (content/messenger.ts) and @webext-core/messaging, which the background
// and the popup use, must understand each other: both directions, answers and thrown errors, over an
// in-memory runtime that delivers messages as Chrome does (a listener returns true to answer later).

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { contentMessaging, fromOurExtension, type Runtime } from '../../content/messenger';

type Listener = (
  message: unknown,
  sender: object,
  sendResponse: (answer: unknown) => void,
) => boolean | undefined;

function hub() {
  const background: Listener[] = [];
  const content: Listener[] = [];
  const deliver = (listeners: Listener[], message: unknown, sender: object) =>
    new Promise<unknown>((resolve) => {
      // Chrome hands the listener a copy of the message.
      const copy = JSON.parse(JSON.stringify(message));
      for (const l of listeners) if (l(copy, sender, resolve) === true) return;
      resolve(undefined);
    });
  const contentRuntime: Runtime = {
    sendMessage: (message) =>
      deliver(background, message, { id: 'ext', tab: { id: 7 }, url: 'https://site.example/' }),
    onMessage: {
      addListener: (l) => content.push(l as Listener),
      removeListener: (l) => content.splice(content.indexOf(l as Listener) >>> 0, 1),
    },
  };
  // What defineExtensionMessaging reaches for in the background.
  const chrome = {
    runtime: {
      lastError: undefined,
      onMessage: {
        addListener: (l: Listener) => background.push(l),
        removeListener: (l: Listener) => background.splice(background.indexOf(l) >>> 0, 1),
      },
      sendMessage: () => {},
    },
    tabs: {
      sendMessage: (_tabId: number, message: unknown, _options: unknown, reply: (answer: unknown) => void) =>
        void deliver(content, message, { id: 'ext', url: 'chrome-extension://ext/popup.html' }).then(reply),
    },
  };
  return { contentRuntime, chrome, content };
}

let net: ReturnType<typeof hub>;
beforeEach(() => {
  net = hub();
  vi.stubGlobal('chrome', net.chrome);
});
afterEach(() => vi.unstubAllGlobals());

async function library() {
  vi.resetModules();
  return import('../../messaging/messengers');
}

describe('content script → background', () => {
  test('the library answers what this end sends', async () => {
    const { backgroundMessenger: background } = await library();
    background.onMessage('hideBadgesOnSite', ({ data, sender }) => {
      expect(sender.url).toBe('https://site.example/');
      expect(data).toEqual({ pageUrl: 'https://site.example/a' });
    });
    background.onMessage('linkSummary', ({ data }) => ({ state: 'not-a-policy' as const, url: data.href }));
    const { backgroundMessenger } = contentMessaging(net.contentRuntime);
    await expect(
      backgroundMessenger.sendMessage('linkSummary', {
        href: 'https://site.example/p',
        pageUrl: 'https://site.example/',
      }),
    ).resolves.toEqual({ state: 'not-a-policy', url: 'https://site.example/p' });
    await expect(
      backgroundMessenger.sendMessage('hideBadgesOnSite', { pageUrl: 'https://site.example/a' }),
    ).resolves.toBeUndefined();
  });

  test("the library's thrown error arrives as an Error with its message", async () => {
    const { backgroundMessenger: background } = await library();
    background.onMessage('linkSummary', () => {
      throw new Error('rejected');
    });
    const { backgroundMessenger } = contentMessaging(net.contentRuntime);
    await expect(backgroundMessenger.sendMessage('linkSummary', { href: 'x', pageUrl: 'y' })).rejects.toThrow(
      'rejected',
    );
  });

  test('no listener at all is an error, not a silent undefined', async () => {
    const { backgroundMessenger } = contentMessaging(net.contentRuntime);
    await expect(backgroundMessenger.sendMessage('linkSummary', { href: 'x', pageUrl: 'y' })).rejects.toThrow(
      'No response',
    );
  });
});

describe('extension page → content script', () => {
  test("this end answers the library's messages, and its errors come back as Errors", async () => {
    const { contentMessenger: toContent } = await library();
    const { contentMessenger } = contentMessaging(net.contentRuntime);
    contentMessenger.onMessage('getPageUrl', ({ sender }) => {
      expect(sender.url).toBe('chrome-extension://ext/popup.html');
      return { url: 'https://site.example/privacy' };
    });
    contentMessenger.onMessage('highlightQuote', async ({ data }) => {
      if (data.text === '') throw new Error('nothing to find');
      return { found: data.text === 'We sell data.' };
    });
    await expect(toContent.sendMessage('getPageUrl', undefined, 7)).resolves.toEqual({
      url: 'https://site.example/privacy',
    });
    await expect(toContent.sendMessage('highlightQuote', { text: 'We sell data.' }, 7)).resolves.toEqual({
      found: true,
    });
    const error = await toContent.sendMessage('highlightQuote', { text: '' }, 7).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('nothing to find');
  });

  test('messages of another format or type are left to other listeners; removeAllListeners stops answering', async () => {
    const { contentMessenger } = contentMessaging(net.contentRuntime);
    contentMessenger.onMessage('getPageUrl', () => ({ url: 'u' }));
    const answer = vi.fn();
    expect(net.content[0]?.({ type: 'getPageUrl' }, {}, answer)).toBe(false);
    expect(net.content[0]?.({ type: 'other', timestamp: 1 }, {}, answer)).toBe(false);
    contentMessenger.removeAllListeners();
    expect(net.content).toHaveLength(0);
    expect(answer).not.toHaveBeenCalled();
  });
});

describe('fromOurExtension', () => {
  const ID = 'abcdefghijklmnop';
  const BASE = `chrome-extension://${ID}/`;
  test.each([
    ['our popup', { id: ID, url: `${BASE}popup.html?tab=3` }, true],
    ['our background', { id: ID, url: `${BASE}background.js` }, true],
    [
      'our id from a page (a content script of ours in a tab)',
      { id: ID, url: 'https://evil.example/' },
      false,
    ],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/popup.html' }, false],
    ['no URL', { id: ID }, false],
  ])('%s', (_, sender, expected) => expect(fromOurExtension(sender, ID, BASE)).toBe(expected));
});
