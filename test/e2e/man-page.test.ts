import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { itWith } from "../helpers/tools.js";
import { testWorld } from "../helpers/world.js";

const MAN_PAGE = fileURLToPath(new URL("../../dist/interview-retro.1", import.meta.url));

describe("the man page the build writes", () => {
  const page = readFileSync(MAN_PAGE, "utf8");
  const program = buildProgram(testWorld({ cwd: "/" }).world, () => {});
  const commands = program.createHelp().visibleCommands(program);

  it("documents every command and every flag that --help shows", () => {
    expect(commands.length).toBeGreaterThan(15);
    for (const command of commands.filter((command) => command.name() !== "help")) {
      expect(page).toContain(`.SS "interview\\-retro ${command.name()}`);
      for (const option of command.options)
        expect(page, `${command.name()} ${option.long}`).toContain(
          (option.long ?? "").replace(/-/g, "\\-"),
        );
    }
    expect(page).not.toContain("__complete");
  });

  itWith("man")("reads as a man page, with each command's examples", () => {
    const shown = spawnSync("man", ["--warnings", "-l", MAN_PAGE], {
      encoding: "utf8",
      env: { ...process.env, MANWIDTH: "100", MAN_KEEP_FORMATTING: "", PAGER: "cat" },
    });
    expect(shown.status).toBe(0);
    expect(shown.stderr).toBe("");
    const text = shown.stdout.replace(/.\x08/g, "");
    expect(text).toMatch(/^INTERVIEW-RETRO\(1\)/);
    expect(text).toContain("interview-retro sync [options]");
    expect(text).toContain("$ interview-retro completion bash >");
    expect(text).toContain("--no-input");
    expect(text).toContain("EXIT STATUS");
  });
});
