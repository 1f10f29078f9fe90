import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import {
  type Config,
  type ConfigKey,
  type ConfigValues,
  checkConfigData,
  checkSetting,
  DEFAULTS,
  SETTINGS,
} from "../domain/config.js";
import { formatLocated } from "../domain/located.js";
import { UsageError } from "../errors.js";
import { readCanonicalYaml } from "./canonical-yaml.js";
import { describeFsError } from "./fs-errors.js";
import { isWithin, realExisting } from "./real-path.js";
import { readTextFile } from "./text-file.js";
import { NotUtf8Error } from "./utf8.js";

/**
 * Loads the effective settings and where each came from. Precedence, lowest
 * first: built-in defaults < user config < repo config < environment < flags.
 * Relative paths in a file are relative to that file's folder; in the
 * environment or a flag, to the current folder.
 */

export const REPO_CONFIG_FILE = ".interview-retro.yaml";

export interface LoadedConfig {
  values: Config;
  /** For each setting: "default", "flag --dir", "env INTERVIEW_RETRO_DIR", or the file it came from. */
  sources: Record<ConfigKey, string>;
  repoConfig?: string;
  userConfig: string;
}

export interface ConfigInput {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Values typed on the command line, by setting; undefined ones are ignored. */
  flags?: Partial<Record<ConfigKey, unknown>>;
}

export function userConfigPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "interview-retro", "config.yaml");
}

export function findRepoConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, REPO_CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function loadConfig({ cwd, env, flags = {} }: ConfigInput): Promise<LoadedConfig> {
  const values: Record<string, unknown> = { ...DEFAULTS, dir: resolve(cwd, DEFAULTS.dir) };
  const sources = Object.fromEntries(
    Object.keys(SETTINGS).map((key) => [key, "default"]),
  ) as Record<ConfigKey, string>;
  const apply = (found: ConfigValues, source: string, base: string) => {
    for (const [key, value] of Object.entries(found) as [ConfigKey, unknown][]) {
      values[key] = SETTINGS[key].kind === "path" ? resolvePath(base, value as string, env) : value;
      sources[key] = source;
    }
  };

  const userConfig = userConfigPath(env);
  if (existsSync(userConfig))
    apply(await readConfigFile(userConfig), userConfig, dirname(userConfig));
  const repoConfig = findRepoConfig(cwd);
  if (repoConfig) apply(await readRepoConfig(repoConfig, env), repoConfig, dirname(repoConfig));

  const problems: string[] = [];
  const overrides = (entries: [ConfigKey, unknown, string][]) => {
    for (const [key, raw, source] of entries) {
      const checked = checkSetting(key, raw);
      if (checked.problem) problems.push(`${source}: ${checked.problem}`);
      else apply({ [key]: checked.value } as ConfigValues, source, cwd);
    }
  };
  overrides(
    (Object.entries(SETTINGS) as [ConfigKey, { env?: string }][])
      .filter(
        ([, setting]) =>
          setting.env !== undefined && env[setting.env] !== undefined && env[setting.env] !== "",
      )
      .map(([key, setting]) => [key, env[setting.env as string], `env ${setting.env}`]),
  );
  overrides(
    (Object.entries(flags) as [ConfigKey, unknown][])
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [
        key,
        value,
        `flag --${key.replace("git.", "").replaceAll("_", "-")}`,
      ]),
  );
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return {
    values: values as unknown as Config,
    sources,
    ...(repoConfig ? { repoConfig } : {}),
    userConfig,
  };
}

/**
 * A repository's own config file, checked, with its `dir` (when it sets one)
 * resolved and kept inside the repository.
 */
export async function readRepoConfig(path: string, env: NodeJS.ProcessEnv): Promise<ConfigValues> {
  const found = await readConfigFile(path);
  if (found.dir === undefined) return found;
  const dir = resolvePath(dirname(path), found.dir, env);
  keepInside(path, dir);
  return { ...found, dir };
}

/**
 * A repo's config comes with a clone: its `dir` must stay inside the
 * repository (the folder holding the config), or candidate notes would land
 * wherever a stranger chose. A person's own config, the environment and
 * --dir may point anywhere.
 */
function keepInside(repoConfig: string, dir: string): void {
  const root = dirname(repoConfig);
  // As written and as it really is: a committed symbolic link may lead out too.
  if (isWithin(root, dir) && isWithin(realExisting(root), realExisting(dir))) return;
  const text = readTextFile(repoConfig);
  const line = text.slice(0, text.search(/^dir\s*:/m)).split("\n").length;
  throw new UsageError(
    `${repoConfig}:${line}:1: dir must stay inside the repository: a repo's config cannot send retros to ${dir}. Set it in your own config, INTERVIEW_RETRO_DIR or --dir instead`,
  );
}

function resolvePath(base: string, value: string, env: NodeJS.ProcessEnv): string {
  if (value === "~" || value.startsWith("~/")) return join(env.HOME || homedir(), value.slice(1));
  return resolve(base, value);
}

/**
 * Reads one config file: the fast reader for a plain file, the yaml library
 * (loaded only then) for anything else and for every error, so that a problem
 * is reported with its line and column.
 */
async function readConfigFile(path: string): Promise<ConfigValues> {
  let text: string;
  try {
    text = readTextFile(path);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new UsageError(formatLocated(error.problem));
    throw new UsageError(`${path}: cannot read the config (${describeFsError(error)})`);
  }
  const fast = readCanonicalYaml(text);
  if (fast !== undefined) {
    const checked = checkConfigData(fast);
    if (checked.issues.length === 0) return checked.values;
  }
  const { parseYamlSource, locate, sourceData } = await import("./yaml-source.js");
  const { source, problems } = parseYamlSource(path, text);
  if (problems.length > 0) throw new UsageError(problems.map(formatLocated).join("\n"));
  const read = sourceData(source);
  if ("problem" in read) throw new UsageError(formatLocated(read.problem));
  const checked = checkConfigData(read.data);
  if (checked.issues.length > 0) {
    throw new UsageError(
      checked.issues.map((issue) => formatLocated(locate(source, issue))).join("\n"),
    );
  }
  return checked.values;
}
