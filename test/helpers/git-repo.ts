import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

/** The environment for git in tests: no system or global config, a known identity. */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_DATE: "2026-11-27T12:00:00+01:00",
    GIT_COMMITTER_DATE: "2026-11-27T12:00:00+01:00",
  };
}

export function gitIn(dir: string, home: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, env: gitEnv(home), encoding: "utf8" });
}

/** A real repository with a local identity and one commit, as a team repo starts. */
export function makeRepo(dir: string, home: string): void {
  mkdirSync(dir, { recursive: true });
  gitIn(dir, home, "init", "-q", "-b", "main");
  gitIn(dir, home, "config", "user.name", "Alex Martin");
  gitIn(dir, home, "config", "user.email", "alex@example.test");
  gitIn(dir, home, "config", "commit.gpgsign", "false");
  gitIn(dir, home, "commit", "-q", "--allow-empty", "-m", "start");
}
