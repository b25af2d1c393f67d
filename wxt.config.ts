import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { badgeMessages } from './content/badge-messages';

// The content script runs on every page and has a 10 KB gzip budget (tests/e2e/bundle.test.ts): terser,
// run again on the minified bundle, takes 2.5 % more off it than the default minifier (10,579 → 10,325 B
// gzip -9, 2026-12-01; pure_getters, which assumes reading a property has no side effect (none of the
// script's reads is there for one), 9 B more; unsafe_arrows, which writes a function expression that uses no
// `this` as an arrow (the script calls none of them with `new`), 10 B more, 2026-12-02). Only the content
// script: the rest is not worth the build time.
const terseContentScript: Plugin = {
  name: 'policylens:terse-content-script',
  apply: 'build',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('content-scripts/')) continue;
      const out = await minify(chunk.code, {
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
        mangle: true,
        ecma: 2020,
      });
      if (out.code) chunk.code = out.code;
    }
  },
};

// https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact(), terseContentScript] }),
  hooks: {
    // The hover badge's stylesheet and words, kept out of the content script's code (its 10 KB gzip
    // budget): a content script reads a locale message synchronously, with no permission and no
    // web-accessible file.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: '_locales/en/messages.json', contents: JSON.stringify(badgeMessages()) });
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
