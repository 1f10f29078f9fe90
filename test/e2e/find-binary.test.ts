import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { width } from "../../src/ui/text-width.js";
import { BIN, binaryEnv, NODE, runBinary } from "../helpers/binary.js";
import { writeRetro, writeText } from "../helpers/fixtures.js";
import { PtySession } from "../helpers/pty.js";
import { itWith } from "../helpers/tools.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  const retros = join(dir, "retros");
  writeRetro(retros, { date: "2026-11-20", candidate: "ats-1", suffix: "aaaa" });
  writeRetro(retros, {
    date: "2026-03-02",
    candidate: "ats-2",
    role: "data",
    suffix: "bbbb",
    answers: {
      spot_difficulty_earlier: { text: "System design came up too late." },
      questions_appropriate: { verdict: "yes" },
      candidate_strengths: { verdict: "yes" },
    },
  });
  writeText(retros, "2026/2026-01-01-broken-aaaa.yaml", "schema: 1\nid: [system design\n");
});
afterEach(() => cleanup());

describe("list, search and show, as the built binary", () => {
  it("list --paths feeds xargs grep", () => {
    const list = runBinary(["list", "--paths"], { cwd: dir });
    expect(list.code).toBe(0);
    expect(list.stderr).toMatch(/^warning: retros\/2026\/2026-01-01-broken-aaaa\.yaml:\d+:\d+: /);
    const pipeline = `"${NODE}" "${BIN}" list --paths | xargs grep -l 'System design'`;
    const grep = execFileSync("sh", ["-c", pipeline], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    expect(grep).toBe("retros/2026/2026-03-02-data-ats-2-bbbb.yaml\n");
  });

  it("search exits 0 on a match, 1 on none, 2 on a bad pattern, like grep", () => {
    const found = runBinary(["search", "SYSTEM DESIGN"], { cwd: dir });
    expect(found.code).toBe(0);
    expect(found.stdout).toBe(
      "retros/2026/2026-03-02-data-ats-2-bbbb.yaml\n  spot_difficulty_earlier: System design came up too late.\n",
    );
    expect(found.stderr).toMatch(/broken-aaaa\.yaml:\d+:\d+: /);
    expect(runBinary(["search", "nothing like this"], { cwd: dir }).code).toBe(1);
    const bad = runBinary(["search", "--regex", "[a-"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("invalid pattern");
    expect(runBinary(["search", "system design", "--strict"], { cwd: dir }).code).toBe(1);
  });

  it("search --json parses and holds the right records", () => {
    const result = runBinary(["search", "kafka", "--json"], { cwd: dir });
    const records = JSON.parse(result.stdout);
    expect(records.map((r: { id: string }) => r.id)).toEqual(["2026-11-20-backend-ats-1-aaaa"]);
    expect(records[0].matches[0].field).toBe("candidate_strengths");
  });

  it("show latest reads the newest retro", () => {
    const result = runBinary(["show", "latest"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("2026-11-20-backend-ats-1-aaaa");
  });
});

describe("in a pipeline", () => {
  it("stops quietly when the reader goes away (| head)", () => {
    for (let i = 0; i < 1500; i++)
      writeRetro(join(dir, "retros"), { suffix: `p${i.toString(36).padStart(3, "0")}` });
    const pipeline = `"${NODE}" "${BIN}" list | head -2; echo "status \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", pipeline], { cwd: dir, encoding: "utf8" });
    expect(result.stdout.split("\n")).toHaveLength(3);
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.stderr).toContain("status 0");
  });

  itWith("perl")(
    "writes all its output to a pipe that another program left non-blocking, its reader late",
    async () => {
      for (let i = 0; i < 300; i++)
        writeRetro(join(dir, "retros"), { suffix: `n${i.toString(36).padStart(3, "0")}` });
      // Perl makes its standard output non-blocking,
      // then runs the binary on it, as some program runners do; Node's own spawn
      // makes it blocking again. The export is larger than the pipe holds.
      const nonBlocking =
        "use Fcntl; my $f = fcntl(STDOUT, F_GETFL, 0) or die; fcntl(STDOUT, F_SETFL, $f | O_NONBLOCK) or die; exec @ARGV or die";
      const child = spawn("perl", ["-e", nonBlocking, NODE, BIN, "export", "--format", "json"], {
        cwd: dir,
        env: binaryEnv(dir),
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (data) => {
        stderr += data;
      });
      const chunks: Buffer[] = [];
      child.stdout.pause();
      const code = new Promise((resolve) => child.on("close", resolve));
      await new Promise((resolve) => setTimeout(resolve, 500));
      child.stdout.on("data", (data: Buffer) => chunks.push(data)).resume();
      expect(await code).toBe(0);
      expect(Buffer.concat(chunks).length).toBeGreaterThan(256 * 1024);
      expect(JSON.parse(Buffer.concat(chunks).toString())).toHaveLength(302);
      expect(stderr).toMatch(
        /^warning: retros\/2026\/2026-01-01-broken-aaaa\.yaml:\d+:\d+: [^\n]+\n$/,
      );
    },
  );

  it("says so when its output file may not grow (ulimit -f), and exits 1", () => {
    for (let i = 0; i < 50; i++)
      writeRetro(join(dir, "retros"), { suffix: `f${i.toString(36).padStart(3, "0")}` });
    // Past the limit the system sends SIGXFSZ; ignored, the write fails instead (EFBIG).
    const run = `trap '' XFSZ; ulimit -f 4; "${NODE}" "${BIN}" list > out.txt`;
    const result = spawnSync("bash", ["-c", run], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").filter((line) => !line.startsWith("warning: "))).toEqual([
      "interview-retro: cannot write to standard output: too large",
      "",
    ]);
  });

  // /dev/full is in every Linux this runs on but not every container; root (CI) can make one.
  const canFillDisk = existsSync("/dev/full") || process.getuid?.() === 0;
  it("list on an 80-column terminal: each id whole, to be copied into show", async () => {
    const session = new PtySession(["list"], { cwd: dir, env: binaryEnv(dir), cols: 80 });
    await session.waitFor("Y yes");
    expect((await session.exited()).exitCode).toBe(0);
    const lines = session.text.split(/\r?\n/);
    const table = lines.slice(lines.findIndex((line) => line.startsWith("ID ")));
    for (const line of table) expect(width(line)).toBeLessThanOrEqual(80);
    const ids = table.slice(1, 3).map((line) => line.split(" ")[0] as string);
    expect(ids).toEqual(["2026-11-20-backend-ats-1-aaaa", "2026-03-02-data-ats-2-bbbb"]);
    const shown = runBinary(["show", ids[1] as string], { cwd: dir });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("System design came up too late.");
  });

  it.skipIf(!canFillDisk)("says so when its output goes to a full disk, and exits 1", () => {
    let full = "/dev/full";
    if (!existsSync(full)) {
      full = join(dir, "full");
      execFileSync("mknod", [full, "c", "1", "7"]);
    }
    for (const command of [
      ["list"],
      ["search", "design"],
      ["export", "--format", "csv"],
      ["stats"],
      ["show", "latest"],
    ]) {
      const words = command.join(" ");
      const run = `"${NODE}" "${BIN}" ${words} > "${full}"`;
      const result = spawnSync("bash", ["-c", run], { cwd: dir, encoding: "utf8" });
      // The broken retro's warning comes first, as without a full disk.
      const said = result.stderr.split("\n").filter((line) => !line.startsWith("warning: "));
      expect({ words, status: result.status, said }).toEqual({
        words,
        status: 1,
        said: ["interview-retro: cannot write to standard output: the disk is full", ""],
      });
    }
  });
});
