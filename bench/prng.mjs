// The same random numbers on every run: the benchmark's corpus, and the tests' generated answers.

/** mulberry32: a tiny seeded PRNG, so every run builds the same folder (and the benchmark shuffles alike). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
