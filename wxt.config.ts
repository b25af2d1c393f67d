import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The hover badge's stylesheet, kept out of the content script's code (its 10 KB gzip budget): a
    // content script reads a locale message synchronously, with no permission and no web-accessible file.
    'build:publicAssets': (_wxt, files) => {
      const message = {
        message: readFileSync('content/badge.css', 'utf8'),
        description: 'Not a translation: the stylesheet of the hover badge (content/badge.css).',
      };
      files.push({
        relativeDest: '_locales/en/messages.json',
        contents: JSON.stringify({ badgeStyle: message }),
      });
    },
  },
  manifest: ({ browser }) => ({
    name: 'PolicyLens',
    description: 'Reads privacy policies for you, on your device, and quotes its evidence.',
    // Fewest permissions that work; each is justified in docs/privacy.md. Page access comes from the content
    // script's <all_urls> match; IndexedDB, tabs.query/update/create/sendMessage and the badge need none.
    permissions: ['storage'],
    // The locale messages hold the hover badge's stylesheet (see hooks above); English is the only locale.
    default_locale: 'en',
    // Reading a policy on another site than the page linking to it (the hover badge), asked for one site at a
    // time from permission.html when the person clicks "Allow reading <site>". MV2 has no optional host
    // permissions key: there, origins go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: 'PolicyLens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'policylens@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
