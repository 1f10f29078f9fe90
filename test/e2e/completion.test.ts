import { execFileSync, spawnSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { saveDraft } from "../../src/io/drafts.js";
import { binaryEnv, runBinary } from "../helpers/binary.js";
import { binOnPath, itWith } from "../helpers/tools.js";
import { tempDir } from "../helpers/world.js";

let dir: string;
let env: NodeJS.ProcessEnv;
let retroId: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  env = binaryEnv(dir, { PATH: `${binOnPath(dir)}:${process.env.PATH}` });
  writeFileSync(
    join(dir, ".interview-retro.yaml"),
    "roles: [backend, frontend]\nstages: [screen, onsite]\n",
  );
  const written = runBinary(
    ["--no-input", "--candidate", "ats-1", "--role", "backend", "--date", "2026-11-20"].concat(
      ["spot_difficulty_earlier=x", "questions_appropriate=yes", "candidate_strengths=no"].flatMap(
        (answer) => ["--answer", answer],
      ),
    ),
    { cwd: dir, env },
  );
  expect(written.code, written.stderr).toBe(0);
  retroId = written.stdout.trim().split("/").at(-1)?.replace(".yaml", "") ?? "";
  // Named like retros of that month, but show refuses them: completion offers neither.
  const year = join(dir, "retros", "2026");
  writeFileSync(join(dir, "outside.yaml"), "not in the retros folder\n");
  symlinkSync(join(dir, "outside.yaml"), join(year, "2026-11-21-backend-ats-2-link.yaml"));
  execFileSync("mkfifo", [join(year, "2026-11-22-backend-ats-3-fifo.yaml")]);
  await saveDraft(env, {
    draft: 1,
    id: "20261127-1530-ab12",
    started_at: "2026-11-27T15:30:00+01:00",
    updated_at: "2026-11-27T15:31:00+01:00",
    dir: join(dir, "retros"),
    template: { id: "default", version: 1, questions: {} },
    context: {},
    answers: {},
  });
});
afterAll(() => cleanup());

/** What each shell's completion offers for a command line typed up to its end. */
const shells = {
  bash: (line: string) => {
    const words = line.split(" ");
    const script = `source <(interview-retro completion bash)
COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}
_interview_retro; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return spawnSync("bash", ["-c", script], { cwd: dir, env, encoding: "utf8" });
  },
  // Outside the line editor, zsh's completion builtins are stand-ins that print what they get.
  zsh: (line: string) => {
    const words = line.split(" ");
    const script = `compadd() { shift; print -l -- "$@"; }; _files() { print '<files>'; }; compdef() { :; }
source <(interview-retro completion zsh)
words=(${words.map((word) => `'${word}'`).join(" ")}); CURRENT=${words.length}; _interview_retro`;
    return spawnSync("zsh", ["-f", "-c", script], { cwd: dir, env, encoding: "utf8" });
  },
  fish: (line: string) =>
    spawnSync(
      "fish",
      ["--no-config", "-c", `interview-retro completion fish | source; complete -C '${line}'`],
      { cwd: dir, env, encoding: "utf8" },
    ),
};

describe.each(Object.entries(shells))("completion in %s", (shell, complete) => {
  const offered = (line: string) => {
    const result = complete(line);
    expect(result.status, result.stderr).toBe(0);
    // Fish sorts what it offers; the others keep the program's order.
    return result.stdout.split("\n").filter(Boolean).sort();
  };

  itWith(shell)("completes commands, flags, choices, templates, roles, stages and ids", () => {
    expect(offered("interview-retro st")).toEqual(["stats"]);
    expect(offered("interview-retro sy")).toEqual(["sync"]);
    expect(offered("interview-retro list --ro")).toEqual(["--role"]);
    expect(offered("interview-retro new --template ")).toEqual([
      "default",
      "difficult",
      "exchange",
    ]);
    expect(offered("interview-retro new --role ")).toEqual(["backend", "frontend"]);
    expect(offered("interview-retro --stage ")).toEqual(["onsite", "screen"]);
    expect(offered("interview-retro stats --by m")).toEqual(["month"]);
    expect(offered("interview-retro templates show d")).toEqual(["default", "difficult"]);
    expect(offered("interview-retro show ")).toEqual([retroId, "latest"].sort());
    expect(offered("interview-retro edit 2026-11")).toEqual([retroId]);
    expect(offered("interview-retro resume ")).toEqual(["20261127-1530-ab12"]);
    expect(offered("interview-retro completion ")).toEqual(["bash", "fish", "zsh"]);
  });
});

describe("the completion script", () => {
  itWith("bash")("lets bash complete file names where no value is known", () => {
    expect(shells.bash("interview-retro validate ").stdout.trim()).toBe("");
    expect(runBinary(["completion", "bash"], { cwd: dir, env }).stdout).toContain(
      "complete -o default -F _interview_retro interview-retro",
    );
  });

  itWith("zsh")("falls back to zsh's file completion", () => {
    expect(shells.zsh("interview-retro validate ").stdout.trim()).toBe("<files>");
  });

  itWith("bash")("an unknown shell is bad usage", () => {
    const result = runBinary(["completion", "ksh"], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bash, zsh, fish");
  });
});
