// The options page's checks in real Chromium, whose URL parser escapes a space in a host ("not a site!!"
// became not%20a%20site!! in storage) where Node's refuses it: what a person types is checked here
// against what the extension actually stores.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LoadedExtension, launchWithExtension } from './harness';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

let ext: LoadedExtension;
let options: Page;

const stored = () =>
  ext.worker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined,
  );

beforeAll(async () => {
  ext = await launchWithExtension();
  options = await ext.context.newPage();
  await options.setViewportSize({ width: 800, height: 700 });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Switch badges off on').waitFor();
}, 60_000);

afterAll(async () => {
  await ext?.close();
});

describe('the options page checks what is typed', () => {
  test('"not a site!!" is refused with a message and nothing is stored', async () => {
    const field = options.getByLabel('Switch badges off on');
    await field.fill('not a site!!');
    await field.press('Enter');
    await expect
      .poll(() => options.textContent('[data-list="badgesOffSites"] [role="alert"]'))
      .toContain('“not a site!!” has a space');
    expect(await field.inputValue()).toBe('not a site!!');
    await options.waitForTimeout(300);
    expect((await stored())?.badgesOffSites ?? []).toEqual([]);
  });

  test('an international name is stored in punycode', async () => {
    const field = options.getByLabel('Switch badges off on');
    await field.fill('Bücher.de');
    await field.press('Enter');
    await expect.poll(async () => (await stored())?.badgesOffSites).toEqual(['xn--bcher-kva.de']);
    expect(await options.textContent('[data-list="badgesOffSites"] ul')).toContain('xn--bcher-kva.de');
  });

  test('"Keep for" 99999 is clamped to 365 in the field, in storage and after a reload, and says so', async () => {
    const days = options.getByLabel('Keep saved summaries for');
    await days.fill('99999');
    await days.press('Tab');
    expect(await days.inputValue()).toBe('365');
    expect(await options.textContent('#keepDays-message')).toBe(
      '99999 is above the longest time: kept for 365 days.',
    );
    await expect.poll(async () => (await stored())?.keepDays).toBe(365);
    await options.reload();
    await expect.poll(() => options.getByLabel('Keep saved summaries for').inputValue()).toBe('365');
  });

  test('"Keep for" 0 becomes 1, and the page stays free of serious axe violations', async () => {
    const days = options.getByLabel('Keep saved summaries for');
    await days.fill('0');
    await days.press('Tab');
    expect(await days.inputValue()).toBe('1');
    await expect.poll(async () => (await stored())?.keepDays).toBe(1);
    await options.evaluate(
      readFileSync(path.resolve(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8'),
    );
    const violations = await options.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string | null }> }> };
      };
      return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    });
    expect(violations).toEqual([]);
  });
});
