// The content script runs on every page the user opens: it must stay small and carry none of the engine.
// Each marker below is a string that survives minification in the library it stands for; the test
// checks that the background bundle has it, so a marker that stops meaning anything fails here too.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR, requireFile } from './harness';

const CONTENT_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts/policy.js');
const BACKGROUND = path.join(EXTENSION_DIR, 'background.js');
// A budget, not a measurement: the bundle is about 26 KB raw (10 KB gzip) with the link badges.
const MAX_RAW_BYTES = 40_000;

const MARKERS = [
  ['compromise', '#Noun'],
  ['idb / IndexedDB', 'indexedDB'],
  ['htmlparser2', 'xmlMode'],
] as const;

describe('content-script bundle', () => {
  const hint = 'build the extension first: npx wxt build';
  const content = readFileSync(requireFile(CONTENT_SCRIPT, hint), 'utf8');
  const background = readFileSync(requireFile(BACKGROUND, hint), 'utf8');

  test(`is under ${MAX_RAW_BYTES} bytes`, () => {
    const raw = statSync(CONTENT_SCRIPT).size;
    console.info(`content script: ${raw} B raw, ${gzipSync(content, { level: 9 }).length} B gzip`);
    expect(raw).toBeLessThan(MAX_RAW_BYTES);
  });

  test.each(MARKERS)('does not contain %s', (_library, marker) => {
    expect(background).toContain(marker);
    expect(content).not.toContain(marker);
  });
});
