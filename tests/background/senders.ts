// The extension's identity and a tab, as the background's handlers see them in every test.

import type { Sender } from '../../background/validate';

export const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };

export const tab = {
  id: 7,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
} as Sender['tab'];
