import { basename } from "node:path";
import type { Command } from "commander";
import type { CompletionSources } from "../cli/complete-words.js";
import { completeWords } from "../cli/complete-words.js";
import { ExitCode } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { listDrafts } from "../io/drafts.js";
import { foundFileOpener, listRetroFiles, opensAsFile } from "../io/retro-files.js";
import { listTemplates, templateDirs } from "../io/templates.js";
import type { World } from "../world.js";

/**
 * `__complete -- <words>`, which the completion scripts call: one completion
 * a line. It never fails loudly: a broken config or folder completes nothing.
 */
export async function completeCommand(
  program: Command,
  words: string[],
  world: World,
): Promise<number> {
  const config = async () => (await loadConfig({ cwd: world.cwd, env: world.env })).values;
  const quiet = () => {};
  const sources: CompletionSources = {
    templateIds: async () =>
      (await listTemplates(templateDirs(await config()), quiet)).map(({ template }) => template.id),
    roles: async () => (await config()).roles,
    stages: async () => (await config()).stages,
    retroIds: async (prefix) => {
      const { dir } = await config();
      // Not a link to outside the folder, a fifo or a folder named like a retro: show refuses those.
      const open = foundFileOpener(dir);
      return listRetroFiles({ dir, namePrefix: prefix, onWarning: quiet })
        .filter((path) => opensAsFile(open, path))
        .map((path) => basename(path, ".yaml"));
    },
    draftIds: async () => listDrafts(world.env).map((draft) => draft.id),
  };
  try {
    const found = await completeWords(program, words, sources);
    if (found.length > 0) world.stdout.write(`${found.join("\n")}\n`);
  } catch {
    // Completion is a convenience: whatever went wrong, the shell falls back to file names.
  }
  return ExitCode.ok;
}
