// Part of the build: runs the bundle through the commands that read many
// retros (list, search, show, stats…) over a small generated folder, then
// saves the compiled code of every function they ran as the bundle's V8 code
// cache. Only compiled code goes in it: no retro, path or answer from the run.
// `new` is left out on purpose: it waits for a person anyway, and what only it
// runs would grow the cache that every command reads at start.
// Only on Node 20: later Nodes keep their own compile cache (bin/bundle.js).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { buildCorpus } from "../bench/corpus.mjs";

const { CODE_CACHE, loadBundle } = createRequire(import.meta.url)("../bin/bundle.js");

const { exports: program, script } = loadBundle();
if (script === undefined) process.exit(0);

const home = mkdtempSync(join(tmpdir(), "interview-retro-build-"));
const dir = join(home, "retros");
buildCorpus(dir, { count: 60 });

const sink = { write: () => true, isTTY: false };
const world = {
  ...program.processWorld(),
  cwd: home,
  env: { HOME: home, XDG_CONFIG_HOME: join(home, "config"), XDG_STATE_HOME: join(home, "state") },
  stdout: sink,
  stderr: sink,
};
const commands = [
  ["list"],
  ["list", "--since", "1y", "--role", "backend"],
  ["search", "terraform"],
  ["search", "--regex", "Kafka|queue", "--case-sensitive", "--json"],
  ["show", "latest"],
  ["stats"],
  ["stats", "--by", "interviewer", "--json"],
  ["export", "--format", "csv"],
].map((argv) => [...argv, "--dir", dir]);

try {
  for (const argv of [...commands, ["--help"]]) {
    const code = await program.run(argv, world);
    if (code !== 0) throw new Error(`warming the code cache: ${argv.join(" ")} exited ${code}`);
  }
  // Reading the folder set V8 flags (src/io/heap-tuning.ts). V8 takes a
  // cache only under the flags it was made with, and a command loads the
  // bundle before any flag is changed: so the flags go back to V8's defaults
  // first (the start-up test checks the cache is taken).
  for (const flag of [
    "--heap-growing-percent=0",
    "--ticks-before-optimization=3",
    "--semi-space-growth-factor=2",
  ])
    setFlagsFromString(flag);
  writeFileSync(CODE_CACHE, script.createCachedData());
} finally {
  rmSync(home, { recursive: true, force: true });
}
