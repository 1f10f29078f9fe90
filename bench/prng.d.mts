/** mulberry32: a tiny seeded PRNG; see prng.mjs. */
export function prng(seed: number): () => number;
