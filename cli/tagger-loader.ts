// engine/tagger-loader.ts as the command line's bundle has it (cli/launch.mjs swaps this file in): esbuild
// wraps a module reached only through require() in a function that runs on the first require, so
// compromise and its lexicon are evaluated when a clause first needs tagging, not when the engine loads.

import type nlp from '../engine/tagger';

let tagger: typeof nlp | undefined;

export function loadTagger(): typeof nlp {
  tagger ??= (require('../engine/tagger') as { default: typeof nlp }).default;
  return tagger;
}

/** Whether compromise has been loaded yet. */
export function taggerLoaded(): boolean {
  return tagger !== undefined;
}
