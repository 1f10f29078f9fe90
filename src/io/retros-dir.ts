import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { formatLocated } from "./located.js";

/**
 * Where the retros folder is: `--dir`, else `INTERVIEW_RETRO_DIR`, else `dir:`
 * of the nearest `.interview-retro.yaml` walking up from the current folder
 * (relative to that file), else `./retros`.
 */

export const REPO_CONFIG_FILE = ".interview-retro.yaml";

export interface RetrosDirInput {
  cwd: string;
  env: NodeJS.ProcessEnv;
  flag?: string;
}

export async function resolveRetrosDir({ cwd, env, flag }: RetrosDirInput): Promise<string> {
  if (flag) return resolve(cwd, flag);
  if (env.INTERVIEW_RETRO_DIR) return resolve(cwd, env.INTERVIEW_RETRO_DIR);
  const config = findUp(cwd, REPO_CONFIG_FILE);
  if (config) {
    const dir = await readDirSetting(config);
    if (dir) return resolve(dirname(config), dir);
  }
  return resolve(cwd, "retros");
}

export function findUp(from: string, name: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function readDirSetting(path: string): Promise<string | undefined> {
  // Loaded only when a config file exists, so a folder without one pays nothing for YAML.
  const { parseYamlSource, locate } = await import("./yaml-source.js");
  const { source, problems } = parseYamlSource(path, readFileSync(path, "utf8"));
  if (problems.length > 0) throw new UsageError(problems.map(formatLocated).join("\n"));
  const dir = source.doc.get("dir");
  if (dir === undefined || dir === null) return undefined;
  if (typeof dir !== "string" || dir.trim() === "") {
    throw new UsageError(
      formatLocated(locate(source, { path: ["dir"], message: "dir must be a folder path" })),
    );
  }
  return dir;
}
