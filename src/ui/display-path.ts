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
  // The common case, without path.relative: it resolves both paths on every call.
  const prefix = cwd.endsWith("/") ? cwd : `${cwd}/`;
  if (path.startsWith(prefix) && !path.includes("/../") && !path.includes("/./"))
    return path.slice(prefix.length);
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
