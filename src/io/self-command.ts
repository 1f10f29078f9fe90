import { join } from "node:path";
import { packageRoot } from "../package-root.js";

/**
 * How to run this very program again, whichever way it was installed or
 * started (a global install, a clone, npx): the Node binary that runs now and
 * the package's own entry script. The pre-commit hook uses it to find the tool
 * without asking a package registry.
 */
export interface SelfCommand {
  node: string;
  script: string;
}

export const selfCommand = (): SelfCommand => ({
  node: process.execPath,
  script: join(packageRoot(), "bin", "interview-retro.js"),
});

/** The variables through which a commit made by this program tells the hook how to run it. */
export const selfCommandEnv = ({ node, script }: SelfCommand = selfCommand()) => ({
  INTERVIEW_RETRO_NODE: node,
  INTERVIEW_RETRO_SCRIPT: script,
});
