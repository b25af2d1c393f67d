import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'PolicyLens',
    description: 'Reads privacy policies for you, on your device, and quotes its evidence.',
    // Fewest permissions that work; each is justified in docs/privacy.md. Page access comes from the content
    // script's <all_urls> match; IndexedDB, tabs.query/update/sendMessage and the badge need none.
    permissions: ['storage'],
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
