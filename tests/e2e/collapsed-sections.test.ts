// Sections a page's script collapses (an accordion whose panels are display: none until clicked) cannot be
// told from text hidden for good: they are not read, and the summary says so, in the popup. A closed
// <details> is read (people open it with a click), and says nothing. In real Chromium, built extension.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliGrade, HIDDEN, page, VISIBLE } from './graded-pages';
import { type LoadedExtension, launchWithExtension, openTab, serve } from './harness';

declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

const WARNING = /characters of text out of sight/;

/** A kind policy, then a harsher section in an accordion panel the page's script would open. */
const accordionPage = () =>
  page(
    '<style>.panel{display:none}</style>',
    `<main>${HIDDEN}<h2><button type="button">More about sharing</button></h2><div class="panel">${VISIBLE}</div></main>`,
  );

/** The same panel in a closed <details>: read as it is. */
const detailsPage = () =>
  page('', `<main>${HIDDEN}<details><summary>More about sharing</summary>${VISIBLE}</details></main>`);

describe('collapsed sections in the built extension', () => {
  let ext: LoadedExtension;
  let site: Awaited<ReturnType<typeof serve>>;
  const badge = (tabId: number) =>
    ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const popupText = async (tabId: number) => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state]:not([data-state="loading"])');
    const text = (await popup.textContent('body')) ?? '';
    await popup.close();
    return text;
  };

  beforeAll(async () => {
    site = await serve({ '/accordion/privacy': accordionPage(), '/details/privacy': detailsPage() });
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  test('a panel a script collapses is not graded, and the popup says text was left out', async () => {
    const visible = cliGrade(page('', HIDDEN));
    // The raw HTML grades the panel's text too: otherwise the grade could not tell.
    expect(cliGrade(accordionPage())).not.toBe(visible);
    const tab = await openTab(ext, `${site.origin}/accordion/privacy`);
    await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toBe(visible);
    expect(await popupText(tab.tabId)).toMatch(WARNING);
  });

  test('a closed <details> is read, with no warning', async () => {
    expect(cliGrade(detailsPage())).not.toBe(cliGrade(page('', HIDDEN)));
    const tab = await openTab(ext, `${site.origin}/details/privacy`);
    await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toBe(cliGrade(detailsPage()));
    expect(await popupText(tab.tabId)).not.toMatch(WARNING);
  });
});
