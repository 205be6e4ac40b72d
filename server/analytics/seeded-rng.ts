/**
 * The one source of randomness in the analytics: a seeded generator, so the same network and
 * seed give the same communities on every run and every machine.
 */

/** Seed used when a caller gives none. */
export const DEFAULT_SEED = 1;

/**
 * Mulberry32 (Tommy Ettinger, 2017; public domain): a 32-bit generator with a full period of
 * 2^32, returning floats in [0, 1). Plenty for breaking ties in Louvain, not for cryptography.
 *
 * Complexity: O(1) per draw.
 */
export function seededRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
