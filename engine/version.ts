// Bump when a change to the engine or rules can change a summary: cached summaries of older versions
// are recomputed.
export const ENGINE_VERSION = '0.1.0';
