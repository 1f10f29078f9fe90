import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

/**
 * Node 22 and later let V8's young generation grow to some 100 MiB on a
 * machine with much memory: over 100,000 retros on Node 24, `export` peaked
 * at 237 MiB and `list` at 225, where Node 20 (whose young generation stops
 * at 32 MiB) took 110 and 121. Its size can only be set before Node starts
 * (--max-semi-space-size, which would cost a second process at every
 * start); its growth can be stopped at any time. So it grows as usual up to
 * this size, then stays there. At 16 MiB, export --format csv peaked at
 * 139-151 MiB on Node 24 over 100,000 retros (the figure is 150); at 8 MiB
 * 137-142 (json, md, yaml 126-128, list 113-115, validate 95), Node 20
 * lower too, and reading no slower (list over 10,000: 299 ms against 348
 * on Node 24, 337 against 364 on Node 20). Stopped from the very start, at
 * 1 MiB, it made reading up to 30% slower.
 */
const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

let stopped = false;

/** Stops the young generation's growth once it has reached its size: cheap enough to call for every file read. */
export function holdYoungGeneration(): void {
  if (stopped) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (young !== undefined && young.space_size < YOUNG_GENERATION_BYTES) return;
  setFlagsFromString("--semi-space-growth-factor=1");
  stopped = true;
}
