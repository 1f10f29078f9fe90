import type { Tone } from "../domain/answer-kinds/answer-kind.js";
/**
 * Colour only on a terminal, and never with NO_COLOR set (to anything but the
 * empty string), TERM=dumb or --no-color: chalk alone does not honour NO_COLOR.
 * Without colour, chalk is not even loaded: `list` and `search` in a pipe
 * start faster.
 */
export function shouldColor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
  colorFlag?: boolean,
): boolean {
  if (colorFlag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

export type Paint = (text: string) => string;

export interface Palette {
  bold: Paint;
  dim: Paint;
  green: Paint;
  yellow: Paint;
  red: Paint;
  cyan: Paint;
  magenta: Paint;
  /** A search match. */
  match: Paint;
}

const same: Paint = (text) => text;

export const PLAIN: Palette = {
  bold: same,
  dim: same,
  green: same,
  yellow: same,
  red: same,
  cyan: same,
  magenta: same,
  match: same,
};

export async function loadPalette(enabled: boolean): Promise<Palette> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  return {
    bold: chalk.bold,
    dim: chalk.dim,
    green: chalk.green,
    yellow: chalk.yellow,
    red: chalk.red,
    cyan: chalk.cyan,
    magenta: chalk.magenta,
    match: chalk.bold.red,
  };
}

/** The colour of an answer's tone (`answer-kinds/`): yes green, partly yellow, no red. */
export const toneColor = (palette: Palette): Record<Tone, Paint> => ({
  good: palette.green,
  mixed: palette.yellow,
  bad: palette.red,
  plain: same,
});
