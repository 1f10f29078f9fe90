import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { selfCommandEnv } from "./self-command.js";

/**
 * Small wrappers around the git command line, each taking the folder it runs
 * in. Git is run as the user would run it: their identity, their hooks.
 */

export interface GitResult {
  ok: boolean;
  stdout: string;
  /** What git said on failure, trimmed, for the user. */
  stderr: string;
}

/** `input`: what git reads on its stdin, as `--pathspec-from-file=-` does. */
export async function git(
  cwd: string,
  env: NodeJS.ProcessEnv,
  args: string[],
  input = "",
): Promise<GitResult> {
  const { ok, stdout, stderr } = await runGit(cwd, env, args, {
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok, stdout: stdout.toString("utf8"), stderr };
}

/**
 * Runs git with `input` on its stdin; what it printed, as bytes, and what it
 * said on failure. Git may end without reading all of `input`: its failure is
 * what is reported, not the broken pipe.
 */
function runGit(
  cwd: string,
  env: NodeJS.ProcessEnv,
  args: string[],
  { input = "", maxBuffer }: { input?: string; maxBuffer: number },
): Promise<{ ok: boolean; stdout: Buffer; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = execFile(
      "git",
      args,
      { cwd, env, encoding: "buffer", maxBuffer },
      (error, stdout, stderr) => {
        const said = stderr.toString("utf8") || (error?.message ?? "");
        resolvePromise({ ok: !error, stdout, stderr: said.trim() });
      },
    );
    child.stdin?.on("error", () => {});
    child.stdin?.end(input);
  });
}

/** `git config user.name` as seen from `cwd`, or undefined when git or the setting is absent. */
export async function gitUserName(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const result = await git(cwd, env, ["config", "user.name"]);
  const name = result.stdout.trim();
  return result.ok && name !== "" ? name : undefined;
}

/** The top folder of the repository holding `cwd`, or undefined outside one. */
export async function gitTopLevel(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const result = await git(cwd, env, ["rev-parse", "--show-toplevel"]);
  return result.ok ? result.stdout.trim() : undefined;
}

/** The repository's remote: `origin`, else the first there is, else undefined. */
export async function mainRemote(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const result = await git(cwd, env, ["remote"]);
  const remotes = result.ok ? result.stdout.split("\n").filter(Boolean) : [];
  return remotes.includes("origin") ? "origin" : remotes[0];
}

/**
 * Commits `paths` (a retro; an edited retro's old and new names) and nothing
 * else: whatever else is staged stays staged and out of the commit
 * (`git commit --only`).
 */
export async function commitOnly(
  cwd: string,
  env: NodeJS.ProcessEnv,
  paths: string[],
  message: string,
): Promise<GitResult> {
  // A file gone that git never had (a renamed retro never committed) has nothing to commit.
  const wanted: string[] = [];
  for (const path of paths) {
    if (existsSync(path) || (await git(cwd, env, ["ls-files", "--error-unmatch", "--", path])).ok)
      wanted.push(path);
  }
  const added = await git(cwd, env, ["add", "--", ...wanted]);
  if (!added.ok) return added;
  return commit(cwd, env, ["--only", "--quiet", "-m", message, "--", ...wanted]);
}

/**
 * `git commit`, telling the pre-commit hook that init wrote how to run this
 * very program: whoever runs it from a clone or through npx may have no
 * `interview-retro` on PATH.
 */
export function commit(
  cwd: string,
  env: NodeJS.ProcessEnv,
  args: string[],
  input?: string,
): Promise<GitResult> {
  return git(cwd, { ...env, ...selfCommandEnv() }, ["commit", ...args], input);
}

/** How git says a push came second: someone else pushed first (or at the same moment). */
const BEHIND = /\[rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref/;
const PUSH_ATTEMPTS = 8;

/** The remote's branch that the checked-out branch now follows, and whether the remote has it yet. */
export interface Followed extends GitResult {
  /** Set when the remote has no such branch yet: the first push makes it, and there is nothing to pull. */
  toCreate?: { remote: string; branch: string };
}

/**
 * Makes the checked-out branch follow the remote's branch of the same name
 * when it follows none (a repository made here, then given a remote, as a
 * team lead does on day one): fetched when the remote has it, else made by
 * the first push, as `git push --set-upstream` would. With a detached HEAD or
 * no remote nothing is done: git's own words then say what is wrong.
 */
export async function followRemoteBranch(cwd: string, env: NodeJS.ProcessEnv): Promise<Followed> {
  const done: Followed = { ok: true, stdout: "", stderr: "" };
  if ((await git(cwd, env, ["rev-parse", "--verify", "--quiet", "@{upstream}"])).ok) return done;
  const head = await git(cwd, env, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  const branch = head.stdout.trim();
  const remote = await mainRemote(cwd, env);
  if (!head.ok || branch === "" || remote === undefined) return done;
  const heads = await git(cwd, env, ["ls-remote", "--heads", remote, `refs/heads/${branch}`]);
  if (!heads.ok) return heads;
  const toCreate = heads.stdout.trim() === "" ? { remote, branch } : undefined;
  if (!toCreate) {
    const fetched = await git(cwd, env, ["fetch", "--quiet", remote, branch]);
    if (!fetched.ok) return fetched;
  }
  // What --set-upstream writes; it needs no remote branch to exist yet.
  for (const [key, value] of [
    ["remote", remote],
    ["merge", `refs/heads/${branch}`],
  ] as const) {
    const set = await git(cwd, env, ["config", `branch.${branch}.${key}`, value]);
    if (!set.ok) return set;
  }
  return toCreate ? { ...done, toCreate } : done;
}

/**
 * Pushes the current branch (to the remote's branch of its name, when it
 * follows none yet). When teammates pushed first, it fetches, rebases
 * the local commits onto theirs and pushes again, a bounded number of times:
 * retro files have unique names, so this never conflicts. A rebase that does
 * conflict is undone and reported: the local commits stay as they were.
 */
export async function pushRebasing(cwd: string, env: NodeJS.ProcessEnv): Promise<GitResult> {
  const followed = await followRemoteBranch(cwd, env);
  if (!followed.ok) return followed;
  for (let attempt = 1; ; attempt++) {
    const pushed = await git(cwd, env, ["push", "--quiet"]);
    if (pushed.ok || attempt === PUSH_ATTEMPTS || !BEHIND.test(pushed.stderr)) return pushed;
    const pulled = await pullRebasing(cwd, env);
    if (!pulled.ok) return pulled;
  }
}

/** `git pull --rebase`, keeping uncommitted work aside meanwhile; a conflict is undone. */
export async function pullRebasing(cwd: string, env: NodeJS.ProcessEnv): Promise<GitResult> {
  const pulled = await git(cwd, env, ["pull", "--rebase", "--autostash", "--quiet"]);
  if (!pulled.ok && (await git(cwd, env, ["rev-parse", "--verify", "--quiet", "REBASE_HEAD"])).ok)
    await git(cwd, env, ["rebase", "--abort"]);
  return pulled;
}

/** How many commits `from..to` holds (0 when either is unknown). */
export async function commitCount(
  cwd: string,
  env: NodeJS.ProcessEnv,
  range: string,
): Promise<number> {
  const result = await git(cwd, env, ["rev-list", "--count", range]);
  return result.ok ? Number(result.stdout.trim()) : 0;
}

/** Paths (relative to the top folder) of staged files that were added, copied, modified or renamed. */
export async function stagedFiles(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string[] | undefined> {
  const result = await git(cwd, env, [
    "diff",
    "--cached",
    "--name-only",
    "--diff-filter=ACMR",
    "-z",
  ]);
  return result.ok ? result.stdout.split("\0").filter(Boolean) : undefined;
}

/** A thousand retros of a few KiB each: one git process, and a few MiB of its output, at a time. */
const STAGED_BATCH = 1000;

/**
 * Files as they are staged, not as they are in the working tree, in the
 * order given; undefined for one git cannot give. A thousand at a time
 * through `git cat-file --batch`: a `git show :path` per file took 2 min 22 s
 * over 20,000 files, in the pre-commit hook of a commit that brought them.
 */
export async function* stagedContents(
  cwd: string,
  env: NodeJS.ProcessEnv,
  paths: readonly string[],
): AsyncGenerator<{ path: string; bytes: Buffer | undefined }> {
  for (let at = 0; at < paths.length; at += STAGED_BATCH) {
    const batch = paths.slice(at, at + STAGED_BATCH);
    // Its input is a name per line: a path holding a line break is asked alone.
    const asked = batch.filter((path) => !path.includes("\n"));
    const contents = await catFileBatch(cwd, env, asked);
    for (const path of batch) {
      const bytes = contents?.get(path) ?? (await stagedBytes(cwd, env, path));
      yield { path, bytes };
    }
  }
}

/** `git cat-file --batch` over `:path` names: each found blob's bytes, by path (none if git fails). */
async function catFileBatch(
  cwd: string,
  env: NodeJS.ProcessEnv,
  paths: readonly string[],
): Promise<Map<string, Buffer> | undefined> {
  const output = await gitBytes(cwd, env, ["cat-file", "--batch"], {
    input: paths.map((path) => `:${path}\n`).join(""),
    maxBuffer: 1024 * 1024 * 1024,
  });
  return output && batchContents(output, paths);
}

/** Reads `<oid> blob <size>\n<content>\n` or `<name> missing\n`, once per name asked, in order. */
function batchContents(output: Buffer, paths: readonly string[]): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  let at = 0;
  for (const path of paths) {
    const end = output.indexOf(0x0a, at);
    if (end < 0) break;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(output.toString("latin1", at, end))?.[1];
    at = end + 1;
    if (size === undefined) continue;
    contents.set(path, output.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
  return contents;
}

/** A file as it is staged (`git show :path`), not as it is in the working tree. */
function stagedBytes(
  cwd: string,
  env: NodeJS.ProcessEnv,
  path: string,
): Promise<Buffer | undefined> {
  return gitBytes(cwd, env, ["show", `:${path}`], { maxBuffer: 64 * 1024 * 1024 });
}

/** What git prints, as bytes (a file's content, in whatever encoding it has); undefined when git fails or prints more than `maxBuffer`. */
async function gitBytes(
  cwd: string,
  env: NodeJS.ProcessEnv,
  args: string[],
  options: { input?: string; maxBuffer: number },
): Promise<Buffer | undefined> {
  const { ok, stdout } = await runGit(cwd, env, args, options);
  return ok ? stdout : undefined;
}
