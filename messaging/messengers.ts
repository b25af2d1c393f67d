// The typed messengers of the background and the extension's pages (@webext-core/messaging). The content
// script speaks the same wire format through content/messenger.ts, without the library.

import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundProtocol, ContentProtocol } from './protocol';

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const contentMessenger = defineExtensionMessaging<ContentProtocol>();
