import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { binaryEnv, runBinary } from "../helpers/binary.js";
import { writeRetro } from "../helpers/fixtures.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
let retro: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  retro = writeRetro(join(dir, "retros"));
});
afterEach(() => cleanup());

/** An editor script: `$1` is the copy being edited. */
function editor(script: string): string {
  const path = join(dir, `editor-${readdirSync(dir).length}.sh`);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

const edit = (script: string, args: string[] = []) =>
  runBinary(["edit", "latest", ...args], {
    cwd: dir,
    env: binaryEnv(dir, { EDITOR: editor(script) }),
  });

const copies = () => readdirSync(join(dir, "retros", "2026")).filter((n) => n.includes(".editing"));
const REWORD = `sed -i 's/The SQL warm-up/The SQL kata/' "$1"`;

describe("edit keeps what was typed", () => {
  it("interrupted while the editor is open: says so, keeps the edit, and the next edit goes on with it", async () => {
    // The editor's parent is the shell; the shell's parent is the tool: it gets the SIGTERM.
    const killed = edit(`${REWORD}\nkill -TERM "$(awk '{print $4}' /proc/$PPID/stat)"`);
    expect(killed.code).toBe(143);
    expect(killed.stderr).toContain("Interrupted:");
    expect(killed.stderr).toContain("your edit is kept in");
    expect(readFileSync(retro, "utf8")).toContain("The SQL warm-up");
    expect(copies()).toHaveLength(1);
    const again = edit("true");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("Going on with the edit of");
    expect(parse(readFileSync(retro, "utf8")).answers.spot_difficulty_earlier.answer).toContain(
      "The SQL kata",
    );
    expect(copies()).toEqual([]);
  });

  it("never saves over a retro deleted or changed while the editor was open; forget removes the kept copy", async () => {
    const deleted = edit(`${REWORD}\nrm "${retro}"`);
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toContain("was deleted (forget or prune?) while the editor was open");
    expect(existsSync(retro)).toBe(false);
    expect(copies()).toHaveLength(1);

    writeRetro(join(dir, "retros"));
    const changed = edit(
      `${REWORD}\nsed -i 's/ats-1/ats-1/; s/Alex Martin/Sam Okafor/' "${retro}"`,
    );
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain("changed by someone else while the editor was open");
    expect(readFileSync(retro, "utf8")).toContain("Sam Okafor");

    const forgot = runBinary(["forget", "ats-1", "--yes"], { cwd: dir });
    expect(forgot.code, forgot.stderr).toBe(0);
    expect(copies()).toEqual([]);
  });
});
