/**
 * A hash of the engine's source, written by `node scripts/engine-build.mjs` (checked by
 * `npm run lint`). Stored summaries and the worklist snapshot are used only when written by
 * this same engine.
 */
export const ENGINE_BUILD = '440ccb8673430e6f';
