import { type ConfigKey, SETTINGS } from "../domain/config.js";
import { ExitCode } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { displayPath } from "../ui/display-path.js";
import { renderConfig } from "../ui/render-config.js";
import { toJson } from "../ui/safe-text.js";
import type { World } from "../world.js";

/** Prints the effective settings and where each came from. */
export async function configCommand(options: { json?: boolean }, world: World): Promise<number> {
  const { values, sources, repoConfig, userConfig } = await loadConfig({
    cwd: world.cwd,
    env: world.env,
  });
  const keys = Object.keys(SETTINGS) as ConfigKey[];
  if (options.json) {
    const settings = Object.fromEntries(
      keys.map((key) => [key, { value: values[key] ?? null, source: sources[key] }]),
    );
    world.stdout.write(toJson({ settings, repoConfig: repoConfig ?? null, userConfig }));
    return ExitCode.ok;
  }
  const settings = keys.map((key) => ({
    key,
    value: values[key],
    isPath: SETTINGS[key].kind === "path",
    source: sources[key],
  }));
  world.stdout.write(`${renderConfig(settings, world.cwd).join("\n")}\n`);
  world.stderr.write(
    `repo config: ${repoConfig ? displayPath(world.cwd, repoConfig) : "none found"}; user config: ${displayPath(world.cwd, userConfig)}\n`,
  );
  return ExitCode.ok;
}
