import { existsSync, openSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { isRecord } from "../domain/issues.js";
import type { Located } from "../domain/located.js";
import { type Finding, identifyingReference, scanText, type WordList } from "../domain/privacy.js";
import { validateRetro } from "../domain/retro-validate.js";
import { ExitCode, UsageError } from "../errors.js";
import {
  HAND_WRITTEN_TOO_LARGE,
  MAX_FILE_BYTES,
  MAX_HAND_WRITTEN_CHARS,
} from "../io/batch-reader.js";
import { readCanonicalYaml } from "../io/canonical-yaml.js";
import { loadConfig } from "../io/config.js";
import { describeFsError } from "../io/fs-errors.js";
import { gitTopLevel, stagedContents, stagedFiles } from "../io/git.js";
import { holdYoungGeneration, tuneForReadingMany } from "../io/heap-tuning.js";
import { loadWordList } from "../io/privacy-words.js";
import { foundFileOpener, retroFolders } from "../io/retro-files.js";
import { readTextFile } from "../io/text-file.js";
import { decodeUtf8, NotUtf8Error } from "../io/utf8.js";
import {
  locate,
  locateInText,
  parseYamlSource,
  sourceData,
  type YamlSource,
} from "../io/yaml-source.js";
import {
  failingFiles,
  type Problem,
  renderValidation,
  shownProblems,
} from "../ui/render-validation.js";
import { toJson } from "../ui/safe-text.js";
import type { World } from "../world.js";

export interface ValidateOptions {
  staged?: boolean;
  json?: boolean;
  dir?: string;
  /** Privacy findings are errors (also: privacy_strict in the config). */
  strict?: boolean;
}

/** A file to check: where it is, and its text (from the working tree, or as staged), or why it has none. */
type Candidate = { path: string; text: string } | { path: string; unreadable: Located };

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
    flags: { dir: options.dir, privacy_strict: options.strict },
  });
  const words = await loadWordList(values.privacy_words);
  const privacySeverity = values.privacy_strict ? "error" : "warning";
  const targets = paths.length > 0 ? paths.map((p) => resolve(world.cwd, p)) : [values.dir];
  const problems: Problem[] = [];
  let checked = 0;
  // By path: a folder given twice (`validate retros retros/2026`) is walked twice.
  const skipped = new Set<string>();
  await tuneForReadingMany();
  // Files are found folder by folder and read one at a time, and only their
  // problems are kept: memory does not grow with the folder.
  const check = (candidate: Candidate) => {
    checked++;
    holdYoungGeneration();
    for (const problem of checkFile(candidate, words, privacySeverity)) problems.push(problem);
  };
  if (options.staged) for await (const staged of stagedCandidates(values.dir, world)) check(staged);
  else
    for (const candidate of workingTreeFiles(targets, (error) => {
      if (skipped.has(error.path)) return;
      skipped.add(error.path);
      problems.push({ ...error, severity: "error" });
    }))
      check(candidate);
  const shown = shownProblems(problems, world.cwd, { exactPaths: options.json === true });
  if (options.json) {
    world.stdout.write(toJson({ checked, skipped: skipped.size, problems: shown }));
  } else if (!options.staged || checked > 0) {
    // (The pre-commit hook of a commit that holds no retro has nothing to say.)
    const { lines, summary } = renderValidation({
      checked,
      skipped: skipped.size,
      problems: shown,
    });
    for (const line of lines) world.stdout.write(`${line}\n`);
    world.stderr.write(`${summary}\n`);
  }
  const failing = failingFiles(shown);
  return failing > 0 ? ExitCode.problem : ExitCode.ok;
}

function checkFile(candidate: Candidate, words: WordList, privacy: Problem["severity"]): Problem[] {
  const error = (located: Located): Problem => ({ ...located, severity: "error" });
  if ("unreadable" in candidate) return [error(candidate.unreadable)];
  const { path, text } = candidate;
  if (text.trim() === "") return [error({ path, message: "empty file, not a retro" })];
  // A retro file never holds a raw NUL (the writer escapes it): this is a binary file.
  if (text.includes("\0")) return [error({ path, message: "a binary file, not a retro" })];
  const place = { stem: basename(path).replace(/\.ya?ml$/, ""), folder: basename(dirname(path)) };
  // Most files are as the tool wrote them and fine: the fast reader says so. Only a file with
  // something to report is read again by the YAML library, to say where it is.
  const quick = readCanonicalYaml(text);
  if (quick && validateRetro(quick, place).length === 0 && personalData(quick, words).length === 0)
    return [];
  if (!quick && text.length > MAX_HAND_WRITTEN_CHARS)
    return [error({ path, message: HAND_WRITTEN_TOO_LARGE })];
  const { source, problems } = parseYamlSource(path, text);
  if (problems.length > 0) return problems.map(error);
  const read = sourceData(source);
  if ("problem" in read)
    return [error({ ...read.problem, message: `not a readable retro: ${read.problem.message}` })];
  const data = read.data;
  // Every problem of the file at once (up to MAX_PROBLEMS, each found in the
  // file by a walk from its top): its shape, and the personal data it holds.
  const all = validateRetro(data, place);
  const issues = all.slice(0, MAX_PROBLEMS).map((issue) => error(locate(source, issue)));
  const findings = privacyFindings(source, data, words).map((found) => ({
    ...found,
    severity: privacy,
  }));
  const more = all.length - issues.length;
  return [
    ...[...issues, ...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    ...(more > 0 ? [error({ path, message: `and ${more} more problems in this file` })] : []),
  ];
}

/** A file of 20,000 unknown fields took 5 s to locate them all (a walk each), and printed 20,000 lines. */
const MAX_PROBLEMS = 100;

/** Personal data in the answers, and a candidate reference that looks like a person. */
function personalData(
  data: unknown,
  words: WordList,
): ({ candidate: string } | { answer: string; finding: Finding })[] {
  if (!isRecord(data)) return [];
  const identifying =
    typeof data.candidate === "string" ? identifyingReference(data.candidate) : undefined;
  const inAnswers = Object.entries(isRecord(data.answers) ? data.answers : {}).flatMap(
    ([id, answer]) => {
      const text = isRecord(answer) && typeof answer.answer === "string" ? answer.answer : "";
      return scanText(text, words).map((finding) => ({ answer: id, finding }));
    },
  );
  return [...(identifying ? [{ candidate: identifying }] : []), ...inAnswers];
}

/** The personal data a file holds, where it stands in the file. */
function privacyFindings(source: YamlSource, data: unknown, words: WordList): Located[] {
  return personalData(data, words).map((found) =>
    "candidate" in found
      ? locate(source, {
          path: ["candidate"],
          message: `privacy: the candidate reference may identify a person (${found.candidate})`,
        })
      : locateInText(
          source,
          ["answers", found.answer, "answer"],
          found.finding,
          `privacy: ${found.finding.reason}`,
        ),
  );
}

function* workingTreeFiles(
  targets: string[],
  onProblem: (problem: Located) => void,
): Generator<Candidate, void, undefined> {
  // A file given twice, or also found in a folder given, is checked once. Only
  // several targets can meet a file twice: then, and only then, the paths are kept.
  const seen = targets.length > 1 ? new Set<string>() : undefined;
  const firstTime = (path: string) => {
    if (seen === undefined) return true;
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  };
  for (const target of targets) {
    if (!existsSync(target)) throw new UsageError(`${target}: no such file or folder`);
    if (!statSync(target).isDirectory()) {
      if (firstTime(target))
        yield candidate(target, () => readTextFile(target, MAX_FILE_BYTES, openSync));
      continue;
    }
    const open = foundFileOpener(target);
    for (const paths of retroFolders({
      dir: target,
      // Other files may sit in the folder (a README): only the problems of would-be retros count.
      onWarning: (warning) => {
        if (!warning.message.startsWith("not a retro (not a .yaml")) onProblem(warning);
      },
    }))
      for (const path of paths)
        if (firstTime(path)) yield candidate(path, () => readTextFile(path, MAX_FILE_BYTES, open));
  }
}

/** A file's text as `read` gets it, or why it has none (where, for text that is not UTF-8). */
function candidate(path: string, read: () => string): Candidate {
  try {
    return { path, text: read() };
  } catch (error) {
    if (error instanceof NotUtf8Error) return { path, unreadable: error.problem };
    return { path, unreadable: { path, message: `cannot be read (${describeFsError(error)})` } };
  }
}

/** The retros staged for the next commit, as staged: what the commit will hold, whatever the working tree says. */
async function* stagedCandidates(dir: string, world: World): AsyncGenerator<Candidate> {
  const top = await gitTopLevel(world.cwd, world.env);
  if (top === undefined) throw new UsageError("--staged needs a git repository: run it inside one");
  const staged = (await stagedFiles(top, world.env)) ?? [];
  const inside = relative(top, dir).split(sep).join("/");
  const retros = staged.filter(
    (file) =>
      /\.ya?ml$/.test(file) && (inside === "" || file === inside || file.startsWith(`${inside}/`)),
  );
  for await (const { path, bytes } of stagedContents(top, world.env, retros)) {
    const full = join(top, path);
    yield bytes === undefined
      ? { path: full, unreadable: { path: full, message: "cannot read the staged content" } }
      : candidate(full, () => decodeUtf8(bytes, full));
  }
}
