import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Opens `file` in `$VISUAL`, else `$EDITOR`, else vi, and waits for it to
 * close. The variable may hold arguments (`code --wait`): like git, it is run
 * through the shell, with the file as its last argument.
 */
export function openInEditor(
  file: string,
  env: NodeJS.ProcessEnv,
): { ok: boolean; editor: string; problem?: string } {
  const editor = env.VISUAL || env.EDITOR || "vi";
  // Blank, the shell would run the file itself as a command.
  if (editor.trim() === "") {
    const name = env.VISUAL ? "$VISUAL" : "$EDITOR";
    return {
      ok: false,
      editor,
      problem: `${name} holds only spaces: set it to your editor's command (for example "code --wait"), or unset it to use vi`,
    };
  }
  // Loaded here, not with the module: node:child_process costs every start some 5 ms.
  const { spawnSync } = process.getBuiltinModule("node:child_process");
  const result = spawnSync("sh", ["-c", `${editor} "$@"`, editor, file], { stdio: "inherit", env });
  return { ok: result.status === 0, editor };
}

/**
 * Text written in the editor, starting from `initial`: in a temporary file
 * readable by the user alone, in a folder of its own (answers are personal
 * data), removed when the editor closes. Undefined when the editor failed.
 */
export function editText(
  initial: string,
  env: NodeJS.ProcessEnv,
): { text: string | undefined; editor: string; problem?: string } {
  const folder = mkdtempSync(join(tmpdir(), "interview-retro-"));
  try {
    const file = join(folder, "answer.md");
    writeFileSync(file, initial, { mode: 0o600 });
    const { ok, editor, problem } = openInEditor(file, env);
    return {
      text: ok ? readFileSync(file, "utf8") : undefined,
      editor,
      ...(problem ? { problem } : {}),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
