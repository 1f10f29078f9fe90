import { existsSync } from "node:fs";
import { join } from "node:path";
import { ExitCode } from "../errors.js";
import {
  commitCount,
  followRemoteBranch,
  git,
  gitTopLevel,
  mainRemote,
  pullRebasing,
} from "../io/git.js";
import { dayOfName } from "../io/retro-files.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
import { shellWord } from "../ui/shell-word.js";
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
  const code = await pullAndPush(values.dir, top, world);
  if (top !== undefined) await sayNotShared(top, values.dir, world);
  return code;
}

async function pullAndPush(dir: string, top: string | undefined, world: World): Promise<number> {
  if (top === undefined) {
    world.stderr.write(
      `Nothing to sync: ${displayPath(world.cwd, dir)} is not in a git repository (interview-retro init sets one up).\n`,
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

/** Past this many, the retros not shared are counted, not listed. */
const LISTED = 10;

/**
 * The retros that sync could not share because they are not committed
 * (written or edited with --no-commit, or before git.commit was set): a
 * person who just synced would otherwise think the team has them.
 */
async function sayNotShared(top: string, dir: string, world: World): Promise<void> {
  const status = await git(top, world.env, [
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    dir,
  ]);
  if (!status.ok) return;
  const paths: string[] = [];
  const entries = status.stdout.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as string;
    // A rename's entry is followed by the name it had: skipped.
    if (entry[0] === "R" || entry[0] === "C") i++;
    const path = entry.slice(3);
    if (entry[1] !== "D" && entry[0] !== "D" && isRetroFile(path))
      paths.push(displayPath(world.cwd, join(top, path)));
  }
  if (paths.length === 0) return;
  const one = paths.length === 1;
  const more = paths.length > LISTED ? `\n  … and ${paths.length - LISTED} more` : "";
  const listed = paths
    .slice(0, LISTED)
    .map((path) => `  ${safeOneLine(path)}`)
    .join("\n");
  const add = `git add ${shellWord(displayPath(world.cwd, dir))} && git commit -m "retros"`;
  world.stderr.write(
    `Not shared: ${one ? "1 retro is" : `${paths.length} retros are`} not committed, so sync did not push ${one ? "it" : "them"}:\n${listed}${more}\nCommit ${one ? "it" : "them"} (${add}), then sync again.\n`,
  );
}

/** A retro's file, by its name as the tool writes it (not its hidden temporary files). */
const isRetroFile = (path: string) => dayOfName(path) !== undefined && /\.ya?ml$/.test(path);
