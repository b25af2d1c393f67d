// Where engine/regex-screen.ts may find a regex's required literals already read (engine/regex-literals.ts),
// instead of reading them from its source. Here, nowhere: the extension reads them when a rule set is first
// used. The command line's bundle puts cli/known-literals.ts in this module's place (cli/launch.mjs), which
// finds them in a table its build wrote beside the bundle.

import type { RequiredLiterals } from './regex-literals';

/** The required literals of `re`, when they were read ahead of time; undefined: read them now. */
export function knownLiterals(_re: RegExp): RequiredLiterals | undefined {
  return undefined;
}
