/** Builds (when stale) and returns the folder of the command line's esbuild bundle. */
export function ensureBundle(): Promise<string>;
export const ENTRIES: Record<string, string>;
export const PRESTARTED: unique symbol;
