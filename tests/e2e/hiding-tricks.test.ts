// A policy's owner can hide text from people but not from a DOM walk (issue 13): the kinder text ("we never
// sell…") put off the page (left, right, by a transform, a margin or text-indent), clipped, shrunk, scaled
// to nothing, in a font of size 0, in the page's own colour or one near it. In real Chromium
// with the built extension, the toolbar badge must be the grade the command line gives the visible text
// alone; and a policy written inside an open shadow root, which people see, is read and graded.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliGrade, HIDDEN, page, VISIBLE } from './graded-pages';
import { type LoadedExtension, launchWithExtension, openTab, serve } from './harness';

declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

const TRICKS = `<style>
.off{position:absolute;left:-9999px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}
.inset{clip-path:inset(50%)}
.shut{width:0;height:0;overflow:hidden}
.tiny{font-size:0}
.pale{color:#fff}
body{overflow-x:hidden}
.right{position:absolute;top:0;left:99999px}
.fixed{position:fixed;top:0;left:100%}
.below{position:fixed;top:200vh}
.shifted{transform:translateX(-9999px)}
.scaled{transform:scale(0)}
.flat{scale:1 0}
.indent{text-indent:-9999px;overflow:hidden}
.margin{margin-left:-9999px}
.near{color:#fefefe}
</style>`;

const TRICK_CLASSES = [
  'off',
  'sr',
  'inset',
  'shut',
  'tiny',
  'pale',
  // Past the right edge of a page that cannot scroll sideways; a fixed box off the screen.
  'right',
  'fixed',
  'below',
  'shifted',
  'scaled',
  'flat',
  'indent',
  'margin',
  // A colour near the background's (#fefefe on white).
  'near',
];

/** A kinder <main>, which the extractor prefers, hidden by one trick; the harsher text visible beside it. */
const hostilePage = (trick: string) =>
  page(TRICKS, `<main class="${trick}">${HIDDEN}</main><div class="content">${VISIBLE}</div>`);

const shadowPage = () =>
  page('', `<policy-text><template shadowrootmode="open">${VISIBLE}</template></policy-text>`);

describe('hiding tricks and shadow roots in the built extension', () => {
  let ext: LoadedExtension;
  let site: Awaited<ReturnType<typeof serve>>;
  const badge = (tabId: number) =>
    ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  beforeAll(async () => {
    const pages: Record<string, string> = { '/privacy': shadowPage() };
    for (const trick of TRICK_CLASSES) pages[`/${trick}/privacy-policy`] = hostilePage(trick);
    site = await serve(pages);
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  test.each(TRICK_CLASSES)('text hidden by .%s does not raise the grade', async (trick) => {
    const visible = cliGrade(page('', VISIBLE));
    // The raw HTML, which the command line reads, grades the hidden text: otherwise this could not fail.
    expect(cliGrade(hostilePage(trick))).toBe(cliGrade(page('', HIDDEN)));
    expect(cliGrade(page('', HIDDEN))).not.toBe(visible);
    const tab = await openTab(ext, `${site.origin}/${trick}/privacy-policy`);
    await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toBe(visible);
  });

  test('a policy inside an open shadow root is read and graded', async () => {
    const tab = await openTab(ext, `${site.origin}/privacy`);
    await expect.poll(() => badge(tab.tabId), { timeout: 20_000 }).toBe(cliGrade(page('', VISIBLE)));
  });
});
