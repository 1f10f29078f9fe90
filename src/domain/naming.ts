/**
 * Where a retro lives: `<YYYY>/<YYYY-MM-DD>-<slug>-<suffix>.yaml`. The name is
 * built only from `[a-z0-9-]`, so no candidate reference or role, however
 * hostile (`../../etc/passwd`, `con`, 300 bytes), can leave the retros folder.
 */

export const SLUG_MAX = 40;
export const SUFFIX_LENGTH = 4;
const SUFFIX_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Lower-case `[a-z0-9-]`, accents folded, at most 40 characters, never empty. */
export function slugify(...parts: (string | undefined)[]): string {
  const words = parts
    .filter((part): part is string => Boolean(part))
    .join("-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = words.slice(0, SLUG_MAX).replace(/-+$/, "");
  return cut === "" ? "retro" : cut;
}

/**
 * A few random base-36 characters, so that two interviewers writing at the
 * same minute on two machines never pick the same name (no sequence numbers:
 * they would conflict in git).
 */
export function randomSuffix(randomInt: (max: number) => number): string {
  let suffix = "";
  for (let i = 0; i < SUFFIX_LENGTH; i++)
    suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  return suffix;
}

/** The retro id is the file's stem. */
export function retroId(date: string, slug: string, suffix: string): string {
  return `${date}-${slug}-${suffix}`;
}

/** Path of a retro relative to the retros folder, with `/` separators. */
export function retroRelativePath(id: string): string {
  return `${id.slice(0, 4)}/${id}.yaml`;
}

/**
 * The hidden copy `edit` works on, beside the retro (`<dir>/.<id>.editing.yaml`):
 * in the same folder, so that saving it is one atomic rename; ignored by list
 * and, through init's rules, by git.
 */
export function editCopyPath(retroPath: string): string {
  const slash = retroPath.lastIndexOf("/");
  const name = retroPath.slice(slash + 1).replace(/\.ya?ml$/, "");
  return `${retroPath.slice(0, slash + 1)}.${name}.editing.yaml`;
}
