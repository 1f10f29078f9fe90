import { NotUtf8Error } from "./utf8.js";

/** What a file-system error means to a person, by its code: one table for every command. */
const MEANINGS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk is full",
  ENOTDIR: "a part of the path is a file, not a folder",
  ELOOP: "symbolic link loop",
  ENOENT: "broken symbolic link or missing file",
  EISDIR: "a folder, not a file",
  EAGAIN: "not a regular file",
  ESPIPE: "not a regular file",
  EMFILE: "too many open files",
  EPIPE: "nothing reads it any more",
  EFTYPE: "not a regular file",
  EFBIG: "too large",
  EILSEQ: "not UTF-8 text",
  EOUTSIDE: "a symbolic link to outside the retros folder",
  ENOFOLDER: "its folder does not exist",
  EEXIST: "a file of that name exists already",
};

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const meaning = (code && MEANINGS[code]) ?? code ?? String(error);
  // Text in another encoding: where its first such byte is, to find it in an editor.
  const { line, col } = error instanceof NotUtf8Error ? error.problem : {};
  return line === undefined ? meaning : `${meaning} at line ${line}, column ${col}`;
}
