import { kindOf } from "../domain/answer-kinds/index.js";
import {
  type ContextField,
  contextFieldProblem,
  dateProblem,
  splitTags,
} from "../domain/context-fields.js";
import { type ContextRules, candidateProblem } from "../domain/context-rules.js";
import { parseHumanDate, weekdayOf } from "../domain/human-date.js";
import { identifyingReference } from "../domain/privacy.js";
import type { Question } from "../domain/question.js";
import type { GivenAnswer, GivenAnswers, RetroContext } from "../domain/retro.js";
import { isAnswered } from "../domain/retro.js";
import type { Template } from "../domain/template.js";
import type { Prompter } from "./prompter.js";
import { safeOneLine } from "./safe-text.js";
import type { Words } from "./words.js";

/**
 * The interactive part of `new`: context first, then the template's
 * questions, in template order. Whatever a flag already gave is not asked.
 * `onAnswer` is called after each answer, so a caller can save a draft.
 */

/** Typed alone on a free-text line, opens the editor (for answers that may be left empty). */
export const EDITOR_KEYWORD = ":e";

export type PartialContext = Partial<RetroContext>;

export interface ContextDefaults {
  date: string;
  interviewer?: string;
  stage: string;
}

const asValidator = (problem: (value: string) => string | undefined) => (value: string) =>
  problem(value) ?? true;

const optionalField = (field: ContextField, words: Words) => (value: string) =>
  value.trim() === "" ? true : (contextFieldProblem(field, value, words.lang) ?? true);

/**
 * Asks each context field that `given` lacks, in order, calling `onChange`
 * with everything known so far after each answer (so a draft can be saved).
 */
export async function askContext(
  prompter: Prompter,
  given: PartialContext,
  defaults: ContextDefaults,
  rules: ContextRules,
  words: Words,
  onChange?: (context: PartialContext) => void | Promise<void>,
): Promise<RetroContext> {
  const context: PartialContext = { ...given };
  const ask = async <K extends keyof RetroContext>(
    key: K,
    question: () => Promise<RetroContext[K]>,
  ) => {
    if (context[key] !== undefined) return;
    context[key] = await question();
    await onChange?.({ ...context });
  };
  await ask("candidate", () => askCandidate(prompter, rules, words));
  await ask("role", () =>
    askChoice(prompter, "role", words.role, rules.roles, rules.allowOtherRoles, words, {
      hint: words.roleHint,
    }),
  );
  await ask("stage", () =>
    askChoice(prompter, "stage", words.stage, rules.stages, rules.allowOtherStages, words, {
      default: defaults.stage,
    }),
  );
  await ask("interviewer", async () =>
    (
      await prompter.text({
        message: words.interviewer,
        ...(defaults.interviewer ? { default: defaults.interviewer } : {}),
        validate: optionalField("interviewer", words),
      })
    ).trim(),
  );
  await ask("date", async () => {
    const said = await prompter.text({
      message: words.date,
      default: defaults.date,
      hint: words.dateHint,
      validate: asValidator((value) => dateProblem(value, defaults.date, words.lang)),
    });
    const day = parseHumanDate(said, defaults.date) ?? said.trim();
    // Said in words, the day is shown as understood before going on.
    if (day !== said.trim()) prompter.note(`  ${day} (${words.weekdays[weekdayOf(day)]})`);
    return day;
  });
  await ask("tags", async () =>
    splitTags(
      await prompter.text({
        message: words.tags,
        hint: words.tagsHint,
        validate: (v) =>
          splitTags(v)
            .map((tag) => contextFieldProblem("tag", tag, words.lang))
            .find(Boolean) ?? true,
      }),
    ),
  );
  const { candidate = "", role, stage, interviewer, date = defaults.date, tags = [] } = context;
  return {
    date,
    candidate,
    ...(role ? { role } : {}),
    ...(stage ? { stage } : {}),
    ...(interviewer ? { interviewer } : {}),
    tags,
  };
}

/**
 * The candidate reference. Without a team pattern, one that looks like a name,
 * an email, a phone number or a URL is shown back with the reason, and kept
 * only if the interviewer confirms it.
 */
async function askCandidate(
  prompter: Prompter,
  rules: ContextRules,
  words: Words,
): Promise<string> {
  for (;;) {
    const value = (
      await prompter.text({
        message: words.candidate,
        hint: rules.candidateHint ?? words.candidateHint,
        validate: asValidator((v) => candidateProblem(v, rules, words.lang)),
      })
    ).trim();
    const reason = rules.candidatePattern ? undefined : identifyingReference(value);
    if (reason === undefined) return value;
    const keep = await prompter.confirm({
      message: words.keepIdentifying(reason),
      default: false,
    });
    if (keep) return value;
  }
}

/** The start of an earlier answer, on one line, to recognise it by. */
const preview = (text: string) => {
  const flat = safeOneLine(text.replace(/\s+/g, " ").trim());
  return flat.length > 40 ? `“${flat.slice(0, 39)}…”` : `“${flat}”`;
};

const OTHER = "\u0000other";

/** A role or stage: a list to choose from when the team has one (with a free entry if allowed), else free text. */
async function askChoice(
  prompter: Prompter,
  field: "role" | "stage",
  message: string,
  list: readonly string[],
  allowOther: boolean,
  words: Words,
  free: { hint?: string; default?: string },
): Promise<string> {
  const typed = async () =>
    (
      await prompter.text({
        message,
        ...(free.hint ? { hint: free.hint } : {}),
        ...(free.default ? { default: free.default } : {}),
        validate: optionalField(field, words),
      })
    ).trim();
  if (list.length === 0) return typed();
  const choices = list.map((value) => ({ value }));
  const picked = await prompter.select({
    message,
    choices: allowOther ? [...choices, { value: OTHER, name: words.other }] : choices,
    ...(free.default && list.includes(free.default) ? { default: free.default } : {}),
  });
  return picked === OTHER ? typed() : picked;
}

/**
 * Asks the template's questions that `given` does not answer. With `earlier`
 * (resuming a draft, reviewing it), every question is asked again, its earlier
 * answer offered as the default.
 */
export async function askQuestions(
  prompter: Prompter,
  template: Template,
  words: Words,
  given: GivenAnswers,
  onAnswer?: (id: string, answer: GivenAnswer) => void | Promise<void>,
  earlier?: GivenAnswers,
): Promise<GivenAnswers> {
  const answers: GivenAnswers = { ...given };
  const total = template.questions.length;
  for (const [index, question] of template.questions.entries()) {
    if (isAnswered(question, answers[question.id])) continue;
    const label = `${index + 1}/${total} ${question.text}`;
    const before = earlier?.[question.id];
    const answer =
      kindOf(question).field === undefined
        ? {
            text: await askText(
              prompter,
              words,
              label,
              question.hint,
              question.required,
              before?.text,
            ),
          }
        : await askChoiceAndNotes(
            prompter,
            words,
            question,
            label,
            answers[question.id],
            before,
            (picked) => onAnswer?.(question.id, picked),
          );
    answers[question.id] = answer;
    await onAnswer?.(question.id, answer);
  }
  return answers;
}

/**
 * A value picked from a list (a verdict, a score, checklist options), then
 * optional notes (kept when a flag already gave them). `before`: an earlier
 * answer, offered as the default.
 */
async function askChoiceAndNotes(
  prompter: Prompter,
  words: Words,
  question: Question,
  label: string,
  given: GivenAnswer | undefined,
  before: GivenAnswer | undefined,
  /** Called with the value as soon as it is picked, before the notes are asked: nothing picked is lost. */
  onPicked: (answer: GivenAnswer) => void | Promise<void>,
): Promise<GivenAnswer> {
  const kind = kindOf(question);
  const field = kind.field as string;
  const prompt = kind.prompt?.(question, before?.[field]);
  if (!prompt) throw new Error(`kind ${kind.name} has a value but no prompt`);
  const hint = question.hint ? { hint: question.hint } : {};
  const value =
    prompt.type === "select"
      ? prompt.toValue(
          await prompter.select({
            message: label,
            ...hint,
            choices: prompt.choices.map((choice) => ({
              ...choice,
              name: choice.name ?? words.verdicts[choice.value] ?? choice.value,
            })),
            ...(prompt.default !== undefined ? { default: prompt.default } : {}),
          }),
        )
      : prompt.toValue(
          await prompter.checkbox({ message: label, hint: prompt.hint, choices: prompt.choices }),
        );
  const answer: GivenAnswer = { [field]: value };
  const notesSoFar = given?.text ?? before?.text;
  await onPicked(notesSoFar === undefined ? answer : { ...answer, text: notesSoFar });
  const text =
    given?.text ?? (await askText(prompter, words, words.notes, undefined, false, before?.text));
  return text === "" ? answer : { ...answer, text };
}

/**
 * One line typed at the prompt, or a longer text in the editor: an empty line
 * opens the editor for a required answer, `:e` does it for any answer. A
 * required answer left empty is asked again, saying why. With an earlier
 * answer, an empty line keeps it and `:e` edits it.
 */
async function askText(
  prompter: Prompter,
  words: Words,
  message: string,
  hint: string | undefined,
  required: boolean,
  earlier?: string,
): Promise<string> {
  const how =
    earlier !== undefined
      ? words.keepEarlier(preview(earlier), EDITOR_KEYWORD)
      : required
        ? words.oneLine
        : words.optional(EDITOR_KEYWORD);
  for (;;) {
    const line = await prompter.answer({
      message,
      hint: hint && required ? `${hint}\n${how}` : how,
    });
    if (earlier !== undefined && line === "") return earlier;
    const wantsEditor = line.trim() === EDITOR_KEYWORD || (required && line.trim() === "");
    // An editor saves a final newline the user did not type as part of the answer.
    const edited = async () =>
      (
        await prompter.editor({
          message,
          guide: words.editorGuide,
          ...(hint ? { hint } : {}),
          ...(earlier !== undefined ? { default: earlier } : {}),
        })
      ).replace(/(\r?\n)+$/, "");
    const text = wantsEditor ? await edited() : line;
    if (text.trim() !== "" || !required) return text.trim() === "" ? "" : text;
    prompter.note(`  ${words.answerRequired}`);
  }
}
