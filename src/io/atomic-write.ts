import { randomBytes } from "node:crypto";
import { link, mkdir, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `content` to a new file at `path`, or fails with EEXIST: never a
 * partial file, never an overwrite. The content goes to a temporary file in
 * the same folder first, then is hard-linked into place: unlike rename, link
 * refuses an existing target, atomically, even against another process.
 */
export async function writeNewFileAtomically(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(temp, content, { flag: "wx", mode: 0o644 });
  try {
    await link(temp, path);
  } finally {
    await unlink(temp).catch(() => {});
  }
}
