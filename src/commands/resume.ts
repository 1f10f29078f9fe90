import { rulesFrom } from "../domain/context-rules.js";
import { type Draft, orphanAnswers, progress } from "../domain/draft.js";
import { langOfLocale } from "../domain/lang.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { deleteDraft, listDrafts } from "../io/drafts.js";
import { gitUserName } from "../io/git.js";
import { loadWordList } from "../io/privacy-words.js";
import { loadTemplate, templateDirs } from "../io/templates.js";
import { describeDraft, renderKeptAnswers, renderTemplateChange } from "../ui/render-drafts.js";
import { safeOneLine } from "../ui/safe-text.js";
import { type Words, wordsFor } from "../ui/words.js";
import type { World } from "../world.js";
import { finish, interview, type OutputOptions } from "./retro-session.js";
import { Warnings } from "./warnings.js";
import { withPrompter } from "./with-prompter.js";

export interface ResumeOptions extends OutputOptions {
  discard?: boolean;
  yes?: boolean;
  dir?: string;
  /** false with --no-input. */
  input?: boolean;
  commit?: boolean;
  push?: boolean;
  lang?: string;
}

/** Continues an interrupted retro from its draft, or discards a draft. */
export async function resumeCommand(
  target: string | undefined,
  options: ResumeOptions,
  world: World,
): Promise<number> {
  const interactive = options.input !== false && world.stdin.isTTY === true;
  const drafts = listDrafts(world.env, new Warnings(world).report);
  if (drafts.length === 0) {
    world.stderr.write("No unfinished retros: nothing to resume.\n");
    return ExitCode.problem;
  }
  if (options.discard) return discard(target, drafts, options, world, interactive);
  if (!interactive) {
    const list = drafts.map((draft) => `  ${describeDraft(draft)}`).join("\n");
    throw new UsageError(
      `resume asks the questions still unanswered: it needs a terminal (and no --no-input). The drafts:\n${list}`,
    );
  }
  const { values } = await loadConfig({
    cwd: world.cwd,
    env: world.env,
    flags: {
      dir: options.dir,
      "git.commit": options.commit,
      "git.push": options.push,
      lang: options.lang,
    },
  });
  const words = wordsFor(values.lang ?? langOfLocale(world.env));
  const draft =
    target !== undefined
      ? findDraft(target, drafts)
      : await chooseDraft(drafts, world, options, words);
  const template = await loadTemplate(draft.template.id, templateDirs(values), words.lang);
  const said = [
    ...renderTemplateChange(draft, template),
    ...renderKeptAnswers(draft, template, words),
  ];
  world.stderr.write(`${said.join("\n")}\n`);
  const review =
    progress(draft, template).answered > 0 && !(await keepAndGoOn(world, options, words));
  const interviewer = await gitUserName(world.cwd, world.env);
  const answered = await interview(
    world,
    options,
    draft,
    template,
    interviewer ? { interviewer } : {},
    rulesFrom(values),
    { words: await loadWordList(values.privacy_words), strict: values.privacy_strict },
    words,
    review,
  );
  const delivery = {
    // The folder the draft was started for, unless --dir says otherwise.
    dir: options.dir ? values.dir : draft.dir,
    commit: values["git.commit"],
    push: values["git.push"],
  };
  const retentionDays = values.retention_days;
  const extraAnswers = orphanAnswers(draft, template);
  return finish(
    world,
    options,
    delivery,
    { template, retentionDays, ...answered, extraAnswers },
    words,
    draft,
  );
}

function findDraft(target: string, drafts: Draft[]): Draft {
  // An empty id (an unset variable in a script) names no draft, rather than all of them.
  const matches = target.trim() === "" ? [] : drafts.filter((draft) => draft.id.startsWith(target));
  if (matches.length === 1) return matches[0] as Draft;
  const list = drafts.map((draft) => `  ${describeDraft(draft)}`).join("\n");
  if (matches.length === 0)
    throw new UsageError(`no draft matches "${safeOneLine(target)}"; the drafts are:\n${list}`);
  throw new UsageError(
    `"${safeOneLine(target)}" matches several drafts; give more of the id:\n${list}`,
  );
}

async function chooseDraft(
  drafts: Draft[],
  world: World,
  options: ResumeOptions,
  words: Words,
): Promise<Draft> {
  if (drafts.length === 1) return drafts[0] as Draft;
  const id = await withPrompter(world, { ...options, words }, (prompter) =>
    prompter.select({
      message: words.whichRetro,
      choices: drafts.map((draft) => ({ value: draft.id, name: describeDraft(draft) })),
    }),
  );
  return drafts.find((draft) => draft.id === id) as Draft;
}

async function discard(
  target: string | undefined,
  drafts: Draft[],
  options: ResumeOptions,
  world: World,
  interactive: boolean,
): Promise<number> {
  // The only draft may go unnamed, at a terminal: it is asked about by name first.
  const only = target === undefined && drafts.length === 1 && interactive && !options.yes;
  if (target === undefined && !only)
    throw new UsageError(
      "--discard needs the draft to delete: interview-retro resume --discard <draft>",
    );
  const draft = only ? (drafts[0] as Draft) : findDraft(target ?? "", drafts);
  if (!options.yes) {
    if (!interactive)
      throw new UsageError(
        "discarding a draft deletes its answers: pass --yes to do it without a terminal",
      );
    const sure = await withPrompter(world, options, (prompter) =>
      prompter.confirm({ message: `Delete the draft ${describeDraft(draft)}?`, default: false }),
    );
    if (!sure) {
      world.stderr.write("Kept.\n");
      return ExitCode.ok;
    }
  }
  deleteDraft(world.env, draft.id);
  world.stderr.write(`Draft ${draft.id} discarded.\n`);
  return ExitCode.ok;
}

/** Go on from the first unanswered question (the default), or go through every answer again? */
function keepAndGoOn(world: World, options: ResumeOptions, words: Words): Promise<boolean> {
  return withPrompter(world, { ...options, words }, (prompter) =>
    prompter.confirm({ message: words.keepAndGoOn, default: true }),
  );
}
