// `npx tsx bench/modern-pages.ts`: issue 12's "today's policies served as web pages in the browser" figure.
// Each policy of ../shared/corpus/modern-dev/texts (its archived Markdown made a page with marked) is served
// to headless Chromium and read as the content script reads a page: the first pass
// (content/first-pass.ts), then the page as rendered (content/rendered-page.ts) and the detector
// (content/detect.ts), bundled as the extension bundles them. The page's <title> is the file's own first
// line and its address says nothing of privacy (/page/N.html), so neither lends the page points a real
// site might give it. Files judged not to be English policies (bench/modern-detection.ts NOT_POLICIES) are
// left out; the held-out slice (every fourth file by name) is counted apart and its misses are not named.
// `WHY=Name,Name` prints the first pass and the detector's reasons for those dev files.

import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { CHROMIUM, requireFile, serve } from '../tests/e2e/harness';
import { contentBundle, escapeHtml } from './browser';
import { MODERN_DIR, NOT_POLICIES } from './modern-detection';
import { loadModernTexts } from './texts';

requireFile(CHROMIUM, 'install Debian chromium: apt-get install -y chromium');
// Each file keeps its place among all the corpus's files, so the slice is the one bench/modern-detection.ts
// reads; a file the command line refuses (one is only an image) is left out, as there.
const all = readdirSync(MODERN_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();
const readable = new Set(loadModernTexts().map((t) => t.file));
const pages: Record<string, string> = {};
const rows = all
  .map((file, index) => ({ file, name: file.replace(/\.md$/, ''), slice: index % 4 === 3 }))
  .filter((row) => readable.has(row.file) && !(row.name in NOT_POLICIES));
rows.forEach((row, i) => {
  const markdown = readFileSync(path.join(MODERN_DIR, row.file), 'utf8');
  const title =
    markdown
      .split('\n', 1)[0]
      ?.replace(/^#+\s*/, '')
      .trim() ?? '';
  const body = marked.parse(markdown, { async: false });
  pages[`/page/${i}.html`] =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;
});

const script = await contentBundle(process.cwd(), 'PolicyLensPages');
const site = await serve(pages);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const detected: boolean[] = [];
try {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const why = new Set(process.env.WHY?.split(',') ?? []);
  for (const [i, row] of rows.entries()) {
    await page.goto(`${site.origin}/page/${i}.html`);
    const tag = await page.addScriptTag({ content: script });
    await tag.evaluate((element) => (element as Element).remove());
    // What the content script decides at a report: the first pass lets the page through, then the page as
    // rendered is a policy. Both are read here, so that a miss can say which step missed.
    const read = await page.evaluate(() => {
      type Api = Record<string, (...a: unknown[]) => unknown>;
      const api = (globalThis as unknown as Record<string, Api>).PolicyLensPages as Api;
      const verdict = api.detectPage?.(
        api.renderedPage?.(document, 3_000_000),
        location.href,
        document.title,
      );
      return {
        first: api.mayBePolicy?.(document, location.href) === true,
        ...(verdict as { isPolicy: boolean; reasons: string[] }),
      };
    });
    if (why.has(row.name) && !row.slice) console.log(row.name, JSON.stringify(read));
    detected.push(read.first && read.isPolicy);
  }
} finally {
  await browser.close();
  await site.close();
}

for (const slice of [false, true]) {
  const part = rows.map((row, i) => ({ ...row, ok: detected[i] })).filter((row) => row.slice === slice);
  const hits = part.filter((row) => row.ok).length;
  console.log(
    `${slice ? 'slice' : 'dev'}: ${hits}/${part.length} detected in the browser (${((100 * hits) / part.length).toFixed(1)}%)`,
  );
  if (!slice) for (const row of part.filter((r) => !r.ok)) console.log(`  missed ${row.name}`);
}
console.log(
  `headless Chromium, content/first-pass.ts + rendered-page.ts + detect.ts; load ${loadavg()[0]?.toFixed(1)}`,
);
