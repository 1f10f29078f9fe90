import { type Context, createContext, Script } from "node:vm";

/**
 * Some regular expressions backtrack for ever on some text: `^(\w?\w?){20}b`
 * on forty letters, `(a+)+$` on a long run of a's that ends otherwise. No
 * check of a pattern's text catches them all, and a running regular
 * expression cannot be stopped, except as a script run with a time limit.
 */

/** The result of work that ran out of time. */
export const TOO_SLOW = "too slow";

let sandbox: Context | undefined;
let runWork: Script | undefined;

/**
 * What `work` returns, or TOO_SLOW once it has run for `limitMs` (it is then
 * stopped). Setting the limit costs 85 to 200 µs (a thread is started and
 * stopped): work done many times is better timed a batch at a time.
 */
export function inTime<T>(work: () => T, limitMs: number): T | typeof TOO_SLOW {
  sandbox ??= createContext({});
  runWork ??= new Script("work()");
  sandbox.work = work;
  try {
    return runWork.runInContext(sandbox, { timeout: limitMs }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return TOO_SLOW;
    throw error;
  } finally {
    sandbox.work = undefined;
  }
}

/** A reference is a few dozen characters: a sound pattern checks it in microseconds. */
const REFERENCE_LIMIT_MS = 200;

/**
 * Whether `pattern` matches `text`, or TOO_SLOW: the team's
 * `candidate_pattern` comes with a cloned repo, and the config check refuses
 * only the common shapes of a pattern that backtracks for ever ((a+)+).
 */
export function testInTime(pattern: RegExp, text: string): boolean | typeof TOO_SLOW {
  return inTime(() => pattern.test(text), REFERENCE_LIMIT_MS);
}
