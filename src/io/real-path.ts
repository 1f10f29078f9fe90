import { existsSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** Whether `path` is `folder` or inside it (both real, or both as written). */
export const isWithin = (folder: string, path: string): boolean =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

/**
 * The real path of `path`, symbolic links resolved, as far as it exists; the
 * rest, yet to be made, is joined to it as written.
 */
export function realExisting(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}
