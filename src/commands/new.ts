import {
  type AnswerEntry,
  applyEntries,
  entriesFromMap,
  missingAnswersMessage,
  parseAnswerFlag,
} from "../domain/answer-input.js";
import { contextFieldProblem, dateProblem, splitTags } from "../domain/context-fields.js";
import { localDate, localTimestamp } from "../domain/dates.js";
import { randomSuffix, retroId, retroRelativePath, slugify } from "../domain/naming.js";
import {
  buildRetro,
  DEFAULT_RETENTION_DAYS,
  type GivenAnswers,
  type Retro,
  type RetroContext,
  unansweredRequired,
} from "../domain/retro.js";
import { retroToYaml } from "../domain/retro-yaml.js";
import type { Template } from "../domain/template.js";
import { ExitCode, ProblemError, UsageError } from "../errors.js";
import { writeNewFileAtomically } from "../io/atomic-write.js";
import { gitUserName } from "../io/git.js";
import { readInput } from "../io/read-input.js";
import { resolveRetrosDir } from "../io/retros-dir.js";
import { loadTemplate } from "../io/templates.js";
import { askContext, askQuestions, type PartialContext } from "../ui/ask-retro.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { createInquirerPrompter, type Prompter } from "../ui/prompter.js";
import type { World } from "../world.js";

export interface NewOptions {
  candidate?: string;
  role?: string;
  stage?: string;
  interviewer?: string;
  date?: string;
  tag?: string[];
  answer?: string[];
  from?: string;
  template?: string;
  dir?: string;
  /** false with --no-input. */
  input?: boolean;
  json?: boolean;
  dryRun?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

const DEFAULT_STAGE = "technical";
/** A clash on a random 4-character suffix is rare; ten in a row means something else is wrong. */
const NAME_ATTEMPTS = 10;

export async function newCommand(options: NewOptions, world: World): Promise<number> {
  const dir = await resolveRetrosDir({
    cwd: world.cwd,
    env: world.env,
    ...(options.dir ? { flag: options.dir } : {}),
  });
  const template = await loadTemplate(options.template ?? "default");
  const given = await answersFromFlags(template, options, world);
  const context = contextFromFlags(options);
  const interactive = options.input !== false && world.stdin.isTTY === true && options.from !== "-";
  const defaultInterviewer = context.interviewer ?? (await gitUserName(world.cwd, world.env));

  let fullContext: RetroContext;
  let answers: GivenAnswers;
  if (interactive) {
    const prompter = world.prompter ?? (await realPrompter(world, options));
    fullContext = await askContext(prompter, context, {
      date: localDate(world.now()),
      stage: DEFAULT_STAGE,
      ...(defaultInterviewer ? { interviewer: defaultInterviewer } : {}),
    });
    answers = await askQuestions(prompter, template, given);
  } else {
    fullContext = completeWithoutPrompts(context, template, given, {
      date: localDate(world.now()),
      ...(defaultInterviewer ? { interviewer: defaultInterviewer } : {}),
    });
    answers = given;
  }

  const make = (suffix: string) => {
    const id = retroId(fullContext.date, slugify(fullContext.role, fullContext.candidate), suffix);
    return buildRetro({
      id,
      template,
      context: fullContext,
      answers,
      recordedAt: localTimestamp(world.now()),
      retentionDays: DEFAULT_RETENTION_DAYS,
    });
  };

  if (options.dryRun) {
    const retro = make(randomSuffix(world.randomInt));
    world.stdout.write(options.json ? `${JSON.stringify(retro, null, 2)}\n` : retroToYaml(retro));
    return ExitCode.ok;
  }
  const { retro, path } = await writeRetro(dir, () => make(randomSuffix(world.randomInt)));
  await report(world, options, retro, path);
  return ExitCode.ok;
}

async function realPrompter(world: World, options: NewOptions): Promise<Prompter> {
  // Inquirer colours through node:util, which reads NO_COLOR: make --no-color reach it too.
  if (!shouldColor(world.stderr, world.env, options.color)) process.env.NO_COLOR = "1";
  return createInquirerPrompter({ input: world.stdin, output: world.stderr });
}

async function answersFromFlags(
  template: Template,
  options: NewOptions,
  world: World,
): Promise<GivenAnswers> {
  const entries: AnswerEntry[] = [];
  const problems: string[] = [];
  if (options.from !== undefined) {
    const fromFile = entriesFromMap(
      await readInput(options.from, world),
      options.from === "-" ? "--from -" : options.from,
    );
    entries.push(...fromFile.entries);
    problems.push(...fromFile.issues.map((issue) => `${options.from}: ${issue.message}`));
  }
  for (const raw of options.answer ?? []) {
    const parsed = parseAnswerFlag(raw);
    if ("key" in parsed) entries.push(parsed);
    else problems.push(parsed.message);
  }
  const applied = applyEntries(template, entries);
  problems.push(...applied.problems);
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return applied.answers;
}

function contextFromFlags(options: NewOptions): PartialContext {
  const problems: string[] = [];
  const field = (
    name: "candidate" | "role" | "stage" | "interviewer",
    value: string | undefined,
  ) => {
    if (value === undefined) return {};
    const problem = contextFieldProblem(name, value);
    if (problem) problems.push(`--${name}: ${problem}`);
    return { [name]: value.trim() };
  };
  const context: PartialContext = {
    ...field("candidate", options.candidate),
    ...field("role", options.role),
    ...field("stage", options.stage),
    ...field("interviewer", options.interviewer),
  };
  if (options.date !== undefined) {
    const problem = dateProblem(options.date);
    if (problem) problems.push(`--date: ${problem}`);
    context.date = options.date.trim();
  }
  if (options.tag !== undefined) {
    const tags = options.tag.flatMap(splitTags);
    for (const tag of tags) {
      const problem = contextFieldProblem("tag", tag);
      if (problem) problems.push(`--tag: ${problem}`);
    }
    context.tags = tags;
  }
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return context;
}

/** Without a terminal nothing is asked: every missing required value is an error naming its flag. */
function completeWithoutPrompts(
  context: PartialContext,
  template: Template,
  answers: GivenAnswers,
  defaults: { date: string; interviewer?: string },
): RetroContext {
  const problems: string[] = [];
  if (!context.candidate) {
    problems.push(
      "missing candidate reference: pass --candidate <ref> (an opaque id such as ats-48213)",
    );
  }
  const missing = unansweredRequired(template, answers);
  if (missing.length > 0) problems.push(missingAnswersMessage(missing));
  if (problems.length > 0) {
    throw new UsageError(
      `${problems.join("\n")}\nNothing was written (no terminal to ask on; see --help).`,
    );
  }
  const interviewer = context.interviewer ?? defaults.interviewer;
  return {
    date: context.date ?? defaults.date,
    candidate: context.candidate as string,
    ...(context.role ? { role: context.role } : {}),
    stage: context.stage ?? DEFAULT_STAGE,
    ...(interviewer ? { interviewer } : {}),
    tags: context.tags ?? [],
  };
}

/** Writes under a fresh name, picking a new suffix when another run took the name first. */
async function writeRetro(dir: string, make: () => Retro): Promise<{ retro: Retro; path: string }> {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const retro = make();
    const path = `${dir}/${retroRelativePath(retro.id)}`;
    try {
      await writeNewFileAtomically(path, retroToYaml(retro));
      return { retro, path };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      throw new ProblemError(
        `cannot write the retro to ${path}: ${describeWriteError(code, error)}`,
      );
    }
  }
  throw new ProblemError(`cannot find a free file name in ${dir} after ${NAME_ATTEMPTS} tries`);
}

function describeWriteError(code: string | undefined, error: unknown): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "the folder is not writable";
    case "ENOSPC":
      return "the disk is full";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    default:
      return code ?? String(error);
  }
}

async function report(
  world: World,
  options: NewOptions,
  retro: Retro,
  path: string,
): Promise<void> {
  const shown = displayPath(world.cwd, path);
  if (options.json) {
    world.stdout.write(`${JSON.stringify({ path: shown, ...retro }, null, 2)}\n`);
  } else {
    world.stdout.write(`${shown}\n`);
  }
  const color = await loadPalette(shouldColor(world.stderr, world.env, options.color));
  world.stderr.write(
    `${color.green("✔")} Retro saved: ${color.bold(retro.id)}\n  Next: ${color.cyan(`git add ${quoteForShell(shown)}`)}\n`,
  );
}

const quoteForShell = (path: string) =>
  /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
