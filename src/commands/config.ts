import { type ConfigKey, SETTINGS } from "../domain/config.js";
import { ExitCode } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
import { padEnd, width } from "../ui/text-width.js";
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
    world.stdout.write(
      `${JSON.stringify({ settings, repoConfig: repoConfig ?? null, userConfig }, null, 2)}\n`,
    );
    return ExitCode.ok;
  }
  const shown = (key: ConfigKey) => {
    const value = values[key];
    if (value === undefined) return "(not set)";
    if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "(none)";
    if (SETTINGS[key].kind === "path") return displayPath(world.cwd, String(value));
    return String(value);
  };
  const from = (key: ConfigKey) => {
    const source = sources[key];
    return source.startsWith("/") ? displayPath(world.cwd, source) : source;
  };
  const rows = keys.map((key) => [key, safeOneLine(shown(key)), from(key)] as const);
  const keyWidth = Math.max(...rows.map(([key]) => width(key)));
  const valueWidth = Math.max(...rows.map(([, value]) => width(value)));
  for (const [key, value, source] of rows) {
    world.stdout.write(`${padEnd(key, keyWidth)}  ${padEnd(value, valueWidth)}  ${source}\n`);
  }
  world.stderr.write(
    `repo config: ${repoConfig ? displayPath(world.cwd, repoConfig) : "none found"}; user config: ${displayPath(world.cwd, userConfig)}\n`,
  );
  return ExitCode.ok;
}
