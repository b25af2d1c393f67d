// Wiring only: the handlers live in background/. Listeners are added synchronously at the top of main so
// that a message that wakes the MV3 worker finds them; the handlers wait for the database themselves.

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setTabBadge } from '../background/badge';
import { type BackgroundDeps, handlePageChecked, handleSummariseTab } from '../background/handlers';
import { openCacheAndPrune } from '../background/open-cache';
import { backgroundMessenger, contentMessenger } from '../messaging/protocol';

export default defineBackground(() => {
  const ready = openCacheAndPrune();
  ready.catch((error: unknown) => console.error('PolicyLens: cannot open the summary cache', error));

  const deps: BackgroundDeps = {
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    ready,
    setBadge: setTabBadge,
    requestPage: (tabId) => contentMessenger.sendMessage('getPage', undefined, { tabId, frameId: 0 }),
  };

  backgroundMessenger.onMessage('pageChecked', ({ data, sender }) => handlePageChecked(data, sender, deps));
  backgroundMessenger.onMessage('summariseTab', ({ data, sender }) => handleSummariseTab(data, sender, deps));
});
