// The entries of `analyze DIR`: the regular files directly inside DIR, in file-name order, and for every
// other entry a line saying why it is not analysed. One odd entry (a broken link, a link loop, a named
// pipe) neither stops the run nor is passed over in silence, and nothing is opened that could block.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Skipped {
  path: string;
  reason: string;
  /** Whether it counts as a file that failed (exit status 1); a folder inside DIR does not. */
  failed: boolean;
}

export interface Listing {
  files: string[];
  skipped: Skipped[];
}

export function listDir(dir: string): Listing {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const listing: Listing = { files: [], skipped: [] };
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const skip = (reason: string, failed = true) => listing.skipped.push({ path, reason, failed });
    let stat: ReturnType<typeof statSync>;
    try {
      // Follows symbolic links: a link to a file is analysed as the file.
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') skip('is a symbolic link loop, not read');
      else if (code === 'ENOENT' && entry.isSymbolicLink())
        skip('is a broken symbolic link (its target is missing)');
      else if (code === 'ENOENT') skip('was removed while the folder was read');
      else skip(`cannot be read (${code ?? String(error)})`);
      continue;
    }
    if (stat.isFile()) listing.files.push(path);
    else if (stat.isDirectory())
      skip('is a folder, not read (analyze DIR reads only the files directly inside DIR)', false);
    else if (stat.isFIFO()) skip('is a named pipe (FIFO), not a file: not read');
    else if (stat.isSocket()) skip('is a socket, not a file: not read');
    else skip('is a device, not a file: not read');
  }
  return listing;
}
