// What the layout tests check on every state of a page: nothing sticks out sideways, axe finds nothing
// serious, light and dark alike, with a screenshot of each under test-output/layout/; and where the parts
// of the popup's first screen end.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { requireFile } from './harness';

export const SHOTS = path.resolve(process.cwd(), 'test-output/layout');
const AXE = requireFile(path.resolve(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'run npm ci');
export const SCHEMES = ['light', 'dark'] as const;
export const POPUP = { width: 400, height: 600 };

/** What the first screen must hold: the grade with its score and band, the top findings, Copy / Download. */
export const FIRST_SCREEN = [
  '.grade-card .grade',
  '.grade-card .score-line',
  '.top-findings',
  '.export button',
];

/** The lowest bottom edge of each selector's elements, or null when there is none. */
export async function bottomsOf(
  page: Page,
  selectors: readonly string[],
): Promise<Record<string, number | null>> {
  return page.evaluate(
    (wanted) =>
      Object.fromEntries(
        wanted.map((s) => {
          const boxes = [...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect());
          return [s, boxes.length === 0 ? null : Math.max(...boxes.map((b) => b.bottom))];
        }),
      ),
    selectors,
  );
}

/** What sticks out: the page's own sideways scroll, and every element whose box leaves the viewport. */
export async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      out.push(`page: scrollWidth ${root.scrollWidth} > ${root.clientWidth}`);
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        out.push(
          `${name} "${(el.textContent ?? '').slice(0, 40)}": ${Math.round(box.left)}–${Math.round(box.right)} in ${width}`,
        );
      }
    }
    // Text can stick out of a box that itself fits (a long word in a flex item): measure the text too.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Text for screen readers only is clipped to a 1 px box: it shows nowhere, so it cannot stick out.
      if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
        out.push(
          `text "${node.textContent.trim().slice(0, 40)}": ${Math.round(box.left)}–${Math.round(box.right)} in ${width}`,
        );
      }
    }
    return out.slice(0, 15);
  });
}

/**
 * axe's serious and critical violations on the page. addScriptTag would inject an inline <script>, which an
 * extension page's CSP (script-src 'self') blocks; evaluating the source through the DevTools protocol is
 * not subject to it.
 */
export async function axeViolations(page: Page): Promise<{ passes: number; violations: string[] }> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    type Rule = { id: string; impact: string | null; nodes: unknown[] };
    const { axe } = window as unknown as {
      axe: { run: () => Promise<{ violations: Rule[]; passes: Rule[] }> };
    };
    const result = await axe.run();
    return {
      passes: result.passes.length,
      violations: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`),
    };
  });
}

/** Opens every <details> and waits for what opening renders (toggle events come a task later). */
export async function openAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

/** Checks one state in light and dark: no overflow, axe clean, a screenshot of each. */
export async function checkState(page: Page, name: string, fullPage = true): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await overflows(page), `${name}, ${scheme}`).toEqual([]);
    const { passes, violations } = await axeViolations(page);
    expect(passes, `${name}: axe checked something`).toBeGreaterThan(5);
    expect(violations, `${name}, ${scheme}`).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${scheme}.png`), fullPage });
    // A tall page shrinks past reading in an image viewer: one screen from the answers on is kept at full
    // size too.
    if (fullPage) {
      await page.evaluate(() => document.getElementById('answers-heading')?.scrollIntoView());
      await page.screenshot({ path: path.join(SHOTS, `${name}-${scheme}-answers.png`) });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  }
}
