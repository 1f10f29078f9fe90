import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { DRAFT_FORMAT, type Draft } from "../domain/draft.js";
import { isRecord } from "../domain/issues.js";
import type { Located } from "../domain/located.js";
import { writeAtomically } from "./atomic-write.js";
import { MAX_FILE_BYTES } from "./batch-reader.js";
import { describeFsError } from "./fs-errors.js";
import { readTextFile } from "./text-file.js";

/**
 * Drafts live under `$XDG_STATE_HOME/interview-retro/drafts` (default
 * `~/.local/state/…`): outside any repository, so they are never committed,
 * and readable by the user alone (folder 0700, files 0600). Each save is
 * atomic: a crash mid-write leaves the previous draft whole.
 */

export function draftsDir(env: NodeJS.ProcessEnv): string {
  const state = env.XDG_STATE_HOME || join(env.HOME || homedir(), ".local", "state");
  return join(state, "interview-retro", "drafts");
}

export function draftPath(env: NodeJS.ProcessEnv, id: string): string {
  return join(draftsDir(env), `${id}.json`);
}

export async function saveDraft(env: NodeJS.ProcessEnv, draft: Draft): Promise<void> {
  const dir = draftsDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Through a symbolic link the mode would change its target, a folder the tool does not own.
  if (!lstatSync(dir).isSymbolicLink()) chmodSync(dir, 0o700);
  await writeAtomically(draftPath(env, draft.id), `${JSON.stringify(draft, null, 2)}\n`, {
    mode: 0o600,
    replace: true,
  });
}

export function deleteDraft(env: NodeJS.ProcessEnv, id: string): void {
  try {
    rmSync(draftPath(env, id), { force: true });
  } catch (error) {
    // A path through a file: no draft can be there to remove.
    if ((error as NodeJS.ErrnoException).code !== "ENOTDIR") throw error;
  }
}

/** Every readable draft, newest first; an unreadable one is reported and left alone. */
export function listDrafts(
  env: NodeJS.ProcessEnv,
  onWarning: (warning: Located) => void = () => {},
): Draft[] {
  const dir = draftsDir(env);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  const drafts: Draft[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const data: unknown = JSON.parse(readTextFile(path, MAX_FILE_BYTES));
      if (isDraft(data)) drafts.push(data);
      else
        onWarning({ path, message: "not a draft of this version of interview-retro, left alone" });
    } catch (error) {
      // Not JSON.parse's words: they quote the text around the fault, and a draft holds answers.
      const why = error instanceof SyntaxError ? "not valid JSON" : describeFsError(error);
      onWarning({ path, message: `unreadable draft, left alone (${why})` });
    }
  }
  return drafts.sort((a, b) =>
    a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0,
  );
}

function isDraft(data: unknown): data is Draft {
  return (
    isRecord(data) &&
    data.draft === DRAFT_FORMAT &&
    typeof data.id === "string" &&
    typeof data.dir === "string" &&
    typeof data.updated_at === "string" &&
    isRecord(data.template) &&
    typeof data.template.id === "string" &&
    isRecord(data.context) &&
    isRecord(data.answers)
  );
}
