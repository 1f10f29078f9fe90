import type { EventEmitter } from "node:events";
import type { Command, Help } from "commander";

/**
 * The man page, in roff, made from the same command definitions as --help
 * (the build writes it to dist/interview-retro.1): every command with its
 * usage, description, arguments, options and the examples of its help.
 * Only the sections that --help has no place for are written here.
 */
export function manPage(program: Command, version: string): string {
  const help = program.createHelp();
  const lines = [
    `.TH INTERVIEW-RETRO 1 "" "interview-retro ${version}" "User Commands"`,
    ".SH NAME",
    `interview-retro \\- ${roff(program.description())}`,
    ".SH SYNOPSIS",
    ".B interview-retro",
    "[\\fIcommand\\fR] [\\fIoptions\\fR]",
    ".SH DESCRIPTION",
    roff(program.description()),
    ...preformatted(afterHelp(program)),
    ".SH OPTIONS",
    ...items(help, program),
    ".SH COMMANDS",
  ];
  for (const command of help.visibleCommands(program)) {
    if (command.name() === "help") continue;
    lines.push(
      `.SS "${roff(help.commandUsage(command))}"`,
      roff(command.description()),
      ...items(help, command),
      ...preformatted(afterHelp(command)),
    );
  }
  lines.push(...STATIC_SECTIONS);
  return `${lines.join("\n")}\n`;
}

/** Arguments, then options, each as a tagged paragraph. */
function items(help: Help, command: Command): string[] {
  const lines: string[] = [];
  const item = (term: string, description: string) =>
    lines.push(".TP", `\\fB${roff(term)}\\fR`, roff(description));
  for (const argument of help.visibleArguments(command))
    item(help.argumentTerm(argument), help.argumentDescription(argument));
  for (const option of help.visibleOptions(command))
    item(help.optionTerm(option), help.optionDescription(option));
  return lines;
}

/** The text a command's help prints after its options (its examples), as addHelpText registered it. */
function afterHelp(command: Command): string {
  let text = "";
  // Commander keeps that text as an "afterHelp" listener: replayed here into a string.
  (command as unknown as EventEmitter).emit("afterHelp", {
    error: false,
    command,
    write: (chunk: string) => {
      text += chunk;
    },
  });
  return text.trim();
}

const preformatted = (text: string) =>
  text === "" ? [] : [".PP", ".nf", ...text.split("\n").map(roffLine), ".fi"];

/** Roff text: backslashes and hyphens escaped, no line read as a request. */
const roff = (text: string) => text.split("\n").map(roffLine).join("\n");
const roffLine = (line: string) => {
  const escaped = line.replace(/\\/g, "\\e").replace(/-/g, "\\-");
  return /^[.']/.test(escaped) ? `\\&${escaped}` : escaped;
};

const STATIC_SECTIONS = [
  ".SH EXIT STATUS",
  ".TP",
  "0",
  "success",
  ".TP",
  "1",
  "the command ran and found a problem (validation errors, search found nothing, a push git refused)",
  ".TP",
  "2",
  "bad usage or bad input: nothing was written",
  ".TP",
  "130",
  "interrupted (Ctrl\\-C); 129 after SIGHUP, 143 after SIGTERM",
  ".SH ENVIRONMENT",
  ".TP",
  "INTERVIEW_RETRO_*",
  "settings (INTERVIEW_RETRO_DIR, INTERVIEW_RETRO_TEMPLATE...), above the configuration files and below the flags (see \\fBinterview\\-retro config\\fR)",
  ".TP",
  "VISUAL, EDITOR",
  "the editor for long answers and \\fBedit\\fR",
  ".TP",
  "NO_COLOR, TERM=dumb",
  "no colour",
  ".TP",
  "XDG_CONFIG_HOME, XDG_STATE_HOME",
  "where the personal configuration and the drafts live",
  ".SH FILES",
  ".TP",
  "\\&.interview\\-retro.yaml",
  "a team repository's settings, found by walking up from the current folder",
  ".TP",
  "$XDG_CONFIG_HOME/interview\\-retro/config.yaml",
  "personal settings (default ~/.config)",
  ".TP",
  "$XDG_STATE_HOME/interview\\-retro/drafts/",
  "unfinished retros, readable by you alone (default ~/.local/state)",
];
