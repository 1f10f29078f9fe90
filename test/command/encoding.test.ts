import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/main.js";
import { writeRetro } from "../helpers/fixtures.js";
import { gitEnv, gitIn, makeRepo } from "../helpers/git-repo.js";
import { tempDir, testWorld } from "../helpers/world.js";

/*
 * A file saved in another encoding (an editor set to Latin-1, a Windows code
 * page) is refused where it is read, with the place of its first such byte,
 * rather than read with U+FFFD in place of its letters and let into the repo.
 */

let dir: string;
let repo: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  repo = join(dir, "team");
  makeRepo(repo, dir);
});
afterEach(() => cleanup());

async function cli(args: string[], env: NodeJS.ProcessEnv = {}, stdinText?: Buffer) {
  const captured = testWorld({
    cwd: repo,
    env: { ...gitEnv(dir), XDG_STATE_HOME: join(dir, ".state"), ...env },
    ...(stdinText !== undefined ? { stdinText } : {}),
  });
  const code = await run(args, captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const ANSWER = "Léa's café question came too late.";
const rel = "retros/2026/2026-11-27-backend-ats-1-k7f3.yaml";

/** A retro whose answer holds é, and where that é is: line, and column in characters. */
function retroWithAccent(): { path: string; line: number; col: number } {
  const path = writeRetro(join(repo, "retros"), {
    answers: {
      spot_difficulty_earlier: { text: ANSWER },
      questions_appropriate: { verdict: "yes" },
      candidate_strengths: { verdict: "yes" },
    },
  });
  const lines = readFileSync(path, "utf8").split("\n");
  const line = lines.findIndex((text) => text.includes("é"));
  return { path, line: line + 1, col: (lines[line] ?? "").indexOf("é") + 1 };
}

/** The same text, each letter as one Latin-1 byte. */
function saveAsLatin1(path: string): Buffer {
  const bytes = Buffer.from(readFileSync(path, "utf8"), "latin1");
  writeFileSync(path, bytes);
  return bytes;
}

describe("a retro saved in Latin-1", () => {
  it("fails validate at the place of its first such letter, and is left as it is", async () => {
    const { path, line, col } = retroWithAccent();
    const bytes = saveAsLatin1(path);
    const { code, stdout } = await cli(["validate"]);
    expect(code).toBe(1);
    expect(stdout.trim()).toBe(
      `${rel}:${line}:${col}: not UTF-8 text (byte 0xE9): save it as UTF-8`,
    );
    expect(readFileSync(path)).toEqual(bytes);
  });

  it("is not let into a commit: validate --staged reads what is staged", async () => {
    const { path, line, col } = retroWithAccent();
    const good = readFileSync(path);
    saveAsLatin1(path);
    gitIn(repo, dir, "add", ".");
    // Fixed in the working tree, still Latin-1 in what would be committed.
    writeFileSync(path, good);
    const staged = await cli(["validate", "--staged"]);
    expect(staged.code).toBe(1);
    expect(staged.stdout).toContain(`${rel}:${line}:${col}: not UTF-8 text (byte 0xE9)`);
  });

  it("is a warning with its place in list, search, show and export, never text with U+FFFD", async () => {
    const { path, line, col } = retroWithAccent();
    saveAsLatin1(path);
    writeRetro(join(repo, "retros"), { candidate: "ats-2", suffix: "ok22" });
    const warning = `warning: ${rel}:${line}:${col}: not UTF-8 text (byte 0xE9): save it as UTF-8`;
    for (const args of [["list"], ["search", "question"], ["export", "--format", "csv"]]) {
      const { code, stdout, stderr } = await cli(args);
      expect(code, args[0]).toBe(0);
      expect(stderr, args[0]).toContain(warning);
      expect(stdout, args[0]).toContain("ats-2");
      expect(stdout, args[0]).not.toContain("k7f3");
      expect(stdout + stderr, args[0]).not.toContain("\ufffd");
    }
    const shown = await cli(["show", path]);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toContain(`${rel}:${line}:${col}: not UTF-8 text (byte 0xE9)`);
  });
});

describe("an edit saved in Latin-1", () => {
  it("is not saved over the retro: the problem is shown with its place, and the file kept", async () => {
    const { path, line, col } = retroWithAccent();
    const before = readFileSync(path);
    const editor = join(dir, "latin1-editor.sh");
    // What an editor set to Latin-1 writes: é as the one byte 0xE9, and a changed word.
    writeFileSync(editor, `#!/bin/sh\nsed -i 's/\\xc3\\xa9/\\xe9/g; s/too late/late/' "$1"\n`);
    chmodSync(editor, 0o755);
    const { code, stderr } = await cli(["edit", "latest"], { EDITOR: editor });
    expect(code).toBe(1);
    expect(stderr).toContain(`${rel}:${line}:${col}: not UTF-8 text (byte 0xE9): save it as UTF-8`);
    expect(stderr).toContain(`Not saved: ${rel} was not changed; your edit is kept in`);
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(join(repo, "retros", "2026")).sort()).toEqual([
      ".2026-11-27-backend-ats-1-k7f3.editing.yaml",
      "2026-11-27-backend-ats-1-k7f3.yaml",
    ]);
  });
});

describe("other text the tool reads, in Latin-1", () => {
  it("a repo's config: a usage error at its place, nothing written", async () => {
    writeFileSync(
      join(repo, ".interview-retro.yaml"),
      Buffer.from("# Réglages de l'équipe\ndir: retros\n", "latin1"),
    );
    const { code, stderr } = await cli(["list"]);
    expect(code).toBe(2);
    expect(stderr).toContain(".interview-retro.yaml:1:4: not UTF-8 text (byte 0xE9)");
  });

  it("a team's template: reported with its place, the others listed", async () => {
    writeFileSync(join(repo, ".interview-retro.yaml"), "templates_dir: t\n");
    mkdirSync(join(repo, "t"));
    writeFileSync(
      join(repo, "t", "equipe.yaml"),
      Buffer.from("id: equipe\nversion: 1\ntitle: Modèle\n", "latin1"),
    );
    const { code, stdout, stderr } = await cli(["templates"]);
    expect(code).toBe(1);
    expect(stderr).toContain("equipe.yaml: not UTF-8 text at line 3, column 11");
    expect(stdout).toMatch(/^default /m);
  });

  it("answers from --from (a file or stdin): refused at their place, no retro written", async () => {
    const answers =
      "spot_difficulty_earlier: Léa\nquestions_appropriate: yes\ncandidate_strengths: yes\n";
    writeFileSync(join(repo, "answers.yaml"), Buffer.from(answers, "latin1"));
    const newFrom = (from: string) => ["new", "--no-input", "--candidate", "ats-9", "--from", from];
    const fromFile = await cli(newFrom("answers.yaml"));
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain("answers.yaml:1:27: not UTF-8 text (byte 0xE9)");
    const fromStdin = await cli(newFrom("-"), {}, Buffer.from(answers, "latin1"));
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stderr).toContain("<stdin>:1:27: not UTF-8 text (byte 0xE9)");
    expect(readdirSync(repo)).not.toContain("retros");
  });
});
