// Vitest's global setup: the command line's bundle is built once, before any test file runs. Test files
// that spawn the CLI run in parallel; each launch rebuilds a stale bundle and swaps it in
// (cli/launch.mjs), and a swap while another launch is loading the old files can take them away from it
// (a CLI test of this project saw its child end with no exit code once, on a busy machine).
import { ensureBundle } from '../cli/launch.mjs';

export default async function setup(): Promise<void> {
  await ensureBundle();
}
