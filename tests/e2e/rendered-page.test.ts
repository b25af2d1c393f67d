// The page is graded as the person sees it (issue 13, finding 6), in real Chromium: a <main> hidden by the
// stylesheet says the service never sells, tracks or keeps data; the visible text says it sells, tracks and
// you cannot delete. The toolbar badge must be the grade the command line gives the visible text alone.
// Then content/rendered-page.ts, bundled as the extension bundles it, runs in a page on what only a
// browser knows: checkVisibility, the user-agent stylesheet, closed <details>, visibility overridden, the
// hiding tricks of content/hiding-tricks.ts, open shadow roots.

import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { cliGrade, HIDDEN, page, VISIBLE } from './graded-pages';
import { CHROMIUM, type LoadedExtension, launchWithExtension, openTab, serve } from './harness';

declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

describe('a policy page whose stylesheet hides a kinder <main>', () => {
  let ext: LoadedExtension;
  let site: Awaited<ReturnType<typeof serve>>;
  const hostile = page(
    '<style>.policy { display: none }</style>',
    `<main class="policy">${HIDDEN}</main><div class="content">${VISIBLE}</div>`,
  );

  beforeAll(async () => {
    site = await serve({ '/privacy-policy': hostile });
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  test('the toolbar badge shows the grade of the visible text', async () => {
    const visible = cliGrade(page('', VISIBLE));
    const hidden = cliGrade(page('', HIDDEN));
    // Otherwise this test could not tell the two readings apart.
    expect(hidden).not.toBe(visible);
    // The raw HTML alone reads the hidden <main>: what the extension graded before.
    expect(cliGrade(hostile)).toBe(hidden);

    const tab = await openTab(ext, `${site.origin}/privacy-policy`);
    await expect
      .poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab.tabId), {
        timeout: 20_000,
      })
      .toBe(visible);
  });
});

describe('content/rendered-page.ts in a real page', () => {
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  let site: Awaited<ReturnType<typeof serve>>;
  let script: string;
  const cases: Record<string, [string, string, string]> = {
    'display: none from the stylesheet': [
      '<style>.x{display:none}</style>',
      '<main class="x"><p>We never sell.</p></main><p>We sell.</p>',
      'We sell.',
    ],
    'the hidden attribute': ['', '<div hidden><p>We never sell.</p></div><p>We sell.</p>', 'We sell.'],
    'a [hidden] the page shows with its own style': [
      '<style>[hidden]{display:block}</style>',
      '<div hidden><p>We sell.</p></div>',
      'We sell.',
    ],
    'visibility: hidden, with a child made visible again': [
      '<style>.v{visibility:hidden}.s{visibility:visible}</style>',
      '<div class="v">We never track. <p class="s">We track.</p></div>',
      'We track.',
    ],
    'opacity: 0 on an ancestor': [
      '<style>.o{opacity:0}</style>',
      '<div class="o"><div><p>We never track.</p></div></div><p>We track.</p>',
      'We track.',
    ],
    'aria-hidden, a <label> and a <button>': [
      '',
      '<p aria-hidden="true">We sell.</p><p><label>Email</label><button>Delete my account</button></p>',
      'We sell.\n\nEmail Delete my account',
    ],
    'a closed <details> and hidden="until-found"': [
      '',
      '<details><summary>Sharing</summary><p>We share.</p></details><div hidden="until-found"><p>We keep it.</p></div>',
      'Sharing\n\nWe share.\n\nWe keep it.',
    ],
    // Hiding tricks checkVisibility calls rendered (issue 13): what people cannot see is not read.
    'positioned off the page (left: -9999px)': [
      '<style>.off{position:absolute;left:-9999px}</style>',
      '<div class="off"><p>We never sell.</p></div><p>We sell.</p>',
      'We sell.',
    ],
    'above the page (top: -5000px) on a page scrolled down': [
      '<style>.off{position:absolute;top:-5000px}body{height:9000px}</style>',
      '<p class="off">We never sell.</p><p>We sell.</p>',
      'We sell.',
    ],
    'the screen-reader-only pattern (1 px, overflow: hidden, clip: rect(0 0 0 0))': [
      '<style>.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}</style>',
      '<p>We sell. <span class="sr">We never sell.</span></p>',
      'We sell.',
    ],
    'clip-path: inset(50%)': [
      '<style>.cp{clip-path:inset(50%)}</style>',
      '<div class="cp"><p>We never sell.</p></div><p>We sell.</p>',
      'We sell.',
    ],
    'a zero-size box with overflow: hidden': [
      '<style>.z{width:0;height:0;overflow:hidden}</style>',
      '<div class="z"><p>We never sell.</p></div><p>We sell.</p>',
      'We sell.',
    ],
    'font-size: 0': [
      '<style>.f{font-size:0}</style>',
      '<p class="f">We never sell.</p><p>We sell.</p>',
      'We sell.',
    ],
    'white text on the white page': [
      '<style>.w{color:#fff}</style>',
      '<p class="w">We never sell.</p><p>We sell.</p>',
      'We sell.',
    ],
    'text the colour of the box behind it, and transparent text': [
      '<style>.box{background:#123456}.box p{color:#123456}.t{color:transparent}</style>',
      '<div class="box"><div><p>We never sell.</p></div></div><p class="t">We never track.</p><p>We sell.</p>',
      'We sell.',
    ],
    // …and what people do see is still read.
    'white text on a dark box, on a dark page, and gradient text': [
      '<style>body{background:#000;color:#eee}.box{background:#fff;color:#000}.g{background:linear-gradient(red,blue);background-clip:text;color:transparent}</style>',
      '<p>We sell.</p><div class="box"><p>We track.</p></div><h2 class="g">Your choices</h2>',
      'We sell.\n\nWe track.\n\nYour choices',
    ],
    'white text over a background image': [
      '<style>.hero{background:#fff url("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==");color:#fff}</style>',
      '<div class="hero"><p>We sell.</p></div>',
      'We sell.',
    ],
    'an open shadow root, with the light child its slot takes, and not the one it leaves out': [
      '',
      '<x-policy><template shadowrootmode="open"><h2>Sharing</h2><slot name="a"></slot><p>We share.</p></template><p slot="a">We sell.</p><p>Not slotted.</p></x-policy>',
      'Sharing\n\nWe sell.\n\nWe share.',
    ],
    'hidden text inside a shadow root': [
      '',
      '<x-policy><template shadowrootmode="open"><style>.sr{position:absolute;left:-9999px}</style><p class="sr">We never sell.</p><p>We sell.</p></template></x-policy>',
      'We sell.',
    ],
    'a page being faded in from opacity: 0': [
      '<style>html{opacity:0}</style>',
      '<p>We collect your email.</p>',
      'We collect your email.',
    ],
  };

  beforeAll(async () => {
    const bundle = await build({
      stdin: {
        contents: "export { renderedPage } from './content/rendered-page';",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: 'PolicyLensRendered',
      write: false,
      target: 'chrome120',
    });
    script = bundle.outputFiles[0]?.text ?? '';
    const pages: Record<string, string> = {};
    for (const [i, [head, body]] of Object.values(cases).entries()) pages[`/${i}`] = page(head, body);
    site = await serve(pages);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test.each(Object.entries(cases).map(([name, c], i) => [name, i, c[2]] as const))(
    '%s',
    async (_, i, expected) => {
      const context = await browser.newContext({ bypassCSP: true });
      try {
        const tab = await context.newPage();
        await tab.goto(`${site.origin}/${i}`);
        await tab.addScriptTag({ content: script });
        const html = await tab.evaluate(() => {
          const api = (
            globalThis as unknown as Record<
              string,
              { renderedPage: typeof import('../../content/rendered-page').renderedPage }
            >
          ).PolicyLensRendered;
          return api?.renderedPage(document, 100_000).html ?? '';
        });
        expect(htmlToText(html).text).toBe(expected);
      } finally {
        await context.close();
      }
    },
  );
});
