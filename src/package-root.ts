import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The package's own folder (package.json, templates/), found by walking up
 * from this module: the same answer from the bundled `dist/` and from `src/`
 * under the tests.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("interview-retro: cannot find its package.json");
    dir = parent;
  }
  root = dir;
  return dir;
}
