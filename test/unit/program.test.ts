import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { runner } from "../../src/cli/common.js";
import { buildProgram, COMMAND_GROUPS } from "../../src/cli/program.js";
import { testWorld } from "../helpers/world.js";

const { world } = testWorld({ cwd: "/nonexistent" });
const ignore = () => {};
const names = (program: Command) => program.commands.map((command) => command.name());
const ALL = COMMAND_GROUPS.flatMap((group) => group.commands);

describe("setting up the commands", () => {
  it.each(COMMAND_GROUPS)("the group of $commands registers exactly those", (group) => {
    const program = new Command();
    group.register({ program, world, setExitCode: ignore, run: runner(program, world, ignore) });
    expect(names(program)).toEqual(group.commands);
  });

  it("sets up a command's own group only when it runs", () => {
    expect(names(buildProgram(world, ignore, ["search", "kafka"]))).toEqual([
      "list",
      "search",
      "show",
    ]);
    expect(names(buildProgram(world, ignore, ["stats", "--json"]))).toEqual([
      "templates",
      "stats",
      "report",
      "digest",
      "themes",
    ]);
  });

  it.each([[[]], [["--help"]], [["help", "search"]], [["serch", "kafka"]]])(
    "sets up every command for %j (help lists them, a typo gets a suggestion)",
    (args) => {
      expect(names(buildProgram(world, ignore, args)).sort()).toEqual([...ALL].sort());
    },
  );
});
