import { execFile } from "node:child_process";

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

export function git(cwd: string, env: NodeJS.ProcessEnv, args: string[]): Promise<GitResult> {
  return new Promise((resolvePromise) => {
    execFile("git", args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolvePromise({ ok: !error, stdout, stderr: (stderr || (error?.message ?? "")).trim() });
    });
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

/**
 * Commits `path` and nothing else: whatever else is staged stays staged and
 * out of the commit (`git commit --only`).
 */
export async function commitOnly(
  cwd: string,
  env: NodeJS.ProcessEnv,
  path: string,
  message: string,
): Promise<GitResult> {
  const added = await git(cwd, env, ["add", "--", path]);
  if (!added.ok) return added;
  return git(cwd, env, ["commit", "--only", "--quiet", "-m", message, "--", path]);
}

export function push(cwd: string, env: NodeJS.ProcessEnv): Promise<GitResult> {
  return git(cwd, env, ["push", "--quiet"]);
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

/** A file as it is staged (`git show :path`), not as it is in the working tree. */
export async function stagedText(
  cwd: string,
  env: NodeJS.ProcessEnv,
  path: string,
): Promise<string | undefined> {
  const result = await git(cwd, env, ["show", `:${path}`]);
  return result.ok ? result.stdout : undefined;
}
