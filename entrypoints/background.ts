// Wiring only: the handlers live in background/, and background/messages.ts says which answers which
// message. Listeners are added synchronously at the top of main so that a message that wakes the MV3 worker
// finds them; the handlers wait for the database themselves. The background is the only context that opens
// IndexedDB: the popup and the options page ask it.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setTabBadge } from '../background/badge';
import type { KeptTab } from '../background/handlers';
import { createLinkPreviews } from '../background/link-preview';
import { listenForMessages, MESSAGES } from '../background/messages';
import { openCacheAndPrune, openHistoryAndPrune } from '../background/open-cache';
import { refusingRedirects } from '../background/redirect-guard';
import { fetchPage } from '../lib/fetch-page';
import { backgroundMessenger, contentMessenger } from '../messaging/messengers';
import { loadSettings, updateSettings } from '../settings/settings';

export default defineBackground(() => {
  const ready = openCacheAndPrune();
  const history = openHistoryAndPrune();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  // Lost when the worker stops; the popup then takes the longer way (the page's HTML and the cache).
  const tabs = new Map<number, KeptTab>();
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
  // `status` is reported without the `tabs` permission (unlike `url`); a new load may change the text.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabs.delete(tabId);
  });

  const links = createLinkPreviews({
    self,
    ready,
    history,
    loadSettings,
    updateSettings,
    fetchPage: (url, acceptFinalUrl) => fetchPage(url, { fetch: refusingRedirects(acceptFinalUrl) }),
    hasHostPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    openTab: async (url) => {
      await browser.tabs.create({ url });
    },
  });

  listenForMessages(backgroundMessenger, MESSAGES, {
    self,
    ready,
    setBadge: setTabBadge,
    history,
    requestPage: (tabId) => contentMessenger.sendMessage('getPage', undefined, { tabId, frameId: 0 }),
    requestPageUrl: (tabId) => contentMessenger.sendMessage('getPageUrl', undefined, { tabId, frameId: 0 }),
    tabs,
    links,
    loadSettings,
  });
});
