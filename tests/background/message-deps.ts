// The background's messages as the worker answers them: through the table of background/messages.ts (the
// sender's kind, then the payload, then the handler), over deps a test gives in part; what it does not give
// refuses to be used, so a test cannot lean on it by accident.

import type { BackgroundDeps } from '../../background/handlers';
import { createLinkPreviews } from '../../background/link-preview';
import { answerMessage, MESSAGES, type MessageDeps, type MessageType } from '../../background/messages';
import type { Sender } from '../../background/validate';
import { DEFAULT_SETTINGS } from '../../settings/sanitise';
import { self } from './senders';

const unused = (what: string) => async (): Promise<never> => {
  throw new Error(`this test gave no ${what}`);
};

/** Full deps from the parts a test gives. */
export function messageDeps(given: Partial<MessageDeps> & Pick<BackgroundDeps, 'ready'>): MessageDeps {
  const loadSettings = given.loadSettings ?? (async () => DEFAULT_SETTINGS);
  const links =
    given.links ??
    createLinkPreviews({
      self,
      ready: given.ready,
      ...(given.history ? { history: given.history } : {}),
      loadSettings,
      updateSettings: unused('updateSettings'),
      fetchPage: unused('fetchPage'),
      hasHostPermission: async () => false,
      openTab: unused('openTab'),
    });
  return {
    self,
    setBadge: unused('setBadge'),
    requestPage: unused('requestPage'),
    requestPageUrl: unused('requestPageUrl'),
    tabs: new Map(),
    ...given,
    links,
    loadSettings,
  };
}

/** One message, answered as the worker answers it. */
export function send<K extends MessageType>(type: K, data: unknown, sender: Sender, deps: MessageDeps) {
  return answerMessage(MESSAGES, type, data, sender, deps);
}
