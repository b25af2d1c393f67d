// The content script runs on every page the user opens: it must stay small and carry none of the engine.
// Each marker below is a string that survives minification in the library it stands for; the test
// checks that the background bundle has it, so a marker that stops meaning anything fails here too.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR, requireFile } from './harness';

const CONTENT_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts/policy.js');
const BACKGROUND = path.join(EXTENSION_DIR, 'background.js');
// Budgets, not measurements: the bundle is about 26 KB raw, 9.9 KB gzip (issue 7's target: at most
// 10 KB gzip) with the link badges. gzip -9, as `gzip -9 -c policy.js | wc -c` counts it.
const MAX_RAW_BYTES = 40_000;
const MAX_GZIP_BYTES = 10_240;

const MARKERS = [
  ['compromise', '#Noun'],
  ['idb / IndexedDB', 'indexedDB'],
  ['htmlparser2', 'xmlMode'],
] as const;

describe('content-script bundle', () => {
  const hint = 'build the extension first: npx wxt build';
  const content = readFileSync(requireFile(CONTENT_SCRIPT, hint), 'utf8');
  const background = readFileSync(requireFile(BACKGROUND, hint), 'utf8');

  test(`is under ${MAX_RAW_BYTES} bytes raw and ${MAX_GZIP_BYTES} bytes gzip`, () => {
    const raw = statSync(CONTENT_SCRIPT).size;
    const gzip = gzipSync(readFileSync(CONTENT_SCRIPT), { level: 9 }).length;
    console.info(`content script: ${raw} B raw, ${gzip} B gzip`);
    expect(raw).toBeLessThan(MAX_RAW_BYTES);
    expect(gzip).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  test.each(MARKERS)('does not contain %s', (_library, marker) => {
    expect(background).toContain(marker);
    expect(content).not.toContain(marker);
  });
});

// The background is the only owner of IndexedDB (docs/architecture.md): the popup, options and permission
// pages ask it by message. Their code is what sits in chunks/ (the background and the content script are
// bundles of their own), so none of it may carry idb.
describe('extension pages', () => {
  const hint = 'build the extension first: npx wxt build';
  const chunks = path.join(EXTENSION_DIR, 'chunks');

  test('carry no IndexedDB code', () => {
    const background = readFileSync(requireFile(BACKGROUND, hint), 'utf8');
    expect(background).toContain('indexedDB');
    const files = readdirSync(requireFile(chunks, hint)).filter((f) => f.endsWith('.js'));
    expect(files.some((f) => f.startsWith('options-'))).toBe(true);
    const opening = files.filter((f) => readFileSync(path.join(chunks, f), 'utf8').includes('indexedDB'));
    expect(opening).toEqual([]);
  });
});

// The popup's first screen needs neither the Markdown writer nor the full change view: they are fetched on
// demand (components/ExportButtons.tsx, components/PopupApp.tsx), so the code popup.html loads before its
// first render must not carry them. Each marker is a string of that code which survives minification; the
// test checks that some chunk has it, so a marker that stops meaning anything fails here too.
const ON_DEMAND = [
  ['the Markdown export (engine/markdown.ts)', '| Question | Answer | Evidence |'],
  ['the change report (engine/diff-markdown.ts)', '## Answers that changed'],
  ['the full change view (components/ChangeView.tsx)', 'Change report copied.'],
] as const;

describe('the popup', () => {
  const hint = 'build the extension first: npx wxt build';
  const html = readFileSync(requireFile(path.join(EXTENSION_DIR, 'popup.html'), hint), 'utf8');
  // The entry module and what popup.html preloads with it: all of it is fetched and run before the first render.
  const eager = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const chunks = path.join(EXTENSION_DIR, 'chunks');
  const all = readdirSync(requireFile(chunks, hint)).filter((f) => f.endsWith('.js'));

  test('loads its entry chunk with what it preloads', () => {
    expect(eager.some((f) => /^chunks\/popup-[\w-]+\.js$/.test(f))).toBe(true);
  });

  test.each(ON_DEMAND)('does not load %s before its first render', (_what, marker) => {
    const holders = all.filter((f) => readFileSync(path.join(chunks, f), 'utf8').includes(marker));
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.filter((f) => eager.includes(`chunks/${f}`))).toEqual([]);
  });
});
