import { addDays, daysBetween, isIsoDate } from "./dates.js";
import { isRecord } from "./issues.js";
import { retroId, SUFFIX_LENGTH, slugify } from "./naming.js";

/** What names a retro: its id is `<date>-<slug of role and candidate>-<suffix>`. */
export interface NamingFields {
  id: string;
  date: string;
  role?: string;
  candidate?: string;
  expires_on?: string;
}

/**
 * The id a retro takes when an edit fixes its date, role or candidate, and
 * the edited text with its `id` (and `expires_on`, which keeps its distance
 * from the date) made to follow: the file name holds the date, role and
 * candidate, and a name left behind would keep a wrong day, or another
 * candidate's reference, that `forget` would not find. Undefined when the
 * edit leaves the id as it is, when the retro was not named by the tool,
 * or when the person changed the id themselves to something else (then the
 * usual checks say what is wrong).
 */
export function renamedByEdit(
  before: NamingFields,
  after: unknown,
  text: string,
): { id: string; text: string } | undefined {
  const suffix = before.id.slice(-SUFFIX_LENGTH);
  if (before.id !== idOf(before, suffix)) return undefined;
  if (!isRecord(after)) return undefined;
  const { date, role, candidate } = after;
  if (typeof date !== "string" || !isIsoDate(date)) return undefined;
  if (typeof candidate !== "string" || (role !== undefined && typeof role !== "string"))
    return undefined;
  const id = idOf({ date, role, candidate }, suffix);
  if (id === before.id || (after.id !== before.id && after.id !== id)) return undefined;
  let renamed = replaceLine(text, "id", before.id, id);
  if (renamed === undefined) return after.id === id ? { id, text } : undefined;
  const expires = before.expires_on;
  if (date !== before.date && expires !== undefined && after.expires_on === expires) {
    const kept = addDays(date, daysBetween(before.date, expires));
    renamed = replaceLine(renamed, "expires_on", expires, `"${kept}"`) ?? renamed;
  }
  return { id, text: renamed };
}

const idOf = (fields: { date: string; role?: string; candidate?: string }, suffix: string) =>
  retroId(fields.date, slugify(fields.role, fields.candidate), suffix);

/**
 * The text with the one top-level line `key: value` (the value plain or in
 * double quotes, as the tool writes it) set to `key: replacement`; undefined
 * when there is not exactly one such line.
 */
function replaceLine(
  text: string,
  key: string,
  value: string,
  replacement: string,
): string | undefined {
  const escaped = value.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const line = new RegExp(`^${key}:[ \\t]*("?)${escaped}\\1[ \\t]*$`, "gm");
  const found = text.match(line);
  if (found?.length !== 1) return undefined;
  return text.replace(line, () => `${key}: ${replacement}`);
}
