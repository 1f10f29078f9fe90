import type { InterruptSignal } from "../errors.js";

const INTERRUPTS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export interface NotedInterrupts {
  /** The first interrupt received so far, if any. */
  signal(): InterruptSignal | undefined;
  /** Interrupts end the process again. */
  stop(): void;
}

/**
 * Until `stop`, an interrupt (Ctrl-C, SIGTERM, a closed terminal) is noted
 * instead of ending the process: the command acts on it once what it does is
 * in a state it can be left in. Its handler runs only when the event loop
 * gets a turn.
 */
export function noteInterrupts(): NotedInterrupts {
  let noted: InterruptSignal | undefined;
  const onSignal = (signal: InterruptSignal) => {
    noted ??= signal;
  };
  for (const signal of INTERRUPTS) process.on(signal, onSignal);
  return {
    signal: () => noted,
    stop: () => {
      for (const signal of INTERRUPTS) process.off(signal, onSignal);
    },
  };
}

/**
 * Runs `work` with interrupts noted, not fatal, and says which came first,
 * if any: the caller stops once the work is whole. A signal that came during
 * its last stretch is seen on one more turn of the event loop.
 */
export async function holdingInterrupts<T>(
  work: () => T | Promise<T>,
): Promise<{ result: T; signal: InterruptSignal | undefined }> {
  const interrupts = noteInterrupts();
  try {
    const result = await work();
    await eventLoopTurn();
    return { result, signal: interrupts.signal() };
  } finally {
    interrupts.stop();
  }
}

/** A turn of the event loop: a signal received meanwhile has its handler run. */
export const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
