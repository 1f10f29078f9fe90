// What the benchmarks (run.mjs, growth.mjs) share: the binary, the
// environment its runs get, and the peak memory of one run.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = join(ROOT, "bin/interview-retro.js");
export const node = process.execPath;

// The sandbox sets NODE_EXTRA_CA_CERTS, which makes every node process load a
// certificate bundle at start (about 60 ms here). A user's shell does not have it,
// so it is left out for every command alike; set BENCH_KEEP_ENV=1 to keep it.
export const env = { ...process.env, NO_COLOR: "1" };
if (!process.env.BENCH_KEEP_ENV) delete env.NODE_EXTRA_CA_CERTS;

/** Throws when a run failed: a command that fails early looks fast and light. A search that finds nothing exits 1. */
export function checkExit(argv, status, stderr = "") {
  if (status !== 0 && !(argv.includes("search") && status === 1))
    throw new Error(`${argv.join(" ")} exited ${status}: ${stderr}`);
}

/** Peak memory of one run of `argv` (node and its arguments), in MiB, read by a preloaded module at exit. */
export function peakMiB(argv, cwd) {
  const rssFile = join(cwd, "rss");
  const { status } = spawnSync(
    node,
    ["--import", join(ROOT, "bench/max-rss.mjs"), ...argv.slice(1)],
    { env: { ...env, BENCH_RSS_FILE: rssFile }, cwd, stdio: "ignore" },
  );
  checkExit(argv, status);
  return Number(readFileSync(rssFile, "utf8")) / 1024;
}
