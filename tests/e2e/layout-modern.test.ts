// The popup's first screen on six of today's long policies (../shared/corpus/modern-dev, Markdown as Open
// Terms Archive keeps them, served as HTML pages made with marked at test time, never copied here): at
// 400 × 600 the grade with its score and band, the top findings and Copy / Download are all within the
// first 600 px, nothing sticks out sideways, light and dark, opened or not. Screenshots go to
// test-output/layout/popup-modern-<name>-*.png.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LoadedExtension, launchWithExtension, openTab, requireFile, serve } from './harness';
import { bottomsOf, checkState, FIRST_SCREEN, openAll, POPUP, SCHEMES, SHOTS } from './layout-checks';

const TEXTS = path.resolve(process.cwd(), '../shared/corpus/modern-dev/texts');
// Big services whose current policies run 39–113 KB of Markdown, with tables, long links and lists.
const NAMES = ['TikTok', 'Zoom', 'GitHub', 'Google', 'Netflix', 'Discord'] as const;
type Name = (typeof NAMES)[number];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The archived Markdown as the page a person would open: a title and the policy as HTML. */
function policyPage(name: Name): string {
  const file = requireFile(
    path.join(TEXTS, `${name}.md`),
    'the shared modern-dev corpus must sit beside the project (../shared/corpus/modern-dev)',
  );
  const body = marked.parse(readFileSync(file, 'utf8'), { async: false });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(
    `${name} Privacy Policy`,
  )}</title></head><body><main>${body}</main></body></html>`;
}

let ext: LoadedExtension;
let site: Awaited<ReturnType<typeof serve>>;
const tabs: Partial<Record<Name, { page: Page; tabId: number }>> = {};

beforeAll(async () => {
  site = await serve(Object.fromEntries(NAMES.map((name) => [`/${name}/privacy.html`, policyPage(name)])));
  ext = await launchWithExtension();
  mkdirSync(SHOTS, { recursive: true });
  for (const name of NAMES) tabs[name] = await openTab(ext, `${site.origin}/${name}/privacy.html`);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

async function openPopup(name: Name): Promise<Page> {
  const tab = tabs[name];
  if (!tab) throw new Error(`no tab for ${name}`);
  const popup = await ext.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab.tabId}`);
  // A policy the content script did not recognise would show "Analyse anyway": that is a failure here.
  await popup.waitForSelector('[data-state="summary"]', { timeout: 30_000 });
  return popup;
}

describe.each(NAMES)('the popup at 400 × 600 on the %s policy of today', (name) => {
  test('the first screen holds the grade with its score and band, the top findings and Copy / Download', async () => {
    const popup = await openPopup(name);
    expect(await popup.textContent('.grade-card')).toMatch(/\d+\/100 · grade [A-E] is \d+–\d+/);
    const findings = await popup.locator('.top-findings li').count();
    expect(findings).toBeGreaterThanOrEqual(3);
    expect(findings).toBeLessThanOrEqual(5);
    for (const scheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme: scheme });
      for (const [selector, bottom] of Object.entries(await bottomsOf(popup, FIRST_SCREEN))) {
        expect(bottom, `${name}, ${scheme}: ${selector} on screen`).not.toBeNull();
        expect(bottom, `${name}, ${scheme}: ${selector} within 600 px`).toBeLessThanOrEqual(POPUP.height);
      }
    }
    // No sideways overflow, axe clean, a screenshot of the first screen in light and dark.
    await checkState(popup, `popup-modern-${name}-first-screen`, false);
    await popup.close();
  });

  test('every section opened: no overflow, axe clean', async () => {
    const popup = await openPopup(name);
    await openAll(popup);
    await checkState(popup, `popup-modern-${name}-open`);
    await popup.close();
  });
});
