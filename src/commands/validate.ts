import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { validateRetro } from "../domain/retro-validate.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { gitTopLevel, stagedFiles, stagedText } from "../io/git.js";
import { formatLocated, type Located } from "../io/located.js";
import { listRetroFiles } from "../io/retro-files.js";
import { locate, parseYamlSource } from "../io/yaml-source.js";
import { displayPath } from "../ui/display-path.js";
import { safeOneLine } from "../ui/safe-text.js";
import type { World } from "../world.js";

export interface ValidateOptions {
  staged?: boolean;
  json?: boolean;
  dir?: string;
}

/** A file to check: where it is, and its text (from the working tree, or as staged). */
interface Candidate {
  path: string;
  text: string | undefined;
  unreadable?: string;
}

/**
 * Checks retro files against the schema, for a pre-commit hook or CI:
 * every problem as `path:line:col: message`, exit 1 when any file fails.
 */
export async function validateCommand(
  paths: string[],
  options: ValidateOptions,
  world: World,
): Promise<number> {
  const { values } = await loadConfig({
    cwd: world.cwd,
    env: world.env,
    flags: { dir: options.dir },
  });
  const problems: Located[] = [];
  const candidates = options.staged
    ? await stagedCandidates(values.dir, world)
    : workingTreeCandidates(
        paths.length > 0 ? paths.map((p) => resolve(world.cwd, p)) : [values.dir],
        problems,
      );
  for (const candidate of candidates) problems.push(...checkFile(candidate));
  const shown = problems.map((problem) => ({
    ...problem,
    path: displayPath(world.cwd, problem.path),
    message: safeOneLine(problem.message),
  }));
  if (options.json) {
    world.stdout.write(
      `${JSON.stringify({ checked: candidates.length, problems: shown }, null, 2)}\n`,
    );
  } else {
    for (const problem of shown) world.stdout.write(`${formatLocated(problem)}\n`);
    const failing = new Set(shown.map((problem) => problem.path)).size;
    world.stderr.write(
      `${candidates.length} ${candidates.length === 1 ? "retro" : "retros"} checked${failing > 0 ? `, ${failing} with problems` : ", all valid"}.\n`,
    );
  }
  return problems.length > 0 ? ExitCode.problem : ExitCode.ok;
}

function checkFile({ path, text, unreadable }: Candidate): Located[] {
  if (text === undefined) return [{ path, message: unreadable ?? "cannot be read" }];
  if (text.trim() === "") return [{ path, message: "empty file, not a retro" }];
  const { source, problems } = parseYamlSource(path, text);
  if (problems.length > 0) return problems;
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return [{ path, message: `not a readable retro: ${(error as Error).message.split("\n")[0]}` }];
  }
  const place = { stem: basename(path).replace(/\.ya?ml$/, ""), folder: basename(dirname(path)) };
  return validateRetro(data, place).map((issue) => locate(source, issue));
}

function workingTreeCandidates(targets: string[], problems: Located[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const target of targets) {
    if (!existsSync(target)) throw new UsageError(`${target}: no such file or folder`);
    const files = statSync(target).isDirectory()
      ? [
          ...listRetroFiles({
            dir: target,
            // Other files may sit in the folder (a README): only the problems of would-be retros count.
            onWarning: (warning) => {
              if (!warning.message.startsWith("not a retro (not a .yaml")) problems.push(warning);
            },
          }),
        ]
      : [target];
    for (const path of files) candidates.push(readCandidate(path));
  }
  return candidates;
}

function readCandidate(path: string): Candidate {
  try {
    return { path, text: readFileSync(path, "utf8") };
  } catch (error) {
    return {
      path,
      text: undefined,
      unreadable: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
  }
}

/** The retros staged for the next commit, as staged: what the commit will hold, whatever the working tree says. */
async function stagedCandidates(dir: string, world: World): Promise<Candidate[]> {
  const top = await gitTopLevel(world.cwd, world.env);
  if (top === undefined) throw new UsageError("--staged needs a git repository: run it inside one");
  const staged = (await stagedFiles(top, world.env)) ?? [];
  const inside = relative(top, dir);
  const candidates: Candidate[] = [];
  for (const file of staged) {
    if (!/\.ya?ml$/.test(file)) continue;
    if (inside !== "" && !(file === inside || file.startsWith(`${inside.split(sep).join("/")}/`)))
      continue;
    const text = await stagedText(top, world.env, file);
    candidates.push({ path: join(top, file), text, unreadable: "cannot read the staged content" });
  }
  return candidates;
}
