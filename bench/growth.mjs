// npm run bench:growth: how each command's time and memory grow with the
// folder, over 1,000, 10,000 and 100,000 of the benchmark's retros (the table
// in README's Speed section). Prints a Markdown table: the best wall time of
// three runs, and the peak memory of one more.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCorpus } from "./corpus.mjs";
import { BIN, checkExit, env, node, peakMiB } from "./measure.mjs";

const SIZES = process.argv.slice(2).map(Number);
if (SIZES.length === 0) SIZES.push(1_000, 10_000, 100_000);
const ROUNDS = 3;

const work = mkdtempSync(join(tmpdir(), "interview-retro-growth-"));

const COMMANDS = [
  ["`grep -rli terraform`", (dir) => ["grep", "-rli", "terraform", dir]],
  ["`search terraform`", (dir) => [node, BIN, "search", "terraform", "--dir", dir]],
  ["`search design` (a common word)", (dir) => [node, BIN, "search", "design", "--dir", dir]],
  [
    "`search --regex flame.raph`",
    (dir) => [node, BIN, "search", "--regex", "flame.raph", "--dir", dir],
  ],
  ["`list`", (dir) => [node, BIN, "list", "--dir", dir]],
  ["`export --format csv`", (dir) => [node, BIN, "export", "--format", "csv", "--dir", dir]],
  ["`validate`", (dir) => [node, BIN, "validate", "--dir", dir]],
  ["`stats`", (dir) => [node, BIN, "stats", "--dir", dir]],
  ["`report`", (dir) => [node, BIN, "report", "--dir", dir]],
  ["`show latest`", (dir) => [node, BIN, "show", "latest", "--dir", dir]],
  ["`digest --since 1y`", (dir) => [node, BIN, "digest", "--since", "1y", "--dir", dir]],
  ["`node -e 0`", () => [node, "-e", "0"]],
];

function wallMs(argv) {
  const start = process.hrtime.bigint();
  const { status } = spawnSync(argv[0], argv.slice(1), { env, cwd: work, stdio: "ignore" });
  checkExit(argv, status);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const cells = COMMANDS.map(() => []);
for (const size of SIZES) {
  const dir = join(work, String(size));
  process.stderr.write(`Building ${size.toLocaleString("en")} retros … `);
  buildCorpus(dir, { count: size });
  process.stderr.write("measuring …\n");
  COMMANDS.forEach(([, argv], i) => {
    const command = argv(dir);
    const ms = Math.min(...Array.from({ length: ROUNDS }, () => wallMs(command)));
    // grep is not a node process: its time alone is shown.
    const mib = command[0] === node ? peakMiB(command, work) : undefined;
    cells[i].push(
      `${Math.round(ms).toLocaleString("en")} ms${mib === undefined ? "" : `, ${mib.toFixed(0)} MiB`}`,
    );
  });
  rmSync(dir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });

console.log(`| command | ${SIZES.map((size) => size.toLocaleString("en")).join(" | ")} |`);
console.log(`|---|${SIZES.map(() => "---|").join("")}`);
for (const [i, [name]] of COMMANDS.entries()) console.log(`| ${name} | ${cells[i].join(" | ")} |`);
