import type { ContextRules } from "../domain/context-rules.js";
import { localDate, localTimestamp } from "../domain/dates.js";
import { type Draft, hasContent, newDraft } from "../domain/draft.js";
import { randomSuffix, retroId, retroRelativePath, slugify } from "../domain/naming.js";
import {
  buildRetro,
  type GivenAnswer,
  type GivenAnswers,
  type Retro,
  type RetroAnswer,
  type RetroContext,
} from "../domain/retro.js";
import type { Template } from "../domain/template.js";
import { CancelledError, ExitCode, ProblemError } from "../errors.js";
import { writeAtomically } from "../io/atomic-write.js";
import { deleteDraft, listDrafts, saveDraft } from "../io/drafts.js";
import { describeFsError } from "../io/fs-errors.js";
import { askContext, askQuestions, type PartialContext } from "../ui/ask-retro.js";
import { loadPalette, shouldColor } from "../ui/color.js";
import { displayPath } from "../ui/display-path.js";
import { renderWaitingDrafts } from "../ui/render-drafts.js";
import { renderSaved } from "../ui/render-saved.js";
import { toJson } from "../ui/safe-text.js";
import type { Words } from "../ui/words.js";
import type { World } from "../world.js";
import { answerFindings, type PrivacyPolicy, reportFindings } from "./answer-privacy.js";
import { commitRetro } from "./commit-retro.js";
import { withPrompter } from "./with-prompter.js";

/**
 * What `new` and `resume` share: the interactive interview, saved to a
 * draft after every answer, and writing the finished retro.
 */

export const DEFAULT_STAGE = "technical";
/** A clash on a random 4-character suffix is rare; ten in a row means something else is wrong. */
const NAME_ATTEMPTS = 10;

export interface OutputOptions {
  json?: boolean;
  dryRun?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

export interface Interview {
  template: Template;
  retentionDays: number;
  context: RetroContext;
  answers: GivenAnswers;
  /** Answers to questions the template no longer asks (an old draft), kept under their old text. */
  extraAnswers?: Record<string, RetroAnswer>;
}

export function startDraft(world: World, dir: string, template: Template): Draft {
  const now = world.now();
  const stamp = localTimestamp(now).slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return newDraft(`${stamp}-${randomSuffix(world.randomInt)}`, localTimestamp(now), dir, template);
}

/** The line `new` prints when unfinished retros are waiting. */
export function pendingDraftsLine(world: World, words: Words): string | undefined {
  const line = renderWaitingDrafts(listDrafts(world.env), world.now(), words);
  return line && `${line}${words.colon} ${words.resumeHint}.`;
}

/**
 * Asks what is missing, saving the draft after each answer. On an interrupt
 * the draft stays (when anything was entered) and the message says how to resume.
 */
export async function interview(
  world: World,
  options: OutputOptions,
  draft: Draft,
  template: Template,
  defaults: { interviewer?: string },
  rules: ContextRules,
  privacy: PrivacyPolicy,
  words: Words,
  /** Ask every question again, the draft's answers offered as defaults (they stay in the draft until replaced). */
  review = false,
): Promise<{ context: RetroContext; answers: GivenAnswers }> {
  // A dry run writes nothing anywhere, a draft included. A drafts folder that
  // cannot be written is said once: the retro is still written at the end.
  let keeping = options.dryRun !== true;
  let keptSome = false;
  const save = async () => {
    if (!keeping) return;
    draft.updated_at = localTimestamp(world.now());
    try {
      await saveDraft(world.env, draft);
      keptSome = true;
    } catch (error) {
      keeping = false;
      world.stderr.write(
        `warning: cannot keep a draft (${describeFsError(error)}): the retro is still written when you finish, but an interrupt before then loses the answers\n`,
      );
    }
  };
  try {
    return await withPrompter(world, { ...options, words }, async (prompter) => {
      const context = await askContext(
        prompter,
        draft.context as PartialContext,
        { date: localDate(world.now()), stage: DEFAULT_STAGE, ...defaults },
        rules,
        words,
        (known) => {
          draft.context = known;
          return save();
        },
      );
      const onAnswer = (id: string, answer: GivenAnswer) => {
        draft.answers = { ...draft.answers, [id]: answer };
        return save();
      };
      let answers = review
        ? await askQuestions(prompter, template, words, {}, onAnswer, { ...draft.answers })
        : await askQuestions(prompter, template, words, draft.answers, onAnswer);
      // Before anything is written: strict teams answer the flagged questions
      // again; others may edit them (their answers offered back) or keep them.
      for (;;) {
        const flagged = reportFindings(
          world,
          answerFindings(answers, template, privacy.words),
          privacy.strict,
        );
        if (flagged.length === 0) break;
        if (!privacy.strict) {
          const edit = await prompter.confirm({
            message: words.editFlagged,
            default: true,
          });
          if (!edit) break;
        }
        prompter.note(`  ${privacy.strict ? words.answerAgainStrict : words.answerAgainEdit}`);
        const kept = Object.fromEntries(
          Object.entries(answers).filter(([id]) => !flagged.includes(id)),
        );
        draft.answers = privacy.strict ? kept : answers;
        await save();
        answers = await askQuestions(
          prompter,
          template,
          words,
          kept,
          onAnswer,
          privacy.strict ? undefined : answers,
        );
      }
      return { context, answers };
    });
  } catch (error) {
    if (error instanceof CancelledError) {
      const kept = keptSome && hasContent(draft);
      throw new CancelledError(
        kept ? words.cancelled(words.resumeHint) : words.nothingWritten,
        error.signal,
      );
    }
    throw error;
  }
}

/** Where the retro goes, and what git does with it then. */
export interface Delivery {
  dir: string;
  commit: boolean;
  push: boolean;
}

/**
 * Builds and writes the retro (or prints it, with --dry-run), removes the
 * draft once the file is there, and commits it when asked.
 */
export async function finish(
  world: World,
  options: OutputOptions,
  delivery: Delivery,
  interview: Interview,
  words: Words,
  draft?: Draft,
): Promise<number> {
  const { dir } = delivery;
  const make = () => {
    const { context } = interview;
    const id = retroId(
      context.date,
      slugify(context.role, context.candidate),
      randomSuffix(world.randomInt),
    );
    const retro = buildRetro({
      id,
      template: interview.template,
      context,
      answers: interview.answers,
      recordedAt: localTimestamp(world.now()),
      retentionDays: interview.retentionDays,
    });
    return { ...retro, answers: { ...retro.answers, ...interview.extraAnswers } };
  };
  // The YAML library is loaded once the answers are in, not before the first prompt.
  const { retroToYaml } = await import("../domain/retro-yaml.js");
  if (options.dryRun) {
    const retro = make();
    world.stdout.write(options.json ? toJson(retro) : retroToYaml(retro));
    return ExitCode.ok;
  }
  let written: { retro: Retro; path: string };
  try {
    written = await writeRetro(dir, make, retroToYaml);
  } catch (error) {
    if (error instanceof ProblemError && draft && hasContent(draft)) {
      throw new ProblemError(
        `${error.message}\nYour answers are kept in a draft: fix this, then ${words.resumeHint}.`,
      );
    }
    throw error;
  }
  if (draft) deleteDraft(world.env, draft.id);
  await report(world, options, written, !delivery.commit, words);
  if (!delivery.commit) return ExitCode.ok;
  const { retro, path } = written;
  const message = ["retro:", retro.date, retro.role, retro.candidate].filter(Boolean).join(" ");
  return commitRetro(world, { path, message }, delivery.push);
}

/** Writes under a fresh name, picking a new suffix when another run took the name first. */
async function writeRetro(
  dir: string,
  make: () => Retro,
  retroToYaml: (retro: Retro) => string,
): Promise<{ retro: Retro; path: string }> {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const retro = make();
    const path = `${dir}/${retroRelativePath(retro.id)}`;
    try {
      await writeAtomically(path, retroToYaml(retro), { mode: 0o644, replace: false, within: dir });
      return { retro, path };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      throw new ProblemError(`cannot write the retro to ${path}: ${describeFsError(error)}`);
    }
  }
  throw new ProblemError(`cannot find a free file name in ${dir} after ${NAME_ATTEMPTS} tries`);
}

async function report(
  world: World,
  options: OutputOptions,
  written: { retro: Retro; path: string },
  hint: boolean,
  words: Words,
): Promise<void> {
  const palette = await loadPalette(shouldColor(world.stderr, world.env, options.color));
  const { stdout, stderr } = renderSaved(
    { retro: written.retro, path: displayPath(world.cwd, written.path) },
    { json: options.json === true, palette, hint, words, today: localDate(world.now()) },
  );
  world.stdout.write(stdout);
  world.stderr.write(stderr);
}
