import { formatLocated } from "../domain/located.js";
import type { Output, ProgressEvent } from "../world.js";
import { displayPath } from "./display-path.js";
import { safeOneLine } from "./safe-text.js";

const CLEAR_LINE = "\r\x1b[K";

/**
 * Prints what a command reports as it reads: warnings as `path:line:col:
 * message`, and a "Reading retros… 4000" line that only a terminal sees
 * (never a pipe or a log), cleared before a warning and when reading ends.
 */
export function progressPrinter(stderr: Output, cwd: string): (event: ProgressEvent) => void {
  let shown = false;
  const clear = () => {
    if (shown) stderr.write(CLEAR_LINE);
    shown = false;
  };
  return (event) => {
    if (event.type === "warning") {
      clear();
      const { warning } = event;
      const located = {
        ...warning,
        path: displayPath(cwd, warning.path),
        message: safeOneLine(warning.message),
      };
      stderr.write(`warning: ${formatLocated(located)}\n`);
    } else if (event.type === "reading") {
      if (stderr.isTTY !== true) return;
      stderr.write(`\rReading retros… ${event.count}`);
      shown = true;
    } else {
      clear();
    }
  };
}
