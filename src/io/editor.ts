import { spawnSync } from "node:child_process";

/**
 * Opens `file` in `$VISUAL`, else `$EDITOR`, else vi, and waits for it to
 * close. The variable may hold arguments (`code --wait`): like git, it is run
 * through the shell, with the file as its last argument.
 */
export function openInEditor(
  file: string,
  env: NodeJS.ProcessEnv,
): { ok: boolean; editor: string } {
  const editor = env.VISUAL || env.EDITOR || "vi";
  const result = spawnSync("sh", ["-c", `${editor} "$@"`, editor, file], { stdio: "inherit", env });
  return { ok: result.status === 0, editor };
}
