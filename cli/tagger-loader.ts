// engine/tagger-loader.ts as the command line's bundle has it (cli/launch.mjs swaps this file in):
// compromise is built apart from the bundle, as tagger.cjs beside it, and required when a clause first needs
// tagging. So a fresh process neither runs compromise's start-up nor parses its 640 KB unless it tags.

import { createRequire } from 'node:module';
import type nlp from '../engine/tagger';

let tagger: typeof nlp | undefined;

export function loadTagger(): typeof nlp {
  // Relative to the bundle's own chunk, which lies beside tagger.cjs.
  tagger ??= (createRequire(import.meta.url)('./tagger.cjs') as { default: typeof nlp }).default;
  return tagger;
}

/** Whether compromise has been loaded yet. */
export function taggerLoaded(): boolean {
  return tagger !== undefined;
}
