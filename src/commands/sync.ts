import { existsSync } from "node:fs";
import { ExitCode } from "../errors.js";
import { commitCount, git, gitTopLevel, pullRebasing } from "../io/git.js";
import { displayPath } from "../ui/display-path.js";
import type { World } from "../world.js";
import { configWithDir } from "./find-retros.js";
import { gitFailure, pushReported } from "./share.js";

export interface SyncOptions {
  dir?: string;
}

/**
 * The start of a day, or the end of an offline one: pull the team's retros
 * (rebasing any local commits onto them), then push the local ones.
 */
export async function syncCommand(options: SyncOptions, world: World): Promise<number> {
  const { values } = await configWithDir(options, world);
  const top = await gitTopLevel(existsSync(values.dir) ? values.dir : world.cwd, world.env);
  if (top === undefined) {
    world.stderr.write(
      `Nothing to sync: ${displayPath(world.cwd, values.dir)} is not in a git repository (interview-retro init sets one up).\n`,
    );
    return ExitCode.problem;
  }
  if ((await git(top, world.env, ["remote"])).stdout.trim() === "") {
    world.stderr.write(
      "Nothing to sync: this repository has no remote. Add the team's, and push once:\n  git remote add origin <url>\n  git push --set-upstream origin HEAD\n",
    );
    return ExitCode.problem;
  }
  const upstream = async () =>
    (await git(top, world.env, ["rev-parse", "@{upstream}"])).stdout.trim();
  const before = await upstream();
  const pulled = await pullRebasing(top, world.env);
  if (!pulled.ok) {
    world.stderr.write(gitFailure("Not synced", pulled.stderr));
    return ExitCode.problem;
  }
  const came =
    before === "" ? 0 : await commitCount(top, world.env, `${before}..${await upstream()}`);
  const ahead = await commitCount(top, world.env, "@{upstream}..HEAD");
  const pulledLine = `✔ Pulled ${came} ${came === 1 ? "commit" : "commits"}`;
  if (ahead === 0) {
    world.stderr.write(`${pulledLine}; nothing to push.\n`);
    return ExitCode.ok;
  }
  world.stderr.write(`${pulledLine}; pushing ${ahead}.\n`);
  return pushReported(world, top, "Pulled");
}
