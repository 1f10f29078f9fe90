import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

/**
 * Node 22 and later let V8's young generation grow to some 100 MiB on a
 * machine with much memory: over 100,000 retros on Node 24, `export` peaked
 * at 237 MiB and `list` at 225, where Node 20 (whose young generation stops
 * at 32 MiB) took 110 and 121. Its size can only be set before Node starts
 * (--max-semi-space-size, which would cost a second process at every
 * start); its growth can be stopped at any time. So it grows as usual up to
 * this size, then stays there: export 131 MiB and list 113 on Node 24, no
 * slower (`npm run bench -- --size 100000`). Stopped from the very start,
 * at 1 MiB, it made reading up to 30% slower.
 */
const YOUNG_GENERATION_BYTES = 16 * 1024 * 1024;

let stopped = false;

/** Stops the young generation's growth once it has reached its size: cheap enough to call for every file read. */
export function holdYoungGeneration(): void {
  if (stopped) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (young !== undefined && young.space_size < YOUNG_GENERATION_BYTES) return;
  setFlagsFromString("--semi-space-growth-factor=1");
  stopped = true;
}
