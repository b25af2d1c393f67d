// Every message the background answers, in one table: who may send it, how its payload is checked, and
// which handler answers it. The wiring (`listenForMessages`) runs the same three steps for every row: the
// sender's kind is checked, then the payload is parsed, and only a message that passed both reaches its
// handler. A row's types come from BackgroundProtocol, so a handler that answers the wrong shape, or a
// message the table forgets, fails the type check.

import type { ExtensionMessenger } from '@webext-core/messaging';
import { drawn } from '../lib/badge-nodes';
import {
  BACKGROUND_MESSAGE_TYPES,
  type BackgroundMessage,
  type BackgroundPayload,
  type BackgroundProtocol,
  type BackgroundReply,
} from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { type BackgroundDeps, handlePageChecked, handleSummariseTab } from './handlers';
import type { LinkPreviews } from './link-preview';
import { clearHistory, clearSaved, deleteSaved, listSaved, openSaved, pruneSaved } from './saved-summaries';
import {
  assertFromContentScript,
  assertFromExtensionPage,
  type ContentScriptSender,
  type ExtensionIdentity,
  type ExtensionPageSender,
  parseLinkedPage,
  parseLinkRequest,
  parseNoPayload,
  parseOwnPage,
  parseReportedPage,
  parseSummariseTab,
  parseUrlRequest,
  type Sender,
} from './validate';

export type MessageType = BackgroundMessage;

/** Who may send a message, and what the handler learns of a sender that passed the check. */
interface SenderKinds {
  /** Our content script, in the top frame of a web page in a tab. */
  'content-script': ContentScriptSender;
  /** One of our own pages: the popup, the options page. */
  'extension-page': ExtensionPageSender;
}
export type SenderKind = keyof SenderKinds;

interface Row<K extends MessageType, F extends SenderKind, D> {
  from: F;
  /** Throws RejectedMessage for a payload the handler must not see; the sender is already checked. */
  parse: (data: unknown, sender: SenderKinds[F]) => BackgroundPayload<K>;
  handle: (payload: BackgroundPayload<K>, sender: SenderKinds[F], deps: D) => Promise<BackgroundReply<K>>;
}

export type MessageRow<K extends MessageType, D> = Row<K, 'content-script', D> | Row<K, 'extension-page', D>;

/** One row per message type of BackgroundProtocol, no more, no fewer. */
export type MessageTable<D> = { [K in MessageType]: MessageRow<K, D> };

export interface MessageDeps extends BackgroundDeps {
  links: LinkPreviews;
  loadSettings: () => Promise<Settings>;
}

export const MESSAGES: MessageTable<MessageDeps> = {
  // The content script, after each check of its page (load and in-page navigation).
  pageChecked: { from: 'content-script', parse: parseReportedPage, handle: handlePageChecked },
  // The popup, for its tab.
  summariseTab: { from: 'extension-page', parse: parseSummariseTab, handle: handleSummariseTab },
  // The hover badges (background/link-preview.ts), drawn here for the content script (lib/badge-nodes.ts).
  linkSummary: {
    from: 'content-script',
    parse: parseLinkRequest,
    handle: async (request, _sender, deps) => drawn(await deps.links.linkSummary(request)),
  },
  linkPage: {
    from: 'content-script',
    parse: parseLinkedPage,
    handle: async (page, _sender, deps) => drawn(await deps.links.linkPage(page)),
  },
  openFullSummary: {
    from: 'content-script',
    parse: parseLinkRequest,
    handle: (request, _sender, deps) => deps.links.openFullSummary(request),
  },
  askSiteAccess: {
    from: 'content-script',
    parse: parseLinkRequest,
    handle: (request, _sender, deps) => deps.links.askSiteAccess(request),
  },
  hideBadgesOnSite: {
    from: 'content-script',
    parse: parseOwnPage,
    handle: (page, _sender, deps) => deps.links.hideBadgesOnSite(page),
  },
  // popup.html?url=… (the badge's "Full summary").
  summaryForUrl: {
    from: 'extension-page',
    parse: parseUrlRequest,
    handle: (request, _sender, deps) => deps.links.summaryForUrl(request),
  },
  // The options page (background/saved-summaries.ts).
  listSaved: { from: 'extension-page', parse: parseNoPayload, handle: (_, _sender, deps) => listSaved(deps) },
  openSaved: {
    from: 'extension-page',
    parse: parseUrlRequest,
    handle: (request, _sender, deps) => openSaved(request, deps),
  },
  deleteSaved: {
    from: 'extension-page',
    parse: parseUrlRequest,
    handle: (request, _sender, deps) => deleteSaved(request, deps),
  },
  clearSaved: {
    from: 'extension-page',
    parse: parseNoPayload,
    handle: (_, _sender, deps) => clearSaved(deps),
  },
  clearHistory: {
    from: 'extension-page',
    parse: parseNoPayload,
    handle: (_, _sender, deps) => clearHistory(deps),
  },
  pruneSaved: {
    from: 'extension-page',
    parse: parseNoPayload,
    handle: (_, _sender, deps) => pruneSaved(deps),
  },
};

/**
 * Answers one message by its row: the sender's kind, then the payload, then the handler. Whatever is
 * refused throws RejectedMessage before the next step runs; the messenger hands the error to the sender.
 */
export async function answerMessage<K extends MessageType, D extends { self: ExtensionIdentity }>(
  table: MessageTable<D>,
  type: K,
  data: unknown,
  sender: Sender,
  deps: D,
): Promise<BackgroundReply<K>> {
  const row: MessageRow<K, D> = table[type];
  if (row.from === 'content-script') {
    const from = assertFromContentScript(sender, deps.self);
    return row.handle(row.parse(data, from), from, deps);
  }
  const from = assertFromExtensionPage(sender, deps.self);
  return row.handle(row.parse(data, from), from, deps);
}

/** Where the background listens: @webext-core/messaging's messenger, or a fake in the tests. */
export type MessageListener = Pick<ExtensionMessenger<BackgroundProtocol>, 'onMessage'>;

/** Adds one listener per message type; called synchronously at the worker's start (MV3 wakes it for one). */
export function listenForMessages<D extends { self: ExtensionIdentity }>(
  messenger: MessageListener,
  table: MessageTable<D>,
  deps: D,
): void {
  for (const type of BACKGROUND_MESSAGE_TYPES) listen(messenger, table, type, deps);
}

function listen<K extends MessageType, D extends { self: ExtensionIdentity }>(
  messenger: MessageListener,
  table: MessageTable<D>,
  type: K,
  deps: D,
): void {
  messenger.onMessage(type, ({ data, sender }) => answerMessage(table, type, data, sender, deps));
}
