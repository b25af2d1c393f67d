// The message table: every type of the protocol has a row, and the wiring checks the sender's kind, then
// the payload, before a handler runs. Parsers and handlers are spied on (fakes): what is asserted is the
// order of the checks, whatever the handlers do.

import { describe, expect, test, vi } from 'vitest';
import {
  answerMessage,
  listenForMessages,
  MESSAGES,
  type MessageListener,
  type MessageRow,
  type MessageTable,
  type MessageType,
  type SenderKind,
} from '../../background/messages';
import { parseNoPayload, RejectedMessage, type Sender } from '../../background/validate';
import { BACKGROUND_MESSAGE_TYPES } from '../../messaging/protocol';
import { popupSender, self, tab } from './senders';

const PAGE = 'https://a.example/privacy';
const contentSender: Sender = { id: 'ext-id', tab, url: PAGE, frameId: 0 };
const optionsSender: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };

/** Who may send each message: the page's content script, or only our own pages. */
const SENDER_OF: Record<MessageType, SenderKind> = {
  pageChecked: 'content-script',
  summariseTab: 'extension-page',
  linkSummary: 'content-script',
  linkPage: 'content-script',
  openFullSummary: 'content-script',
  askSiteAccess: 'content-script',
  hideBadgesOnSite: 'content-script',
  summaryForUrl: 'extension-page',
  listSaved: 'extension-page',
  openSaved: 'extension-page',
  deleteSaved: 'extension-page',
  clearSaved: 'extension-page',
  clearHistory: 'extension-page',
  pruneSaved: 'extension-page',
};

/** A payload each message's parser accepts. */
const VALID: Record<MessageType, unknown> = {
  pageChecked: { url: PAGE, title: 'P', isPolicy: false },
  summariseTab: { tabId: 7 },
  linkSummary: { href: 'https://b.example/privacy', pageUrl: PAGE },
  linkPage: {
    href: 'https://a.example/terms',
    pageUrl: PAGE,
    finalUrl: 'https://a.example/terms',
    body: 'We collect your email address.',
    kind: 'text',
    cut: false,
  },
  openFullSummary: { href: 'https://b.example/privacy', pageUrl: PAGE },
  askSiteAccess: { href: 'https://b.example/privacy', pageUrl: PAGE },
  hideBadgesOnSite: { pageUrl: PAGE },
  summaryForUrl: { url: PAGE },
  listSaved: undefined,
  openSaved: { url: PAGE },
  deleteSaved: { url: PAGE },
  clearSaved: undefined,
  clearHistory: undefined,
  pruneSaved: undefined,
};

const senderOfKind = (kind: SenderKind): Sender => (kind === 'content-script' ? contentSender : popupSender);
const otherKind = (kind: SenderKind): SenderKind =>
  kind === 'content-script' ? 'extension-page' : 'content-script';

interface Spies {
  parse: ReturnType<typeof vi.fn>;
  handle: ReturnType<typeof vi.fn>;
}

/**
 * The real table's senders and parsers, each spied on, and handlers that only record their call and throw
 * a marker (so that a test sees it was reached without a real handler's work).
 */
function spiedTable(): { table: MessageTable<{ self: typeof self }>; spies: Record<string, Spies> } {
  const spies: Record<string, Spies> = {};
  const rows: Record<string, MessageRow<MessageType, { self: typeof self }>> = {};
  for (const type of BACKGROUND_MESSAGE_TYPES) {
    const real = MESSAGES[type];
    const parse = vi.fn((data: unknown, sender: { url: string }) =>
      (real.parse as (data: unknown, sender: { url: string }) => unknown)(data, sender),
    );
    const handle = vi.fn(async () => {
      throw new Error(`handled ${type}`);
    });
    spies[type] = { parse, handle };
    rows[type] = { from: real.from, parse, handle } as MessageRow<MessageType, { self: typeof self }>;
  }
  // The fake rows keep each real row's sender kind and parser; only the handlers are fakes.
  return { table: rows as MessageTable<{ self: typeof self }>, spies };
}

describe('the table covers the protocol', () => {
  test('one row per BackgroundProtocol type, no more', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...BACKGROUND_MESSAGE_TYPES].sort());
    expect(new Set(BACKGROUND_MESSAGE_TYPES).size).toBe(BACKGROUND_MESSAGE_TYPES.length);
  });

  test.each(BACKGROUND_MESSAGE_TYPES)('%s: sent by the expected kind of sender', (type) => {
    expect(MESSAGES[type].from).toBe(SENDER_OF[type]);
  });

  test('the wiring listens once for every type, and each listener answers through its row', async () => {
    const listeners = new Map<string, (message: { data: unknown; sender: Sender }) => unknown>();
    const messenger: MessageListener = {
      onMessage: (type, onReceived) => {
        expect(listeners.has(type)).toBe(false);
        listeners.set(type, onReceived as (message: { data: unknown; sender: Sender }) => unknown);
        return () => listeners.delete(type);
      },
    };
    const { table, spies } = spiedTable();
    listenForMessages(messenger, table, { self });
    expect([...listeners.keys()].sort()).toEqual([...BACKGROUND_MESSAGE_TYPES].sort());
    for (const type of BACKGROUND_MESSAGE_TYPES) {
      const answer = listeners.get(type)?.({ data: VALID[type], sender: senderOfKind(SENDER_OF[type]) });
      await expect(answer).rejects.toThrow(`handled ${type}`);
      expect(spies[type]?.handle).toHaveBeenCalledTimes(1);
    }
  });
});

describe('a message from the wrong kind of sender is refused before its payload is read', () => {
  test.each(BACKGROUND_MESSAGE_TYPES)('%s', async (type) => {
    const { table, spies } = spiedTable();
    const wrong = [
      senderOfKind(otherKind(SENDER_OF[type])),
      { ...senderOfKind(SENDER_OF[type]), id: 'evil' },
      { id: 'ext-id', url: 'chrome-extension://ext-id.evil/options.html' },
    ];
    for (const sender of wrong) {
      await expect(answerMessage(table, type, VALID[type], sender, { self })).rejects.toThrow(
        RejectedMessage,
      );
    }
    expect(spies[type]?.parse).not.toHaveBeenCalled();
    expect(spies[type]?.handle).not.toHaveBeenCalled();
  });
});

describe('a malformed payload is refused before the handler runs', () => {
  test.each(BACKGROUND_MESSAGE_TYPES)('%s', async (type) => {
    const { table, spies } = spiedTable();
    const sender = senderOfKind(SENDER_OF[type]);
    for (const data of ['a string', 42, [], { url: 'javascript:alert(1)', pageUrl: 'file:///etc/passwd' }]) {
      await expect(answerMessage(table, type, data, sender, { self })).rejects.toThrow(RejectedMessage);
    }
    expect(spies[type]?.parse).toHaveBeenCalledTimes(4);
    expect(spies[type]?.handle).not.toHaveBeenCalled();
  });
});

describe('a message that passes both checks reaches its handler with what they produced', () => {
  test.each(BACKGROUND_MESSAGE_TYPES)('%s', async (type) => {
    const { table, spies } = spiedTable();
    const kind = SENDER_OF[type];
    await expect(answerMessage(table, type, VALID[type], senderOfKind(kind), { self })).rejects.toThrow(
      `handled ${type}`,
    );
    const parsed = spies[type]?.parse.mock.results[0]?.value;
    const checked = kind === 'content-script' ? { tabId: 7, url: PAGE } : { url: popupSender.url };
    expect(spies[type]?.parse).toHaveBeenCalledWith(VALID[type], checked);
    expect(spies[type]?.handle).toHaveBeenCalledWith(parsed, checked, { self });
  });

  test('the options page is an extension page like the popup', async () => {
    const { table, spies } = spiedTable();
    await expect(answerMessage(table, 'listSaved', undefined, optionsSender, { self })).rejects.toThrow(
      'handled listSaved',
    );
    expect(spies.listSaved?.handle).toHaveBeenCalledWith(undefined, { url: optionsSender.url }, { self });
  });
});

describe('types tie each row to the protocol', () => {
  test('a handler that answers another message’s reply does not compile', () => {
    const row: MessageRow<'listSaved', { self: typeof self }> = {
      from: 'extension-page',
      parse: parseNoPayload,
      // @ts-expect-error listSaved answers SavedSummaries, not a link badge.
      handle: async () => ({ state: 'off' }),
    };
    expect(row.from).toBe('extension-page');
  });

  test('a parser of another message’s payload does not compile', () => {
    const row: MessageRow<'summariseTab', { self: typeof self }> = {
      from: 'extension-page',
      // @ts-expect-error summariseTab carries { tabId }, and parseNoPayload gives nothing.
      parse: parseNoPayload,
      handle: async () => ({ state: 'unreadable', reason: 'x' }),
    };
    expect(row.from).toBe('extension-page');
  });
});
