import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { type PopupApi, PopupApp } from '../../components/PopupApp';
import { backgroundMessenger, contentMessenger } from '../../messaging/protocol';
import { targetTabId } from './target-tab';

const tabId = targetTabId(location.search);

const api: PopupApi = {
  summarise: async (force) => backgroundMessenger.sendMessage('summariseTab', { tabId: await tabId, force }),
  showQuote: async (text) => {
    const reply = await contentMessenger.sendMessage(
      'highlightQuote',
      { text },
      { tabId: await tabId, frameId: 0 },
    );
    return reply.found;
  },
  openLink: (href) => {
    void tabId.then((id) => browser.tabs.update(id, { url: href })).then(() => window.close());
  },
  copy: (text) => navigator.clipboard.writeText(text),
};

const root = document.getElementById('app');
if (root) render(<PopupApp api={api} />, root);
