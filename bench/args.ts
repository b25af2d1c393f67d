// The command-line options the single-figure benches share (bench/popup.ts, bench/badge.ts,
// bench/content-script.ts): written once, so that each says the same about a bad --runs.

const argv = process.argv.slice(2);

/** The value after `--name`, if given. */
export function option(name: string): string | undefined {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : argv[at + 1];
}

/** `--runs N`, a whole number from 1 to 100 (`fallback` when not given); anything else ends the script. */
export function runsOption(script: string, fallback: number): number {
  const runs = Number(option('--runs') ?? fallback);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
    process.stderr.write(`${script}: --runs takes a whole number from 1 to 100\n`);
    process.exit(2);
  }
  return runs;
}
