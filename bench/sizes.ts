// Bundle sizes of the built Chrome extension, raw and gzipped, per file, and of the zip `wxt zip` writes.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

const CODE = /\.(?:js|html|css|json)$/;

export function bundleSizes(dir: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub === '' ? name : `${sub}/${name}`;
      const full = path.join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else if (CODE.test(name)) {
        const bytes = readFileSync(full);
        out.push({ file: rel, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk('');
  return out;
}

/** The newest Chrome zip in .output, or undefined. */
export function chromeZip(outputDir: string): { file: string; raw: number; mtime: Date } | undefined {
  if (!existsSync(outputDir)) return undefined;
  const zips = readdirSync(outputDir)
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => ({ file: f, stat: statSync(path.join(outputDir, f)) }))
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  const newest = zips[0];
  return newest ? { file: newest.file, raw: newest.stat.size, mtime: newest.stat.mtime } : undefined;
}
