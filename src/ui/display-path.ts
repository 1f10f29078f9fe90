import { relative } from "node:path";
import { safeOneLine } from "./safe-text.js";

/**
 * A path as the output shows it: relative, and with its control characters
 * escaped. A cloned repo names its own files, and a name can hold an escape
 * sequence or a line break (`\e]52;…`, a forged `warning:` line): shown
 * raw, the terminal would play it, as git's quoted paths prevent too.
 */
export function displayPath(cwd: string, path: string): string {
  return safeOneLine(relativePath(cwd, path));
}

/** Relative to the current folder when inside it, so it can be pasted; absolute otherwise. Exact, for --json. */
export function relativePath(cwd: string, path: string): string {
  // Without path.relative when both paths are plain, which is nearly always:
  // it resolves both on every call, once per file of an export or a search.
  if (isPlainAbsolute(cwd) && isPlainAbsolute(path)) {
    const prefix = cwd === "/" ? cwd : `${cwd}/`;
    return path.length > prefix.length && path.startsWith(prefix)
      ? path.slice(prefix.length)
      : path;
  }
  const rel = relative(cwd, path);
  return rel === "" || rel === ".." || rel.startsWith("../") ? path : rel;
}

/** A `/`, `.` or `..` part, or an empty one: the path is not in the form path.resolve gives. */
const UNRESOLVED_PART = /\/\.{0,2}(?:\/|$)/;

const isPlainAbsolute = (path: string) =>
  path.startsWith("/") && (path === "/" || !UNRESOLVED_PART.test(path));
