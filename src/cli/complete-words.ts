import type { Command, Option } from "commander";

/** Where the values of the completions that are not in the command definitions come from. */
export interface CompletionSources {
  templateIds(): Promise<string[]>;
  roles(): Promise<string[]>;
  stages(): Promise<string[]>;
  retroIds(prefix: string): Promise<string[]>;
  draftIds(): Promise<string[]>;
}

/** Option values that come from the config or the folders, by option. */
const OPTION_VALUES: Record<string, (sources: CompletionSources) => Promise<string[]>> = {
  "--template": (sources) => sources.templateIds(),
  "--role": (sources) => sources.roles(),
  "--stage": (sources) => sources.stages(),
};

/**
 * The completions of the last of `words` (the words typed after the program's
 * name, the last one being the word under the cursor, maybe empty), from the
 * command definitions that --help shows: commands, their flags, the choices
 * of a flag, and the ids a command's argument takes. An empty list lets the
 * shell complete file names.
 */
export async function completeWords(
  program: Command,
  words: readonly string[],
  sources: CompletionSources,
): Promise<string[]> {
  const current = words.at(-1) ?? "";
  let command = program;
  const operands: string[] = [];
  let expectsValue: Option | undefined;
  for (const word of words.slice(0, -1)) {
    if (expectsValue) {
      expectsValue = undefined;
      continue;
    }
    if (word.startsWith("-")) {
      // `interview-retro --candidate x` runs `new`: its flags come before any command name.
      if (command === program && findOption(program, word) === undefined)
        command = findCommand(program, "new") ?? program;
      const option = findOption(command, word) ?? findOption(program, word);
      if (option && (option.required || option.optional) && !word.includes("="))
        expectsValue = option;
    } else if (command === program) {
      command = findCommand(program, word) ?? program;
    } else {
      operands.push(word);
    }
  }
  const matching = (candidates: readonly string[]) =>
    [...new Set(candidates)].filter((candidate) => candidate.startsWith(current));
  if (expectsValue) {
    const fromSources = OPTION_VALUES[expectsValue.long ?? ""];
    if (fromSources) return matching(await fromSources(sources));
    return matching(expectsValue.argChoices ?? []);
  }
  if (current.startsWith("-"))
    return matching(
      command === program
        ? [...flags(program), ...flags(findCommand(program, "new"))]
        : flags(command),
    );
  if (command === program) return matching(visibleCommands(program).map((sub) => sub.name()));
  return matching(await operandValues(command.name(), operands, current, sources));
}

/** What the next argument of a command can be. */
async function operandValues(
  name: string,
  operands: readonly string[],
  current: string,
  sources: CompletionSources,
): Promise<string[]> {
  switch (name) {
    case "show":
    case "edit":
      return operands.length === 0 ? ["latest", ...(await sources.retroIds(current))] : [];
    case "resume":
      return operands.length === 0 ? sources.draftIds() : [];
    case "templates":
      if (operands.length === 0) return ["list", "show"];
      return operands.length === 1 && operands[0] === "show" ? sources.templateIds() : [];
    case "completion":
      return operands.length === 0 ? ["bash", "zsh", "fish"] : [];
    default:
      return [];
  }
}

const visibleCommands = (program: Command) => program.createHelp().visibleCommands(program);

const findCommand = (program: Command, name: string) =>
  visibleCommands(program).find(
    (command) => command.name() === name || command.aliases().includes(name),
  );

const findOption = (command: Command, word: string) => {
  const flag = word.split("=")[0];
  return command.options.find((option) => option.long === flag || option.short === flag);
};

const flags = (command: Command | undefined) =>
  (command?.options ?? [])
    .filter((option) => !option.hidden)
    .flatMap((option) => [option.long, option.short])
    .filter((flag): flag is string => flag !== undefined)
    .concat(["--help"]);
