/**
 * V8's settings for a command that reads a folder of retros: set when it
 * starts reading the folder, not at start-up, because node:v8 loads Node's
 * stream modules as it loads, some 4 ms that `show latest` and `show <id>`,
 * which read a few files, need not pay (Node 20, 100,000 retros, 61
 * interleaved runs: 121.4 ms against 125.1). Set after the bundle is loaded
 * in any case: V8 rejects a code cache made under other flags
 * (scripts/code-cache.mjs puts them back before it writes one).
 */
let v8: typeof import("node:v8") | undefined;

export async function tuneForReadingMany(): Promise<void> {
  if (v8 !== undefined) return;
  v8 = await import("node:v8");
  // V8 lets the heap grow to several times what is alive before it collects:
  // reading 300,000 retros, that peaked at 240 MiB for 30 MiB alive. A
  // smaller growth step keeps the peak near 150 MiB at no measurable cost.
  v8.setFlagsFromString("--heap-growing-percent=20");
  // V8 optimises a function that has run a while, on another thread. Over a
  // few hundred retros the command then ends while that compile goes on, and
  // Node waits for it at exit (10 to 30 ms, for code that will not run).
  // Four times V8's threshold, on Node 20: over 2,000 retros `list` takes
  // 128 ms, not 143; over 10,000, where optimising pays, no change. (Node 22
  // measured nothing; on 24, `digest`'s peak over 100,000 rose from 231 to
  // 249 MiB. V8 renames these flags, and an unknown one is an error on stderr.)
  if (process.versions.node.startsWith("20."))
    v8.setFlagsFromString("--ticks-before-optimization=12");
}

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

/**
 * Stops the young generation's growth once it has reached its size, in a
 * command that reads a folder (`tuneForReadingMany`): cheap enough to call
 * for every file read.
 */
export function holdYoungGeneration(): void {
  if (stopped || v8 === undefined) return;
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (young !== undefined && young.space_size < YOUNG_GENERATION_BYTES) return;
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  stopped = true;
}
