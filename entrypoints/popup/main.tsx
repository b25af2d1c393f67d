import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { type PopupApi, PopupApp } from '../../components/PopupApp';
import { backgroundMessenger, contentMessenger } from '../../messaging/messengers';
import { savedSummaryUrl, targetTabId } from './target-tab';

const copy = (text: string) => navigator.clipboard.writeText(text);
const savedUrl = savedSummaryUrl(location.search);

// popup.html?url=<policy url>: the saved summary of a policy (the hover badge's "Full summary"), with no
// tab behind it, so no "show in page" for quotes and no links to open in a tab.
const api: PopupApi =
  savedUrl !== null
    ? {
        summarise: () => backgroundMessenger.sendMessage('summaryForUrl', { url: savedUrl }),
        openLink: (href) => void browser.tabs.create({ url: href }),
        copy,
      }
    : tabApi(targetTabId(location.search));

function tabApi(tabId: Promise<number>): PopupApi {
  return {
    summarise: async (force) =>
      backgroundMessenger.sendMessage('summariseTab', { tabId: await tabId, force }),
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
    copy,
  };
}

const root = document.getElementById('app');
if (root) render(<PopupApp api={api} />, root);
