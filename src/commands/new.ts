import {
  type AnswerEntry,
  applyEntries,
  entriesFromMap,
  missingAnswersMessage,
  parseAnswerFlag,
} from "../domain/answer-input.js";
import { contextFieldProblem, dateProblem, tagsOfFlags } from "../domain/context-fields.js";
import {
  type ContextRules,
  candidateProblem,
  choiceProblem,
  rulesFrom,
} from "../domain/context-rules.js";
import { localDate } from "../domain/dates.js";
import { parseHumanDate } from "../domain/human-date.js";
import { type Lang, langOfLocale } from "../domain/lang.js";
import { identifyingReference } from "../domain/privacy.js";
import { type GivenAnswers, type RetroContext, unansweredRequired } from "../domain/retro.js";
import type { Template } from "../domain/template.js";
import { UsageError } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { gitUserName } from "../io/git.js";
import { loadWordList } from "../io/privacy-words.js";
import { readInput } from "../io/read-input.js";
import { loadTemplate, templateDirs } from "../io/templates.js";
import type { PartialContext } from "../ui/ask-retro.js";
import { indentedLines } from "../ui/text-width.js";
import { wordsFor } from "../ui/words.js";
import type { World } from "../world.js";
import { answerFindings, reportFindings } from "./answer-privacy.js";
import {
  DEFAULT_STAGE,
  finish,
  interview,
  type OutputOptions,
  pendingDraftsLine,
  startDraft,
} from "./retro-session.js";

export interface NewOptions extends OutputOptions {
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
  /** Keep a candidate reference that looks like a name or an email, without asking. */
  yes?: boolean;
  /** --commit / --no-commit; undefined leaves it to the config. */
  commit?: boolean;
  push?: boolean;
  lang?: string;
}

export async function newCommand(options: NewOptions, world: World): Promise<number> {
  const config = await loadConfig({
    cwd: world.cwd,
    env: world.env,
    flags: {
      dir: options.dir,
      template: options.template,
      "git.commit": options.commit,
      "git.push": options.push,
      lang: options.lang,
    },
  });
  const { values } = config;
  // Git runs while the template is read, and a prompt library loaded: a
  // process of its own, on another core, ready by the time its answer is needed.
  const gitName = options.interviewer === undefined ? gitUserName(world.cwd, world.env) : undefined;
  const words = wordsFor(values.lang ?? langOfLocale(world.env));
  const template = await loadTemplate(values.template, templateDirs(values), words.lang);
  const rules = rulesFrom(values);
  const given = await answersFromFlags(template, options, world);
  const context = contextFromFlags(options, rules, world, words.lang);
  const interactive = options.input !== false && world.stdin.isTTY === true && options.from !== "-";
  const interviewer = context.interviewer ?? (await gitName);
  const defaults = interviewer ? { interviewer } : {};
  const delivery = { dir: values.dir, commit: values["git.commit"], push: values["git.push"] };
  const retentionDays = values.retention_days;
  const privacy = {
    words: await loadWordList(values.privacy_words),
    strict: values.privacy_strict,
  };

  if (!interactive) {
    const full = completeWithoutPrompts(context, template, given, {
      date: localDate(world.now()),
      ...defaults,
    });
    const flagged = reportFindings(
      world,
      answerFindings(given, template, privacy.words),
      privacy.strict,
    );
    if (privacy.strict && flagged.length > 0) {
      throw new UsageError(
        `nothing was written: take the personal details out of ${flagged.join(", ")} (privacy_strict is on)`,
      );
    }
    return finish(
      world,
      options,
      delivery,
      { template, retentionDays, context: full, answers: given },
      words,
    );
  }
  const pending = pendingDraftsLine(world, words);
  // Above the prompts, which wrap between words: so does it, on a terminal.
  const columns = world.stderr.isTTY ? world.stderr.columns : undefined;
  if (pending) world.stderr.write(`${indentedLines(pending, "", columns).join("\n")}\n`);
  const draft = startDraft(world, values.dir, template);
  draft.context = context;
  draft.answers = given;
  const answered = await interview(
    world,
    options,
    draft,
    template,
    defaults,
    rules,
    privacy,
    words,
  );
  return finish(world, options, delivery, { template, retentionDays, ...answered }, words, draft);
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

function contextFromFlags(
  options: NewOptions,
  rules: ContextRules,
  world: World,
  lang: Lang,
): PartialContext {
  const problems: string[] = [];
  const identifying =
    options.candidate !== undefined && !rules.candidatePattern
      ? identifyingReference(options.candidate)
      : undefined;
  if (identifying && !options.yes) {
    problems.push(
      `--candidate: this reference may identify the candidate (${identifying}): use an opaque id such as an ATS id, or pass --yes to keep it`,
    );
  } else if (identifying) {
    world.stderr.write(
      `warning: --candidate may identify the candidate (${identifying}); kept because of --yes\n`,
    );
  }
  const field = (
    name: "candidate" | "role" | "stage" | "interviewer",
    value: string | undefined,
  ) => {
    if (value === undefined) return {};
    const problem =
      name === "candidate"
        ? candidateProblem(value, rules, lang)
        : (contextFieldProblem(name, value, lang) ??
          (name === "interviewer" ? undefined : choiceProblem(name, value, rules, lang)));
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
    const today = localDate(world.now());
    const problem = dateProblem(options.date, today, lang);
    if (problem) problems.push(`--date: ${problem}`);
    // The file always holds the ISO day, whatever words gave it.
    context.date = parseHumanDate(options.date, today) ?? options.date.trim();
  }
  if (options.tag !== undefined) {
    // A tag holding a space is refused, never split in two behind the user's back.
    const tags = tagsOfFlags(options.tag);
    for (const tag of tags) {
      const problem = contextFieldProblem("tag", tag, lang);
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
