import { relative } from "node:path";

/** Relative to the current folder when inside it, so it can be pasted; absolute otherwise. */
export function displayPath(cwd: string, path: string): string {
  // The common case, without path.relative: it resolves both paths on every call.
  const prefix = cwd.endsWith("/") ? cwd : `${cwd}/`;
  if (path.startsWith(prefix) && !path.includes("/../") && !path.includes("/./"))
    return path.slice(prefix.length);
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
