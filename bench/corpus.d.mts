/** Writes `count` deterministic, realistic retros into `dir`; see corpus.mjs. */
export function buildCorpus(
  dir: string,
  options?: { count?: number; today?: Date; years?: number; seed?: number },
): string;

export { prng } from "./prng.mjs";
