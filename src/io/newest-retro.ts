import type { Located } from "../domain/located.js";
import { batchReader, type FileText } from "./batch-reader.js";
import { dayOfName, foundFileOpener, retroFolders } from "./retro-files.js";
import { eachRetroNewestFirst, readRetros, type StoredRetro } from "./retro-store.js";

/**
 * `show latest`: the newest retro, by date, then by the time it was written,
 * then by id, as `list` puts it first.
 *
 * The names give the newest day; which of that day's retros was written last
 * only their files say. The tool writes each on a line of its own, in a
 * mapping that starts on the first line, where YAML wants any other text
 * indented: such a line, in a file that is a valid retro, is its date or its
 * time. So those lines are read from the bytes of the day's files, and only
 * the file they name newest is parsed (a broken file of the day is left out
 * as before, and `validate` reports it). Over 100,000 retros, 55 to 70 a day,
 * `show latest` took 7 ms less (128 against 121 on Node 20). When a file of
 * the day does not say both on such lines, or the one named newest does not
 * read back as what it said, the day's files are all parsed, as any other
 * command reads them.
 */
export async function newestRetro(options: {
  dir: string;
  onWarning: (warning: Located) => void;
}): Promise<StoredRetro | undefined> {
  const claimed = newestClaimed(options.dir);
  if (claimed !== undefined) {
    let clean = true;
    const [stored] = await readRetros([claimed.path], { onWarning: () => (clean = false) });
    if (
      clean &&
      stored?.retro.date === claimed.date &&
      stored.retro.recorded_at === claimed.recordedAt
    )
      return stored;
  }
  let newest: StoredRetro | undefined;
  const oneDay = 1;
  await eachRetroNewestFirst(
    options,
    (stored) => {
      newest = stored;
      return true;
    },
    oneDay,
  );
  return newest;
}

interface Claim {
  path: string;
  id: string;
  date: string;
  recordedAt: string;
}

/**
 * The newest day's files, by their names, as `eachRetroNewestFirst` reads
 * them first; undefined when a name does not give its day, or the folder
 * holds something to report (a link loop, a file of another kind).
 */
function newestDayFiles(dir: string): { day: string; paths: string[] } | undefined {
  let day: string | undefined;
  const paths: string[] = [];
  let clean = true;
  const onWarning = () => {
    clean = false;
  };
  for (const step of retroFolders({ dir, onWarning, newestFirst: true })) {
    for (const path of step) {
      const named = dayOfName(path);
      if (named === undefined) return undefined;
      day ??= named;
      if (named !== day) return clean ? { day, paths } : undefined;
      paths.push(path);
    }
  }
  return clean && day !== undefined ? { day, paths } : undefined;
}

/** The newest day a retro's name gives; undefined in an empty folder, or one whose newest name gives none. */
export const newestNamedDay = (dir: string): string | undefined => newestDayFiles(dir)?.day;

/**
 * The file of the newest day that says it was written last; undefined when
 * one of the day's files does not say (the tests check that it is then the
 * newest retro whenever it reads back as it says).
 */
export function newestClaimed(dir: string): Claim | undefined {
  const newestDay = newestDayFiles(dir);
  if (newestDay === undefined) return undefined;
  let unsure = false;
  const claims: (Claim | undefined)[] = [];
  const reader = batchReader(
    [],
    () => (unsure = true),
    (file) => claims.push(claimOf(file)),
    foundFileOpener(dir),
  );
  for (const path of newestDay.paths) reader.add(path);
  reader.end();
  if (unsure) return undefined;
  let newest: Claim | undefined;
  for (const claim of claims) {
    if (claim === undefined || claim.date !== newestDay.day) return undefined;
    if (
      newest === undefined ||
      claim.recordedAt > newest.recordedAt ||
      (claim.recordedAt === newest.recordedAt && claim.id > newest.id)
    )
      newest = claim;
  }
  return newest;
}

/** As the tool writes them: quoted, alone on their line, once. */
const DATE_LINE = /^date: "(\d{4}-\d{2}-\d{2})"$/m;
const TIME_LINE = /^recorded_at: "(\d{4}-\d{2}-\d{2}T[\d:.+Z-]+)"$/m;

function claimOf({ path, text }: FileText): Claim | undefined {
  // A mapping from the first line: not a flow mapping, whose text may start a line.
  if (!text.startsWith("schema:")) return undefined;
  const date = onlyLine(text, "date:", DATE_LINE);
  const recordedAt = onlyLine(text, "recorded_at:", TIME_LINE);
  if (date === undefined || recordedAt === undefined) return undefined;
  const id = path.slice(path.lastIndexOf("/") + 1).replace(/\.ya?ml$/, "");
  return { path, id, date, recordedAt };
}

/** The value on the one line that starts with `key`, in `form`. */
function onlyLine(text: string, key: string, form: RegExp): string | undefined {
  const at = text.indexOf(`\n${key}`);
  if (at < 0 || text.includes(`\n${key}`, at + 1)) return undefined;
  return form.exec(text)?.[1];
}
