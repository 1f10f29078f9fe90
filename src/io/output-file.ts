import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { ProblemError } from "../errors.js";

/** Replaces `target` atomically, readable by the user alone: it holds notes about candidates. */
export async function writeOutput(target: string, text: string): Promise<void> {
  const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new ProblemError(
      `cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
}
