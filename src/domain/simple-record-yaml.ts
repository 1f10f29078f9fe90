/**
 * The text `recordsToYaml` gives a record (one item of a YAML sequence), made
 * without the yaml library when the record is simple: keys that are
 * lower-case words, text that needs no quotes or simple ones (dates, YAML
 * 1.1's yes/no words, a colon), text of several lines (a literal block), whole
 * numbers, lists of words, and the template on one line. Anything else makes
 * it return undefined, and the caller asks the library.
 *
 * Why: the library builds a document for each record, which made
 * `export --format yaml` four times slower than the other formats (2.4 s over
 * 10,000 retros, 30 s over 100,000). Tests check that whenever this returns
 * text, it is the library's text byte for byte.
 */

const KEY = /^[a-z_][a-z0-9_]*$/;
/** Words YAML 1.1 reads as booleans or null, in the spellings it knows: the library quotes them. */
const QUOTED_WORD =
  /^(?:[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|[Nn]ull|NULL)$/;
/**
 * Words that start with a letter and that YAML 1.1 may read as something
 * else than text: those words in any case (the spellings QUOTED_WORD leaves
 * out are not worth knowing here), and floats without digits before the
 * exponent (`e5`).
 */
const READ_OTHERWISE = /^(?:y(?:es)?|no?|true|false|o(?:n|ff)|null|e[-+]?\d+)$/i;
/** A date or a time as the retro writes them, which YAML 1.1 reads as a timestamp: the library quotes them. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/;
/**
 * Plain text starts with a letter, a slash (a path), a day and a dash (an
 * id), or a year folder (a path): never an indicator, a number or a date.
 */
const PLAIN_START = /^(?:[\p{L}/]|\d{4}-\d{2}-\d{2}-|\d{4}\/)/u;
/**
 * What the library writes otherwise than as typed, or quotes: controls (tab
 * and line break aside), YAML 1.1's line breaks and refused characters, the
 * bidirectional controls (escaped in an export), and lone surrogates.
 */
const ESCAPED =
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;
/** What makes the library quote text: an indicator first, a key's colon, a comment, an end in space or colon. */
const QUOTED = /^[ ,[\]{}#&*!|>'"%@`]|: | #|[ :]$/;
/** Inside `[…]` or `{…}`, what would end or split the collection, or break its line. */
const FLOW_INDICATOR = /[[\]{},\n]/;
/** A literal block's text cannot start with a space or a line break, or end in white space. */
const NOT_LITERAL = /^[ \n]|[ \t\n]$/;

class NotSimple extends Error {}

const bail = (): never => {
  throw new NotSimple();
};

/** The record as a one-item YAML sequence, or undefined when the yaml library must write it. */
export function simpleRecordYaml(record: Readonly<Record<string, unknown>>): string | undefined {
  try {
    const lines: string[] = [];
    mapping(record, "  ", lines, true);
    if (lines.length === 0) return undefined;
    lines[0] = `-${(lines[0] as string).slice(1)}`;
    return `${lines.join("\n")}\n`;
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}

/** A block mapping's lines at `indent`; the record's own `template` is written on one line. */
function mapping(
  value: Readonly<Record<string, unknown>>,
  indent: string,
  lines: string[],
  isRecord = false,
): void {
  for (const [key, item] of Object.entries(value)) {
    // The library leaves out a key whose value is undefined.
    if (item === undefined) continue;
    const head = `${indent}${simpleKey(key)}:`;
    if (typeof item === "string") lines.push(`${head} ${text(item, `${indent}  `)}`);
    else if (typeof item === "number") lines.push(`${head} ${wholeNumber(item)}`);
    else if (Array.isArray(item)) lines.push(`${head} [${item.map(flowWord).join(", ")}]`);
    else if (isRecord && key === "template") lines.push(`${head} ${flowTemplate(item)}`);
    else if (isPlainObject(item)) {
      // The library writes `{}` for a mapping with nothing written in it.
      if (Object.values(item).every((inner) => inner === undefined)) bail();
      lines.push(head);
      mapping(item, `${indent}  `, lines);
    } else bail();
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function simpleKey(key: string): string {
  if (!KEY.test(key) || READ_OTHERWISE.test(key)) bail();
  return key;
}

/** 0 and up (the library writes -0 as such). */
const wholeNumber = (value: number) =>
  Number.isSafeInteger(value) && (value > 0 || Object.is(value, 0)) ? String(value) : bail();

/** A string value: plain, double-quoted (a date, a yes/no word), or a literal block indented by `indent`. */
function text(value: string, indent: string): string {
  if (ESCAPED.test(value)) return bail();
  if (value.includes("\n")) {
    if (NOT_LITERAL.test(value)) return bail();
    return `|-\n${indent}${value.replace(/\n+/g, `$&${indent}`)}`;
  }
  // In double quotes, one line without controls is written as JSON writes it.
  if (TIMESTAMP.test(value) || QUOTED_WORD.test(value) || value.includes("\t"))
    return JSON.stringify(value);
  if (!QUOTED.test(value)) return plain(value);
  // Single quotes for text that holds double ones and no single one.
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

function plain(value: string): string {
  if (
    !PLAIN_START.test(value) ||
    QUOTED.test(value) ||
    READ_OTHERWISE.test(value) ||
    value.includes("\t")
  )
    bail();
  return value;
}

/** An item of a list of words, which the library writes on one line. */
function flowWord(item: unknown): string {
  if (typeof item !== "string" || ESCAPED.test(item) || FLOW_INDICATOR.test(item)) return bail();
  return plain(item);
}

function flowTemplate(value: unknown): string {
  if (!isPlainObject(value)) return bail();
  // In this order, and nothing else: the library writes the keys as they come.
  if (Object.keys(value).join() !== "id,version") return bail();
  return `{id: ${flowWord(value.id)}, version: ${typeof value.version === "number" ? wholeNumber(value.version) : bail()}}`;
}
