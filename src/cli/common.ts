import type { Command } from "commander";

export const RETROS_DIR_HELP =
  "retros folder (default: $INTERVIEW_RETRO_DIR, .interview-retro.yaml, or ./retros)";

/** The program-wide --no-color, read when a command runs (false when given). */
export const colorFlag = (program: Command) => () => program.opts().color as boolean | undefined;
