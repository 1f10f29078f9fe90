import { rmSync, unlinkSync } from "node:fs";
import { dirname, relative } from "node:path";
import { editCopyPath } from "../domain/naming.js";
import { CancelledError, ExitCode, UsageError } from "../errors.js";
import { describeFsError } from "../io/fs-errors.js";
import { commit, git, gitTopLevel, mainRemote } from "../io/git.js";
import { displayPath } from "../ui/display-path.js";
import { shellWord } from "../ui/shell-word.js";
import type { World } from "../world.js";
import { holdingInterrupts } from "./interrupts.js";
import { withPrompter } from "./with-prompter.js";

/**
 * What `prune` and `forget` share: show what goes, confirm (or --yes, or
 * --dry-run), delete, stage the deletions in git and, with --commit, commit
 * them alone; then say plainly that git history still holds the files, and
 * print (never run) the commands that purge it.
 */

export interface EraseOptions {
  yes?: boolean;
  dryRun?: boolean;
  commit?: boolean;
  input?: boolean;
  color?: boolean;
}

/** Unfinished drafts that go with the retros (forget): listed, confirmed and deleted with them. */
export interface DraftsToo {
  count: number;
  remove: () => void;
}

export async function erase(
  /** The retro files to delete. */
  paths: readonly string[],
  what: { title: string; commitMessage: string },
  options: EraseOptions,
  world: World,
  drafts: DraftsToo = { count: 0, remove: () => {} },
): Promise<number> {
  if (paths.length === 0 && drafts.count === 0) {
    world.stderr.write(`No ${what.title}: nothing to delete.\n`);
    return ExitCode.ok;
  }
  world.stderr.write(`${what.title[0]?.toUpperCase()}${what.title.slice(1)}: ${paths.length}\n`);
  for (const path of paths) world.stdout.write(`${displayPath(world.cwd, path)}\n`);
  if (drafts.count > 0)
    world.stderr.write(
      `and ${drafts.count} unfinished ${drafts.count === 1 ? "draft" : "drafts"} about them\n`,
    );
  if (options.dryRun) {
    world.stderr.write("Dry run: nothing was deleted.\n");
    return ExitCode.ok;
  }
  if (!options.yes) {
    const interactive = options.input !== false && world.stdin.isTTY === true;
    if (!interactive)
      throw new UsageError(
        "deleting retros cannot be undone: pass --yes to do it without a terminal (or --dry-run to see)",
      );
    const sure = await withPrompter(world, options, (prompter) =>
      prompter.confirm({
        message: `Delete ${paths.length + drafts.count === 1 ? "this" : "these"} for good?`,
        default: false,
      }),
    );
    if (!sure) {
      world.stderr.write("Nothing was deleted.\n");
      return ExitCode.ok;
    }
  }
  // Once confirmed, the files go, and what went is staged (and committed), as
  // one step: an interrupt in between (Ctrl-C, a closed terminal) left
  // deletions unstaged, which a second run neither stages nor names in the
  // history notice. It is noted, and ends the command once the step is done.
  const { result: code, signal } = await holdingInterrupts(() =>
    deleteAndRecord(paths, what, options, world, drafts),
  );
  if (signal)
    throw new CancelledError("Interrupted once the deletions above were made and staged.", signal);
  return code;
}

/** Deletes the files and drafts, stages the deletions, commits them with --commit, and says what history still holds. */
async function deleteAndRecord(
  paths: readonly string[],
  what: { title: string; commitMessage: string },
  options: EraseOptions,
  world: World,
  drafts: DraftsToo,
): Promise<number> {
  // Another run may delete some of them first: what is said, staged and committed is what this one deleted.
  // One that cannot be deleted (a read-only folder) is named, and the others still go.
  let notDeleted = 0;
  const deleted = paths.filter((path) => {
    const outcome = deleteHere(path);
    if (typeof outcome === "string") {
      notDeleted++;
      world.stderr.write(`cannot delete ${displayPath(world.cwd, path)}: ${outcome}\n`);
      return false;
    }
    return outcome;
  });
  drafts.remove();
  world.stderr.write(
    `Deleted ${deleted.length} ${deleted.length === 1 ? "retro" : "retros"}${drafts.count > 0 ? ` and ${drafts.count} ${drafts.count === 1 ? "draft" : "drafts"}` : ""}${notDeleted > 0 ? `; ${notDeleted} could not be deleted` : ""}.\n`,
  );
  const outcome = notDeleted > 0 ? ExitCode.problem : ExitCode.ok;

  // The repository that holds the retros (--dir may name one elsewhere than here).
  const top = deleted[0] && (await gitTopLevel(dirname(deleted[0]), world.env));
  if (!top) return outcome;
  const inRepo = deleted.map((path) => relative(top, path));
  // The paths go on git's stdin: thousands of them (prune over a big folder)
  // overflow a command line (E2BIG). update-index, not `git rm --cached`: with
  // 40,000 pathspecs, rm took 28 s to match them; this takes 0.1 s.
  const staged = await git(
    top,
    world.env,
    ["update-index", "--force-remove", "-z", "--stdin"],
    inRepo.join("\0"),
  );
  if (!staged.ok) {
    world.stderr.write(`The deletions could not be staged: ${staged.stderr.split("\n")[0]}\n`);
    return ExitCode.problem;
  }
  // A retro never committed leaves nothing to commit, and no history to erase.
  const committedBefore = await committedPaths(top, world.env);
  const inHistory = inRepo.filter((path) => committedBefore.has(path));
  if (inHistory.length === 0) return outcome;
  let code: number = outcome;
  let committedNow = false;
  if (options.commit) {
    // `:(literal)`: a file named with `*` or `[` must not commit the other files it matches.
    const committed = await commit(
      top,
      world.env,
      [
        "--only",
        "--quiet",
        "-m",
        what.commitMessage,
        "--pathspec-from-file=-",
        "--pathspec-file-nul",
      ],
      inHistory.map((path) => `:(literal)${path}`).join("\0"),
    );
    committedNow = committed.ok;
    if (committed.ok) world.stderr.write(`✔ Committed: ${what.commitMessage}\n`);
    else {
      world.stderr.write(
        `The deletions are staged but not committed: git said: ${committed.stderr.split("\n").slice(-1)[0]}\n`,
      );
      code = ExitCode.problem;
    }
  } else {
    world.stderr.write("The deletions are staged: commit them (or pass --commit next time).\n");
  }
  const head = (await git(top, world.env, ["rev-parse", "HEAD"])).stdout.trim();
  world.stderr.write(
    historyNotice({
      top,
      paths: inHistory,
      former: await formerNames(top, world.env, inHistory),
      listedBy: committedNow ? { commit: head } : { since: head },
      remote: await mainRemote(top, world.env),
    }),
  );
  return code;
}

/** The files of the last commit (none before the first), as paths from the top of the repository. */
async function committedPaths(top: string, env: NodeJS.ProcessEnv): Promise<Set<string>> {
  const listed = await git(top, env, ["ls-tree", "-r", "-z", "--name-only", "HEAD"]);
  return new Set(listed.ok ? listed.stdout.split("\0") : []);
}

/**
 * Deletes the file, and what an earlier edit kept of it: true when done,
 * false when the file was already gone (another run took it first), or why
 * it could not be deleted.
 */
function deleteHere(path: string): boolean | string {
  try {
    rmSync(editCopyPath(path), { force: true });
    unlinkSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    return describeFsError(error);
  }
}

/**
 * The names the files had before `edit` renamed them (a fixed date, role or
 * candidate): history holds them under those names too. Taken from git's
 * renames, only where both names end with the same random suffix, as the
 * tool's renames do: git may also pair a deleted retro with an unrelated
 * new one that reads much the same.
 */
async function formerNames(
  top: string,
  env: NodeJS.ProcessEnv,
  paths: string[],
): Promise<string[]> {
  const log = await git(top, env, [
    "log",
    "-M",
    "--diff-filter=R",
    "--name-status",
    "-z",
    "--format=",
    "HEAD",
  ]);
  if (!log.ok) return [];
  const earlier = new Map<string, string[]>();
  const fields = log.stdout.split("\0");
  for (let i = 0; i + 2 < fields.length; i++) {
    // A status, after the line break that may end the commit before: the two names follow as they are.
    if (!/^\n*R\d*$/.test(fields[i] as string)) continue;
    const [from, to] = [fields[i + 1] as string, fields[i + 2] as string];
    if (suffixOf(from) === suffixOf(to)) earlier.set(to, [...(earlier.get(to) ?? []), from]);
    i += 2;
  }
  const found = new Set<string>(paths);
  const former: string[] = [];
  const walk = (path: string) => {
    for (const from of earlier.get(path) ?? []) {
      if (found.has(from)) continue;
      found.add(from);
      former.push(from);
      walk(from);
    }
  };
  for (const path of paths) walk(path);
  return former;
}

/** `-k7f3` of `retros/2026/2026-11-27-backend-ats-1-k7f3.yaml`. */
const suffixOf = (path: string) => /-[^-/]+\.ya?ml$/.exec(path)?.[0];

/** Past this many paths, filter-repo reads them from git's own list: a command line cannot hold 40,000. */
const PATHS_INLINE = 20;

/** Where the deleted files are in git: what the commands that erase them from history need. */
interface History {
  /** The repository. */
  top: string;
  /** The files, from `top`. */
  paths: string[];
  /** The names some of them had before (renamed by `edit`), from `top`. */
  former: string[];
  /**
   * How git lists them again, the same later: the commit that deleted them
   * (--commit), or the commit before, compared with the files left (a
   * commit made later does not change that list).
   */
  listedBy: { commit: string } | { since: string };
  /** The remote the history is rewritten for, if the repository has one. */
  remote: string | undefined;
}

/**
 * The commands that remove the files from every commit, printed for a person
 * to run after thought. git filter-repo rewrites nothing but a fresh clone,
 * and takes the clone's remote away (so that nothing is pushed by mistake):
 * the commands clone, rewrite, then give the remote back and push.
 */
function historyNotice({ top, paths, former, listedBy, remote }: History): string {
  const repository = shellWord(top);
  const copy = shellWord(`${top}-erase`);
  const filter = "git filter-repo --invert-paths";
  const rewrite =
    paths.length + former.length <= PATHS_INLINE
      ? [`${filter} ${inline([...paths, ...former])}`]
      : [
          `git -C ${repository} -c core.quotePath=false diff --name-only --diff-filter=D ${
            "commit" in listedBy
              ? `${listedBy.commit}~ ${listedBy.commit}`
              : `${listedBy.since} -- ${shellWord(commonFolder(paths))}`
          } | ${filter} --paths-from-file /dev/stdin`,
          // A second rewrite of the clone, no longer fresh: --force says that is meant.
          ...(former.length > 0 ? [`${filter} --force ${inline(former)}`] : []),
        ];
  const steps =
    remote === undefined
      ? [`git clone --no-local ${repository} ${copy}`, `cd ${copy}`, ...rewrite]
      : throughRemote(repository, shellWord(remote), copy, rewrite);
  return `
Git history still holds these files: anyone with a clone can read them in older commits.
To erase them from history too (this rewrites history: agree on it with your team first,
then everyone re-clones), run these. git filter-repo (installed apart from git)
rewrites only a fresh clone, so they make one${
    remote === undefined
      ? ":"
      : `. They clone ${remote}: first push the commits that are\nonly here (interview-retro sync), or they are left out.`
  }
${steps.map((step) => `  ${step}`).join("\n")}
${remote === undefined ? `Then work in ${copy}: move anything not committed yet over to it, and delete ${repository}.\n` : ""}`;
}

/** Clone the remote, rewrite, give the remote back, push. */
function throughRemote(
  repository: string,
  remote: string,
  copy: string,
  rewrite: string[],
): string[] {
  // The remote's address is asked of git as the commands run: printed, it could hold a token.
  const url = `"$(git -C ${repository} remote get-url ${remote})"`;
  return [
    // From the repository: a remote given as a relative path is found from there, as git fetch finds it.
    `git -C ${repository} clone ${url} ${copy}`,
    `cd ${copy}`,
    ...rewrite,
    `git remote add ${remote} ${url}`,
    `git push --force --all ${remote} && git push --force --tags ${remote}`,
  ];
}

const inline = (paths: readonly string[]) =>
  paths.map((path) => `--path ${shellWord(path)}`).join(" ");

/** The deepest folder that holds every path. */
function commonFolder(paths: readonly string[]): string {
  let common = (paths[0] ?? "").split("/").slice(0, -1);
  for (const path of paths) {
    const parts = path.split("/");
    let same = 0;
    while (same < common.length && common[same] === parts[same]) same++;
    common = common.slice(0, same);
  }
  return common.join("/") || ".";
}
