import { existsSync } from "node:fs";
import { ExitCode } from "../errors.js";
import {
  commitCount,
  followRemoteBranch,
  git,
  gitTopLevel,
  mainRemote,
  pullRebasing,
} from "../io/git.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
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
  if ((await mainRemote(top, world.env)) === undefined) {
    world.stderr.write(
      "Nothing to sync: this repository has no remote. Add the team's, then sync again:\n  git remote add origin <url>\n  interview-retro sync\n",
    );
    return ExitCode.problem;
  }
  const followed = await followRemoteBranch(top, world.env);
  if (!followed.ok) {
    world.stderr.write(gitFailure("Not synced", followed.stderr));
    return ExitCode.problem;
  }
  if (followed.toCreate) {
    const { remote, branch } = followed.toCreate;
    const ahead = await commitCount(top, world.env, "HEAD");
    const nothing = `✔ Nothing to pull: ${safeOneLine(remote)} has no branch ${safeOneLine(branch)} yet`;
    world.stderr.write(`${nothing}; ${ahead === 0 ? "nothing to push" : `pushing ${ahead}`}.\n`);
    return ahead === 0 ? ExitCode.ok : pushReported(world, top, "Nothing to pull");
  }
  const head = (
    await git(top, world.env, ["rev-parse", "--verify", "--quiet", "HEAD"])
  ).stdout.trim();
  const pulled = await pullRebasing(top, world.env);
  if (!pulled.ok) {
    world.stderr.write(gitFailure("Not synced", pulled.stderr));
    return ExitCode.problem;
  }
  // What came into this branch: on a branch that has just begun to follow its remote's, all of that.
  const came = await commitCount(
    top,
    world.env,
    head === "" ? "@{upstream}" : `${head}..@{upstream}`,
  );
  const ahead = await commitCount(top, world.env, "@{upstream}..HEAD");
  const pulledLine = `✔ Pulled ${came} ${came === 1 ? "commit" : "commits"}`;
  if (ahead === 0) {
    world.stderr.write(`${pulledLine}; nothing to push.\n`);
    return ExitCode.ok;
  }
  world.stderr.write(`${pulledLine}; pushing ${ahead}.\n`);
  return pushReported(world, top, "Pulled");
}
