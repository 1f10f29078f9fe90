import { Chalk, type ChalkInstance } from "chalk";

/**
 * Colour only on a terminal, and never with NO_COLOR set (to anything but the
 * empty string), TERM=dumb or --no-color: chalk alone does not honour NO_COLOR.
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

export function paletteFor(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
