// The content script's end of @webext-core/messaging, on the library's own wire format: a message is
// { id, type, data, timestamp }, its answer { res } or { err } with err a serialised Error
// ({ name, message, stack }). The background, the popup and the options page keep the library; the content
// script runs on every page, and the library with its error serialiser cost ~900 B of its 10 KB gzip budget.
// tests/content/messenger.test.ts checks that this end and the library understand each other.

import { browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol } from '../messaging/protocol';

type Fn = (...args: never[]) => unknown;
type DataOf<F extends Fn> = Parameters<F> extends [infer D] ? D : undefined;
type ReplyOf<F extends Fn> = Awaited<ReturnType<F>>;
type Sender = { id?: string; url?: string; tab?: unknown; frameId?: number };

interface Wire {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

/** The part of `runtime` this end uses; the extension's own in the content script, a fake in tests. */
export interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: Listener): void;
    removeListener(listener: Listener): void;
  };
}
type Listener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean;
type Handler = (message: { data: unknown; sender: Sender }) => unknown;

export function contentMessaging(runtime: Runtime) {
  let nextId = Math.floor(Math.random() * 1e4);
  const handlers = new Map<string, Handler>();

  const listener: Listener = (message, sender, sendResponse) => {
    const m = message as Partial<Wire> | null;
    const handler = typeof m?.type === 'string' && typeof m.timestamp === 'number' && handlers.get(m.type);
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler({ data: m?.data, sender }))
      .then(
        (res) => sendResponse({ res }),
        (error: unknown) => {
          const e = error instanceof Error ? error : new Error(String(error));
          sendResponse({ err: { name: e.name, message: e.message, stack: e.stack ?? '' } });
        },
      );
    return true;
  };

  const backgroundMessenger = {
    async sendMessage<K extends keyof BackgroundProtocol>(
      type: K,
      data: DataOf<BackgroundProtocol[K]>,
    ): Promise<ReplyOf<BackgroundProtocol[K]>> {
      const message: Wire = { id: nextId++, type, data, timestamp: Date.now() };
      const reply = (await runtime.sendMessage(message)) as { res?: unknown; err?: unknown } | undefined;
      if (!reply) throw new Error('No response');
      if (reply.err != null) {
        const err = reply.err as { message?: unknown };
        throw new Error(typeof err.message === 'string' ? err.message : String(reply.err));
      }
      return reply.res as ReplyOf<BackgroundProtocol[K]>;
    },
  };

  const contentMessenger = {
    onMessage<K extends keyof ContentProtocol>(
      type: K,
      handler: (message: {
        data: DataOf<ContentProtocol[K]>;
        sender: Sender;
      }) => ReplyOf<ContentProtocol[K]> | Promise<ReplyOf<ContentProtocol[K]>>,
    ): void {
      if (handlers.size === 0) runtime.onMessage.addListener(listener);
      handlers.set(type, handler as Handler);
    },
    removeAllListeners(): void {
      handlers.clear();
      runtime.onMessage.removeListener(listener);
    },
  };

  return { backgroundMessenger, contentMessenger };
}

/**
 * Whether a message comes from our background or our popup (which may sit in a tab of its own, so
 * sender.tab proves nothing): our extension id, and a URL of our extension's own.
 */
export function fromOurExtension(
  sender: Sender,
  id = browser.runtime.id,
  base = browser.runtime.getURL('/'),
): boolean {
  return sender.id === id && (sender.url?.startsWith(base) ?? false);
}

export const { backgroundMessenger, contentMessenger } = contentMessaging(
  browser.runtime as unknown as Runtime,
);
