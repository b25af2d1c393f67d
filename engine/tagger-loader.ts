// How engine/grammar.ts gets compromise. Here it is imported with the engine: the extension's background
// loads it when the worker starts, before any page asks for an analysis. The command line's bundle puts
// cli/tagger-loader.ts in this module's place (cli/launch.mjs), which loads compromise only when a clause
// first needs tagging: loading it is 200–300 ms of a fresh process, and many texts need no tagging at all.

import nlp from './tagger';

export function loadTagger(): typeof nlp {
  return nlp;
}

/** Whether compromise has been loaded: always here, where it comes with the engine. */
export function taggerLoaded(): boolean {
  return true;
}
