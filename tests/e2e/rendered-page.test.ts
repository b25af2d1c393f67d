// The page is graded as the person sees it (issue 13, finding 6), in real Chromium: a <main> hidden by the
// stylesheet says the service never sells, tracks or keeps data; the visible text says it sells, tracks and
// you cannot delete. The toolbar badge must be the grade the command line gives the visible text alone.
// Then content/rendered-page.ts, bundled as the extension bundles it, runs in a page on what only a
// browser knows: checkVisibility, the user-agent stylesheet, closed <details>, visibility overridden.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlToText } from '../../engine/html-to-text';
import { CHROMIUM, type LoadedExtension, launchWithExtension, openTab, serve } from './harness';

declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

const VISIBLE = `<h1>Privacy Policy</h1>
<p>This privacy policy explains how we collect, use and share your personal information.</p>
<h2>Information we collect</h2>
<p>We collect your name, email address, phone number, IP address and device identifiers when you use the service.</p>
<h2>How we share your information</h2>
<p>We sell your personal information to data brokers. We share your personal information with advertisers for their own marketing purposes.</p>
<h2>Cookies and tracking</h2>
<p>We use cookies. Third-party advertising networks set cookies on our site and track you across websites. We use your information to show you targeted advertising.</p>
<h2>Your choices</h2>
<p>You cannot delete your account or your personal information. You cannot opt out of the sale of your personal information.</p>
<h2>Retention</h2>
<p>We keep your personal information indefinitely.</p>
<h2>Do Not Track</h2>
<p>We do not respond to Do Not Track signals or Global Privacy Control.</p>`;

const HIDDEN = `<h1>Privacy Policy</h1>
<p>This privacy policy explains how we collect and protect your personal information.</p>
<h2>Information we collect</h2>
<p>We collect your email address when you create an account.</p>
<h2>Sharing</h2>
<p>We never sell your personal information. We do not share your personal information with advertisers or other third parties for their own purposes.</p>
<h2>Cookies</h2>
<p>We do not allow third parties to track you on our site. We do not use your information for targeted advertising.</p>
<h2>Your rights</h2>
<p>You can access, correct and delete your account and your personal information at any time in your settings. You can opt out of marketing emails.</p>
<h2>Retention and security</h2>
<p>We delete your personal information 30 days after you close your account. We use encryption (TLS) to protect your data.</p>
<h2>Do Not Track</h2>
<p>We honour Do Not Track and Global Privacy Control signals.</p>`;

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>Privacy Policy</title>${head}</head><body>${body}</body></html>`;

/** The grade `policylens analyze` gives an HTML page. */
function cliGrade(html: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'policylens-rendered-'));
  try {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    const run = spawnSync(process.execPath, ['cli/launch.mjs', 'analyze', file, '--format', 'json'], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`policylens analyze failed: ${run.stderr}`);
    return (JSON.parse(run.stdout) as { grade: string }).grade;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
