import { type Context, createContext, runInContext } from "node:vm";

/** A reference is a few dozen characters: a sound pattern checks it in microseconds. */
const TIME_LIMIT_MS = 200;

let sandbox: Context | undefined;

/**
 * Whether `pattern` matches `text`, or "too slow" once it has run for
 * TIME_LIMIT_MS. The team's `candidate_pattern` comes with a cloned repo, and
 * some patterns backtrack for ever on some text: `^(\w?\w?){20}b` on forty
 * letters. The config check refuses the common shapes ((a+)+), but no check
 * of the text of a pattern catches them all, and a running regular expression
 * cannot be stopped, except as a script run with a time limit.
 */
export function testInTime(pattern: RegExp, text: string): boolean | "too slow" {
  sandbox ??= createContext({});
  sandbox.pattern = pattern;
  sandbox.text = text;
  try {
    return runInContext("pattern.test(text)", sandbox, { timeout: TIME_LIMIT_MS }) === true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return "too slow";
    throw error;
  }
}
