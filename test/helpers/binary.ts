import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/interview-retro.js", import.meta.url));

/**
 * The Node that runs the built binary: this one, or the one named by
 * INTERVIEW_RETRO_TEST_NODE (.ci/run runs the end-to-end tests again on
 * Node 22 and 24 that way; see scripts/test-on-node.mjs).
 */
export const NODE = process.env.INTERVIEW_RETRO_TEST_NODE || process.execPath;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment the built binary sees in tests: no colour forcing, a known git identity source. */
export function binaryEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: `${home}/.config`,
    XDG_STATE_HOME: `${home}/.local/state`,
    GIT_CONFIG_NOSYSTEM: "1",
    TZ: "Europe/Paris",
    LANG: "C.UTF-8",
    ...extra,
  };
}

/** Runs the built binary to completion, with no terminal. */
export function runBinary(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string },
): RunResult {
  const result = spawnSync(NODE, [BIN, ...args], {
    cwd: options.cwd,
    env: options.env ?? binaryEnv(options.cwd),
    input: options.input ?? "",
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
