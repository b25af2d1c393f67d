// The extension's identity, a tab, the popup and a policy page's report, as the background's handlers see
// them in every test.

import type { Sender } from '../../background/validate';
import type { PageReport } from '../../messaging/protocol';
import { POLICY_HTML } from './summary-fixture';

export const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };

export const tab = {
  id: 7,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
} as Sender['tab'];

/** The popup, an extension page in a tab of its own. */
export const popupSender: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

/** What the content script of a privacy-policy page reports. */
export const policyReport: PageReport = {
  url: 'https://a.example/privacy',
  title: 'Privacy Policy',
  html: POLICY_HTML,
  htmlCut: false,
  detection: { isPolicy: true, confidence: 0.9, reasons: [] },
  privacyLinks: [],
};
