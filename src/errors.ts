/**
 * Typed errors, one per exit code. Commands throw these; only `main` turns
 * them into an exit code and a message, so every command behaves alike.
 */

export const ExitCode = {
  ok: 0,
  /** The command ran and found a problem (like grep finding nothing). */
  problem: 1,
  /** Bad usage or bad input: nothing was done. */
  usage: 2,
  /** Interrupted by the user (128 + SIGINT). */
  interrupted: 130,
} as const;

/** Bad flags, bad input files, unknown ids: the user can fix the command line. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly exitCode = ExitCode.usage;
}

/** The command ran but could not complete what it was asked (disk, git, validation). */
export class ProblemError extends Error {
  override name = "ProblemError";
  readonly exitCode = ExitCode.problem;
}

/** Exit codes for the signals that end an interactive run: 128 + the signal's number. */
const SIGNAL_EXIT_CODES = { SIGINT: ExitCode.interrupted, SIGHUP: 129, SIGTERM: 143 } as const;
export type InterruptSignal = keyof typeof SIGNAL_EXIT_CODES;

/**
 * The user pressed Ctrl-C, the terminal went away (SIGHUP) or the run was
 * told to stop (SIGTERM). The message is the one line the user sees.
 */
export class CancelledError extends Error {
  override name = "CancelledError";
  readonly exitCode: number;
  constructor(
    message = "Cancelled — nothing was written.",
    readonly signal: InterruptSignal = "SIGINT",
  ) {
    super(message);
    this.exitCode = SIGNAL_EXIT_CODES[signal];
  }
}

export type UserFacingError = UsageError | ProblemError | CancelledError;

export function isUserFacing(error: unknown): error is UserFacingError {
  return (
    error instanceof UsageError || error instanceof ProblemError || error instanceof CancelledError
  );
}
