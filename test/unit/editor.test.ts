import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { editText } from "../../src/io/editor.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

/** An editor that records the file it was given and its mode, then appends a line. */
function editor(script: string): string {
  const path = join(dir, "editor.sh");
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe("writing an answer in the editor", () => {
  it("hands the editor the text so far in a file only the user can read, and removes it after", () => {
    const seen = join(dir, "seen");
    const env = {
      EDITOR: editor(`stat -c %a "$1" > ${seen}; echo "$1" >> ${seen}; printf 'more\\n' >> "$1"`),
    };
    expect(editText("so far\n", env)).toEqual({ text: "so far\nmore\n", editor: env.EDITOR });
    const [mode, file = ""] = readFileSync(seen, "utf8").trim().split("\n");
    expect(mode).toBe("600");
    expect(existsSync(file)).toBe(false);
  });

  it("takes nothing from an editor that fails, and still removes the file", () => {
    const seen = join(dir, "seen");
    const env = { VISUAL: editor(`echo "$1" > ${seen}; printf 'half' >> "$1"; exit 3`) };
    expect(editText("kept", env).text).toBeUndefined();
    expect(existsSync(readFileSync(seen, "utf8").trim())).toBe(false);
  });
});
