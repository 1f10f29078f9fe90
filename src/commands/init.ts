import { appendFileSync, chmodSync, lstatSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Document, isSeq } from "yaml";
import { checkSetting, DEFAULTS } from "../domain/config.js";
import { ExitCode, ProblemError, UsageError } from "../errors.js";
import { findRepoConfig, REPO_CONFIG_FILE, readRepoConfig } from "../io/config.js";
import { describeFsError } from "../io/fs-errors.js";
import { git, gitTopLevel } from "../io/git.js";
import { isWithin, realExisting } from "../io/real-path.js";
import { type SelfCommand, selfCommand } from "../io/self-command.js";
import { readTextFile } from "../io/text-file.js";
import { displayPath } from "../ui/display-path.js";
import type { Prompter } from "../ui/prompter.js";
import { shellWord } from "../ui/shell-word.js";
import type { World } from "../world.js";
import { withPrompter } from "./with-prompter.js";

export interface InitOptions {
  dir?: string;
  yes?: boolean;
  input?: boolean;
  retros?: string;
  roles?: string;
  stages?: string;
  candidatePattern?: string;
  candidateHint?: string;
  retentionDays?: string;
  commit?: boolean;
  push?: boolean;
  hook?: boolean;
  color?: boolean;
}

interface Choices {
  retros: string;
  roles: string[];
  stages: string[];
  candidatePattern?: string;
  candidateHint?: string;
  retentionDays: number;
  commit: boolean;
  push: boolean;
  hook: boolean;
}

const HOOK_LINE = "interview-retro validate --staged";

/** What marks a pre-commit hook as init's own (any version), so that init may upgrade it. */
const OWN_HOOK_MARKS = ["# Installed by interview-retro init", "# Written by interview-retro init"];

/**
 * The pre-commit hook. It finds the tool in this order: on PATH; in the
 * repository's node_modules/.bin (a dev dependency); the interview-retro that
 * is committing right now (it says so through INTERVIEW_RETRO_NODE and
 * INTERVIEW_RETRO_SCRIPT); the one that ran init. It never asks a package
 * registry, and a commit that stages no file in a year folder (where retros
 * are, <dir>/<YYYY>/) never needs the tool.
 */
function hookScript({ node, script }: SelfCommand): string {
  const validate = "validate --staged";
  return `#!/bin/sh
${OWN_HOOK_MARKS[1]}: refuses a commit whose staged retros are broken.
# Running init again upgrades this file; a hook of your own is left alone.
git diff --cached --quiet --diff-filter=ACMR -- '*[0-9][0-9][0-9][0-9]/*.yaml' '*[0-9][0-9][0-9][0-9]/*.yml' && exit 0
if command -v interview-retro >/dev/null 2>&1; then
  exec interview-retro ${validate}
fi
if [ -x node_modules/.bin/interview-retro ] && command -v node >/dev/null 2>&1; then
  exec node_modules/.bin/interview-retro ${validate}
fi
if [ -x "\${INTERVIEW_RETRO_NODE:-}" ] && [ -f "\${INTERVIEW_RETRO_SCRIPT:-}" ]; then
  exec "$INTERVIEW_RETRO_NODE" "$INTERVIEW_RETRO_SCRIPT" ${validate}
fi
if [ -x ${shellWord(node)} ] && [ -f ${shellWord(script)} ]; then
  exec ${shellWord(node)} ${shellWord(script)} ${validate}
fi
echo "interview-retro pre-commit hook: interview-retro is not installed here (npm install -g interview-retro, or npm install --save-dev interview-retro in this repository); to commit without checking the retros: git commit --no-verify" >&2
exit 1
`;
}

/**
 * Where init sets up when run without --dir: the folder of the team's config
 * when one encloses `cwd` in the same repository (a teammate in a subfolder
 * of the clone), else `cwd`. A second config there would take over every
 * command run below it, with a retros folder of its own, apart from the
 * team's. --dir names the folder, for a monorepo whose teams keep their own.
 */
function teamRoot(cwd: string, top: string | undefined): string {
  const found = findRepoConfig(cwd);
  if (top === undefined || found === undefined) return cwd;
  const folder = dirname(found);
  return isWithin(realExisting(top), realExisting(folder)) ? folder : cwd;
}

/** `backend, data engineer` → ["backend", "data engineer"]: a role may hold spaces. */
const list = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Sets a folder up for a team: the config, the retros folder, ignore rules
 * for the tool's temporary files, and a pre-commit hook. Running it again
 * changes nothing that exists, and says so.
 */
export async function initCommand(options: InitOptions, world: World): Promise<number> {
  const asked = resolve(world.cwd, options.dir ?? ".");
  writing(world, asked, () => mkdirSync(asked, { recursive: true }));
  const top = await gitTopLevel(asked, world.env);
  const root = options.dir === undefined ? teamRoot(asked, top) : asked;
  const configPath = join(root, REPO_CONFIG_FILE);
  // A teammate's clone holds the team's config: its settings are not asked again.
  const inPlace = await configInPlace(configPath, world.env);
  const interactive = options.input !== false && !options.yes && world.stdin.isTTY === true;
  const choices = await decide(
    options,
    top !== undefined,
    interactive,
    world,
    inPlace !== undefined,
  );
  /** What the team shares through git, once init has created or changed it. */
  const toCommit: string[] = [];

  if (inPlace === undefined) {
    writing(world, configPath, () => writeFileSync(configPath, configText(choices)));
    said(world, "created", configPath);
    toCommit.push(configPath);
  } else {
    const unused = SETTING_FLAGS.filter(([option]) => options[option] !== undefined);
    const note =
      unused.length > 0
        ? ` (${unused.map(([, flag]) => flag).join(", ")} not applied: edit the file to change a setting)`
        : "";
    world.stderr.write(`exists, left as is: ${displayPath(world.cwd, configPath)}${note}\n`);
  }
  if (inPlace?.problem !== undefined) {
    world.stderr.write(`the retros folder was not set up: ${inPlace.problem}\n`);
  } else {
    setUpRetrosFolder(inPlace?.dir ?? resolve(root, choices.retros), root, world, toCommit);
  }

  if (choices.hook) await installHook(top, root, world);
  if (top !== undefined && toCommit.length > 0) {
    const inRoot = root === world.cwd ? "git" : `git -C ${shellWord(displayPath(world.cwd, root))}`;
    const paths = toCommit.map((path) => shellWord(relative(root, path))).join(" ");
    world.stderr.write(
      `Share them with the team: ${inRoot} add ${paths} && ${inRoot} commit -m "Set up interview-retro"\n`,
    );
  }
  world.stderr.write(`Ready: run "interview-retro" after each interview.\n`);
  return ExitCode.ok;
}

/** The settings init writes into a new config, by option and flag: unused when one exists. */
const SETTING_FLAGS: [keyof InitOptions, string][] = [
  ["retros", "--retros"],
  ["roles", "--roles"],
  ["stages", "--stages"],
  ["candidatePattern", "--candidate-pattern"],
  ["candidateHint", "--candidate-hint"],
  ["retentionDays", "--retention-days"],
  ["commit", "--commit"],
  ["push", "--push"],
];

/**
 * The config already at the repository's root (a teammate's clone): the
 * retros folder it names, or why it cannot be read (every command will say
 * so too; init still does what does not depend on it).
 */
async function configInPlace(
  path: string,
  env: NodeJS.ProcessEnv,
): Promise<{ dir?: string; problem?: string } | undefined> {
  if (!exists(path)) return undefined;
  try {
    return { dir: (await readRepoConfig(path, env)).dir ?? resolve(dirname(path), DEFAULTS.dir) };
  } catch (error) {
    if (error instanceof UsageError) return { problem: error.message };
    throw error;
  }
}

/** The retros folder (with a .gitkeep), and the ignore rules for the tool's temporary files in it. */
function setUpRetrosFolder(retros: string, root: string, world: World, toCommit: string[]): void {
  const keep = join(retros, ".gitkeep");
  if (exists(retros)) said(world, "exists, left as is:", retros);
  else {
    writing(world, retros, () => {
      mkdirSync(retros, { recursive: true });
      writeFileSync(keep, "");
    });
    said(world, "created", retros);
    toCommit.push(keep);
  }

  const ignore = join(root, ".gitignore");
  const rel = relative(root, retros).split("\\").join("/") || ".";
  const rules = [`/${rel}/**/.*.tmp`, `/${rel}/**/.*.editing.yaml`];
  const found = existing(ignore);
  const present = found?.text?.split(/\r?\n/) ?? [];
  const missing = rules.filter((rule) => !present.includes(rule));
  if (missing.length === 0) said(world, "exists, left as is:", ignore);
  else if (found?.refused) {
    world.stderr.write(
      `${displayPath(world.cwd, ignore)} ${found.refused}. Add these lines to it yourself:\n${missing.map((rule) => `  ${rule}`).join("\n")}\n`,
    );
  } else {
    const lead = present.length > 0 && present.at(-1) !== "" ? "\n" : "";
    writing(world, ignore, () =>
      appendFileSync(
        ignore,
        `${lead}# interview-retro: temporary files while writing or editing a retro\n${missing.join("\n")}\n`,
      ),
    );
    said(world, present.length > 0 ? "updated" : "created", ignore);
    toCommit.push(ignore);
  }
}

async function installHook(top: string | undefined, root: string, world: World): Promise<void> {
  if (top === undefined) {
    world.stderr.write(
      `no pre-commit hook: ${displayPath(world.cwd, root)} is not in a git repository (git init, then run init again)\n`,
    );
    return;
  }
  const hooks = await git(root, world.env, ["rev-parse", "--git-path", "hooks"]);
  const hooksDir = resolve(root, hooks.stdout.trim());
  const hook = join(hooksDir, "pre-commit");
  const shown = displayPath(world.cwd, hook);
  const wanted = hookScript(selfCommand());
  const found = existing(hook);
  const present = found?.text;
  if (present === wanted || (found?.refused && present?.includes(HOOK_LINE))) {
    world.stderr.write(`exists, left as is: ${shown}\n`);
    return;
  }
  if (found?.refused) {
    world.stderr.write(
      `${shown} ${found.refused}. To validate retros before each commit, add this line to the hook it stands for:\n  ${HOOK_LINE}\n`,
    );
    return;
  }
  if (present !== undefined && !OWN_HOOK_MARKS.some((mark) => present.includes(mark))) {
    // A team's own hook (a hook manager, say) that already runs the check is fine as it is.
    if (present.includes(HOOK_LINE)) {
      world.stderr.write(`exists, left as is: ${shown}\n`);
      return;
    }
    world.stderr.write(
      `a pre-commit hook exists already (${shown}): it was not changed. To validate retros before each commit, add this line to it:\n  ${HOOK_LINE}\n`,
    );
    return;
  }
  writing(world, hook, () => {
    mkdirSync(hooksDir, { recursive: true });
    writeFileSync(hook, wanted);
    chmodSync(hook, 0o755);
  });
  world.stderr.write(
    `${present === undefined ? "created" : "upgraded"} ${shown} (validates staged retros)\n`,
  );
}

function said(world: World, what: string, path: string): void {
  world.stderr.write(`${what} ${displayPath(world.cwd, path)}\n`);
}

/** A write of init's, whose failure (a read-only folder, a full disk) says which file, and why. */
function writing(world: World, path: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    throw new ProblemError(
      `cannot write ${displayPath(world.cwd, path)}: ${describeFsError(error)}`,
    );
  }
}

/** Anything at `path`, a dangling symbolic link included: writing there would write through it. */
const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * What is at a path that init may write: nothing, or its text (when it is a
 * regular file, or links to one), and why it is left alone if it is. A
 * cloned repo's symbolic link may lead anywhere (to /dev/zero, to a file
 * outside the repository that does not exist yet): nothing is written
 * through one, and only a regular file of at most 1 MiB is read.
 */
function existing(path: string): { text?: string; refused?: string } | undefined {
  const entry = lstatSync(path, { throwIfNoEntry: false });
  if (entry === undefined) return undefined;
  const link = entry.isSymbolicLink() ? "is a symbolic link: not written through" : undefined;
  try {
    const text = readTextFile(path);
    return link ? { text, refused: link } : { text };
  } catch (error) {
    return { refused: link ?? `cannot be read (${describeFsError(error)}): not changed` };
  }
}

/** The choices: flags first, then questions on a terminal, else the defaults. */
async function decide(
  options: InitOptions,
  inRepo: boolean,
  interactive: boolean,
  world: World,
  settingsInPlace: boolean,
): Promise<Choices> {
  const days = options.retentionDays ?? String(DEFAULTS.retention_days);
  const checkedDays = checkSetting("retention_days", days);
  if (checkedDays.problem) throw new UsageError(`--retention-days: ${checkedDays.problem}`);
  if (options.candidatePattern !== undefined) {
    const checked = checkSetting("candidate_pattern", options.candidatePattern);
    if (checked.problem) throw new UsageError(`--candidate-pattern: ${checked.problem}`);
  }
  const choices: Choices = {
    retros: options.retros ?? "retros",
    roles: list(options.roles ?? ""),
    stages: list(options.stages ?? ""),
    ...(options.candidatePattern ? { candidatePattern: options.candidatePattern } : {}),
    ...(options.candidateHint ? { candidateHint: options.candidateHint } : {}),
    retentionDays: checkedDays.value as number,
    commit: options.commit ?? inRepo,
    push: options.push ?? false,
    hook: options.hook ?? inRepo,
  };
  if (!interactive) return choices;
  return withPrompter(world, options, async (prompter) => {
    if (!settingsInPlace) await askSettings(options, choices, inRepo, prompter);
    if (options.hook === undefined && inRepo) {
      choices.hook = await prompter.confirm({
        message: "Install a pre-commit hook that validates retros?",
        default: true,
      });
    }
    return choices;
  });
}

/** The questions whose answers go into a new config. */
async function askSettings(
  options: InitOptions,
  choices: Choices,
  inRepo: boolean,
  prompter: Prompter,
): Promise<void> {
  if (options.retros === undefined) {
    choices.retros =
      (await prompter.text({ message: "Retros folder", default: choices.retros })).trim() ||
      "retros";
  }
  if (options.roles === undefined) {
    choices.roles = list(
      await prompter.text({
        message: "Roles to offer",
        hint: "Separated by commas, for example backend, frontend, data. Enter for none (free text).",
      }),
    );
  }
  if (options.stages === undefined) {
    choices.stages = list(
      await prompter.text({
        message: "Interview stages to offer",
        hint: "For example screen, technical, onsite. Enter for none (free text).",
      }),
    );
  }
  if (options.candidatePattern === undefined) {
    const pattern = await prompter.text({
      message: "Candidate reference pattern",
      hint: "A regular expression, for example ^ats-[0-9]+$. Enter for none.",
      validate: (value) =>
        value.trim() === ""
          ? true
          : (checkSetting("candidate_pattern", value.trim()).problem ?? true),
    });
    if (pattern.trim() !== "") {
      choices.candidatePattern = pattern.trim();
      const hint = await prompter.text({
        message: "What such a reference looks like",
        hint: "Shown when one does not match, for example: the ATS id, like ats-48213.",
      });
      if (hint.trim() !== "") choices.candidateHint = hint.trim();
    }
  }
  if (options.commit === undefined && inRepo) {
    choices.commit = await prompter.confirm({
      message: "Commit each new retro on its own?",
      default: true,
    });
  }
}

/** A YAML value on one line, quoted where YAML needs it. */
const inline = (value: unknown) => {
  const doc = new Document(value, { compat: "yaml-1.1" });
  if (isSeq(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
};

function configText(choices: Choices): string {
  const optional = (key: string, value: string | undefined, example: string) =>
    value === undefined ? `# ${key}: ${example}` : `${key}: ${inline(value)}`;
  return `# interview-retro settings for this repository. Every setting can also be set
# per person in ~/.config/interview-retro/config.yaml, by an INTERVIEW_RETRO_*
# environment variable, or by a flag; "interview-retro config" shows the result.

# Retros are written under this folder, relative to this file.
dir: ${inline(choices.retros)}

# The question set "interview-retro new" uses. Team templates in templates_dir
# are found before the shipped ones (one with a shipped id overrides it).
template: default
# templates_dir: retro-templates

# Days a retro is kept: each file's expires_on is its date plus this.
retention_days: ${choices.retentionDays}

# Roles and interview stages offered at the prompt. With allow_other_* true,
# people can also type one that is not in the list; [] means free text.
roles: ${inline(choices.roles)}
allow_other_roles: true
stages: ${inline(choices.stages)}
allow_other_stages: true

# What a candidate reference looks like (a regular expression), and the hint
# shown when one does not match. Never a name or an email: an opaque id.
${optional("candidate_pattern", choices.candidatePattern, '"^ats-[0-9]+$"')}
${optional("candidate_hint", choices.candidateHint, "the ATS id, like ats-48213")}

git:
  # Commit each new or edited retro on its own (--no-commit skips it once), and push after.
  commit: ${choices.commit}
  push: ${choices.push}
`;
}
