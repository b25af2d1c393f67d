// compromise, set up as the engine uses it. Only engine/tagger-loader.ts imports this module, so that a
// bundle can load compromise when a clause first needs tagging rather than at start-up (cli/launch.mjs).

import nlp from 'compromise';

// compromise's last hook, 'chunks', groups tagged words into phrases: it reads tags and never sets them,
// and a tenth of the tagging time goes there. engine/grammar.ts is compromise's only user, so the hook is
// dropped for the whole library.
const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

export default nlp;
