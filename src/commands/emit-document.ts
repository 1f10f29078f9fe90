import { resolve } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { CancelledError, ProblemError, UsageError } from "../errors.js";
import { describeFsError } from "../io/fs-errors.js";
import { type OutputFile, openOutputFile } from "../io/output-file.js";
import { isWithin, realExisting } from "../io/real-path.js";
import { displayPath } from "../ui/display-path.js";
import { safeMultiline } from "../ui/safe-text.js";
import type { World } from "../world.js";
import { eventLoopTurn, type NotedInterrupts, noteInterrupts } from "./interrupts.js";
import { chunked, type Drained, streamOutput } from "./stream-output.js";

/**
 * Refuses an `-o` file inside the retros folder, before any retro is read:
 * there it would replace a retro (`-o` on a retro's own path), or be read by
 * every command as a broken one and shared with the team's retros.
 */
export function refuseOutputInRetros(
  world: World,
  output: string | undefined,
  retros: string,
): void {
  if (output === undefined || output === "-") return;
  const target = resolve(world.cwd, output);
  if (isWithin(realExisting(retros), realExisting(target)))
    throw new UsageError(
      `cannot write ${displayPath(world.cwd, target)}: it is inside the retros folder, which holds retros alone; write it elsewhere`,
    );
}

/**
 * A document (export, report, search's matches) to stdout, or with `-o
 * <file>` to that file. On a terminal, text from the retros is shown safely;
 * in a pipe or a file, byte for byte.
 */
export async function emitDocument(
  world: World,
  output: string | undefined,
  text: string,
  what: string,
): Promise<void> {
  await streamDocument(world, output, async (write) => {
    write(text);
    return what;
  });
}

/**
 * A document written as `make` makes it, piece by piece, so that nothing
 * holds the whole of it. `make` returns what it wrote, for the confirmation:
 * "the report", "12 retros". A file appears only whole: a full disk or an
 * error on the way leaves the one before, and no partial file.
 */
export async function streamDocument(
  world: World,
  output: string | undefined,
  make: (write: (text: string | Uint8Array) => void, drained: Drained) => Promise<string>,
): Promise<void> {
  if (output === undefined || output === "-") {
    if (world.stdout.isTTY !== true) {
      await streamOutput(world, make);
      return;
    }
    // Bytes may end within a character: the decoder keeps its first bytes for the next piece.
    const decoder = new StringDecoder("utf8");
    await streamOutput(world, (write, drained) =>
      make(
        (text) => write(safeMultiline(typeof text === "string" ? text : decoder.write(text))),
        drained,
      ),
    );
    return;
  }
  const target = resolve(world.cwd, output);
  // Ctrl-C (or SIGTERM, SIGHUP) during a long export to a file: the temporary
  // file is removed and nothing is written. The signal is noted, and acted on at the
  // next piece written or the next retros handed on.
  let interrupts: NotedInterrupts | undefined;
  const checkInterrupt = () => {
    const signal = interrupts?.signal();
    if (signal) throw new CancelledError("Interrupted: nothing was written.", signal);
  };
  const failed = (error: unknown) =>
    new ProblemError(`cannot write ${displayPath(world.cwd, target)}: ${describeFsError(error)}`);
  let file: OutputFile;
  try {
    file = await openOutputFile(target);
  } catch (error) {
    throw failed(error);
  }
  // A fifo's write can wait for ever on its reader: there, with no temporary
  // file to remove, a signal keeps its usual effect and ends the command.
  if (file.whole) interrupts = noteInterrupts();
  try {
    const out = chunked((text) => {
      checkInterrupt();
      try {
        file.write(text);
      } catch (error) {
        throw failed(error);
      }
    });
    // A file is written as it comes: nothing waits, but an interrupt is looked
    // for. A signal's handler runs only when the event loop gets a turn, which
    // a long stretch of work in one go (a CSV's rows read back: seconds over
    // 300,000 retros) never gives: so every so often it is given one, and
    // once more before the file is put in place.
    let pieces = 0;
    const what = await make(out.write, () => {
      checkInterrupt();
      return ++pieces % TURN_EVERY === 0 ? eventLoopTurn() : undefined;
    });
    out.flush();
    await eventLoopTurn();
    checkInterrupt();
    await file.commit().catch((error) => {
      throw failed(error);
    });
    world.stderr.write(`Wrote ${what} to ${displayPath(world.cwd, target)}\n`);
  } finally {
    interrupts?.stop();
    file.discard();
  }
}

/** Pieces made between two turns of the event loop: some 6 MiB of a CSV's rows, or a few thousand retros read. */
const TURN_EVERY = 100;
