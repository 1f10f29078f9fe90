import { execFile } from "node:child_process";

/** `git config user.name` as seen from `cwd`, or undefined when git or the setting is absent. */
export function gitUserName(cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile("git", ["config", "user.name"], { cwd, env, timeout: 5000 }, (error, stdout) => {
      const name = stdout.trim();
      resolvePromise(error || name === "" ? undefined : name);
    });
  });
}
