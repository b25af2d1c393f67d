// Tests that need ../shared (the corpus and the seed policies) find it here, or fail saying what is missing.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(__dirname, '../../../shared');

export function sharedPath(...parts: string[]): string {
  const path = join(SHARED, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: these tests read the shared corpus and seed policies from ../shared beside the project root.`,
    );
  }
  return path;
}
