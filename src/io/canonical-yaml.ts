/**
 * A fast reader for the YAML layout that `retroToYaml` writes: block
 * mappings of `key: value` lines, plain and quoted one-line scalars, integers
 * and booleans, literal block scalars, the two small flow collections
 * (`template`, `tags`), and whole-line comments (as in the config file).
 *
 * Why: parsing with the `yaml` library costs about half a millisecond per
 * file, which makes `list` and `search` over 10,000 retros take seconds. This
 * reader is ~20x faster, and it is conservative: on anything outside that
 * layout (comments, anchors, tags, folded or multi-line quoted scalars, CR,
 * unusual escapes, duplicate keys…) it returns undefined and the caller parses
 * the file with `yaml`. Tests check that whenever it returns a value, that value
 * equals what `yaml` reads from the same text.
 */

type Value = string | number | boolean | Value[] | { [key: string]: Value };
type Mapping = { [key: string]: Value };

const BLOCK_HEADER = /^\|([1-9])?([-+])?$/;
const JSON_ESCAPES_ONLY = /^"(?:[^"\\\x00-\x1f\x7f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/;
const SINGLE_QUOTED = /^'((?:[^'\x00-\x1f\x7f]|'')*)'$/;
const INTEGER = /^[0-9]+$/;
/** Plain scalars that the core schema reads as something other than a string, or as a different string. */
const NOT_PLAIN_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A plain scalar cannot start with an indicator, hold `: `, ` #`, a tab or a control, or end in space or `:`. */
const NOT_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`\s]|: |\s#|\t|[\x00-\x1f\x7f]|[\s:]$/;
/** The first characters of the scalars that NOT_PLAIN_STRING lists. */
const MAY_BE_SPECIAL = /^[~nNtTfF0-9.+-]/;
const TEMPLATE_FLOW = /^\{id: ([a-z0-9][a-z0-9-]*), version: ([0-9]+)\}$/;
const TAGS_FLOW = /^\[([^"'[\]{},\s#&*!|>%@`]+(?:, [^"'[\]{},\s#&*!|>%@`]+)*)?\]$/;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const PIPE = 0x7c;

class NotCanonical extends Error {}

const bail = (): never => {
  throw new NotCanonical();
};

/** Where reading is: `pos` is the start of the next line not yet read. */
interface Cursor {
  text: string;
  pos: number;
  omit: ReadonlySet<string> | undefined;
  /** A text value as it is kept: `detached`, or as it is read. */
  keep: (value: string) => string;
}

export interface CanonicalReading {
  /** Keys whose values are skipped, not read (`stats` needs no answer text). */
  omit?: ReadonlySet<string>;
  /**
   * The values are dropped once used (`list` writes a line and forgets the
   * retro): they may stay views into `text`, not copies (see `detached`).
   * Over 10,000 retros, `list`, `search` and `export` take 2 to 3% less time.
   */
  transient?: boolean;
}

/**
 * Reads `text` if it has the canonical layout; undefined means "use the yaml
 * library". The values of the keys omitted are still checked line by line as
 * far as their layout goes.
 *
 * The text is walked by index, line by line, without splitting it: this runs
 * for every file of a 10,000-retro folder.
 */
export function readCanonicalYaml(
  text: string,
  { omit, transient = false }: CanonicalReading = {},
): Mapping | undefined {
  // CR and the Unicode line separators: the writer never leaves one unescaped,
  // so a file holding one goes to yaml. (Three native scans beat one regex.)
  if (
    !text.endsWith("\n") ||
    text.includes("\r") ||
    text.includes("\u2028") ||
    text.includes("\u2029") ||
    text.charCodeAt(0) === 0xfeff
  )
    return undefined;
  try {
    const cursor: Cursor = { text, pos: 0, omit, keep: transient ? asRead : detached };
    const value = readMapping(cursor, 0);
    return cursor.pos === text.length ? value : undefined;
  } catch (error) {
    if (error instanceof NotCanonical) return undefined;
    throw error;
  }
}

const KEY = /^[a-z_][a-z0-9_]*$/;

function knownKey(raw: string): string {
  // `__proto__` would set the object's prototype, not a key: the yaml library reads it.
  if (!KEY.test(raw) || raw === "__proto__") return bail();
  return raw;
}

/** Keys read so far, by length, eight at most of each: files repeat the same few dozen keys. */
const keysRead: string[][] = [];

/**
 * The key between `first` and `colon`: one read before when it is, found
 * with no new string (which V8 would then look up in its table of property
 * names), else checked and kept. Over 10,000 retros, parsing takes 11% less.
 */
function keyAt(text: string, first: number, colon: number): string {
  const length = colon - first;
  const known = keysRead[length];
  if (known !== undefined) for (const key of known) if (text.startsWith(key, first)) return key;
  const key = knownKey(text.slice(first, colon));
  if (known === undefined) keysRead[length] = [key];
  else if (known.length < 8) known.push(key);
  return key;
}

/** Lines of `key: value`, `key:` and its deeper mapping, whole-line comments and blank lines. */
function readMapping(cursor: Cursor, indent: number): Mapping {
  const { text } = cursor;
  const mapping: Mapping = {};
  while (cursor.pos < text.length) {
    const start = cursor.pos;
    const end = text.indexOf("\n", start);
    let first = start;
    while (text.charCodeAt(first) === SPACE) first++;
    if (first === end || text.charCodeAt(first) === HASH) {
      cursor.pos = end + 1;
      continue;
    }
    // Native searches rather than a loop over the key's characters: most files
    // are read once, by code that V8 has not optimised yet.
    const colon = text.indexOf(":", first);
    if (colon < 0 || colon > end) return bail();
    const key = keyAt(text, first, colon);
    // After the colon: the end of the line, or one space and the value.
    if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) return bail();
    const depth = first - start;
    if (depth < indent) break;
    if (depth > indent) return bail();
    if (Object.hasOwn(mapping, key)) return bail();
    cursor.pos = end + 1;
    if (colon + 1 === end) {
      // The next line is indented two spaces deeper, exactly.
      const childIndent = indent + 2;
      let spaces = 0;
      while (text.charCodeAt(cursor.pos + spaces) === SPACE) spaces++;
      if (spaces !== childIndent) return bail();
      mapping[key] = readMapping(cursor, childIndent);
    } else {
      const rest = text.slice(colon + 2, end);
      const header = rest.charCodeAt(0) === PIPE ? BLOCK_HEADER.exec(rest) : null;
      if (cursor.omit?.has(key)) {
        if (header) skipLiteral(cursor, indent);
      } else {
        mapping[key] = header ? readLiteral(cursor, indent, header) : readInline(rest, cursor.keep);
      }
    }
  }
  return mapping;
}

/** A one-line value: quoted or plain scalar, integer, boolean, or one of the two flow collections. */
function readInline(raw: string, keep: Cursor["keep"]): Value {
  const first = raw[0];
  if (first === '"') {
    if (!JSON_ESCAPES_ONLY.test(raw)) return bail();
    // Most quoted values are dates and words with no escape: their text is
    // between the quotes (JSON.parse took an eighth of the reading).
    return raw.includes("\\") ? (JSON.parse(raw) as string) : keep(raw.slice(1, -1));
  }
  if (first === "'") {
    const match = SINGLE_QUOTED.exec(raw);
    if (!match) return bail();
    return keep((match[1] as string).replaceAll("''", "'"));
  }
  if (first === "{") {
    const match = TEMPLATE_FLOW.exec(raw);
    if (!match) return bail();
    return { id: keep(match[1] as string), version: Number(match[2]) };
  }
  if (first === "[") {
    const match = TAGS_FLOW.exec(raw);
    if (!match) return bail();
    const items = match[1] === undefined ? [] : match[1].split(", ");
    return items.map((item) => plainString(item, keep));
  }
  if (INTEGER.test(raw)) return Number(raw);
  if (raw === "true" || raw === "false") return raw === "true";
  return plainString(raw, keep);
}

function plainString(raw: string, keep: Cursor["keep"]): string {
  if (raw === "" || NOT_PLAIN.test(raw)) return bail();
  if (MAY_BE_SPECIAL.test(raw) && NOT_PLAIN_STRING.test(raw)) return bail();
  return keep(raw);
}

/**
 * A copy of a value that does not keep its whole file in memory. V8 makes a
 * substring of 13 characters or more a view into its parent, so every kept id
 * or question text would hold on to its file's text: over 10,000 files, the
 * whole folder, which the garbage collector then copies around. Joining
 * forces a fresh string, and the slice is a view into that small copy.
 */
const detached = (value: string) => (value.length < 13 ? value : ` ${value}`.slice(1));
const asRead = (value: string) => value;

/** A literal block scalar (`|`, `|-`, `|+`, with an optional indentation indicator). */
function readLiteral(cursor: Cursor, parentIndent: number, header: RegExpExecArray): string {
  const { text } = cursor;
  const chomp = header[2];
  let indent = header[1] === undefined ? undefined : parentIndent + Number(header[1]);
  let pad = indent === undefined ? "" : " ".repeat(indent);
  /** Each line without its indentation; leading blank lines wait in `leadingBlank` until the indentation is known. */
  const content: string[] = [];
  let leadingBlank = 0;
  let leadingEmptyMax = 0;
  /** The last line that holds anything: the empty lines after it are trailing, for chomping. */
  let lastText = -1;
  while (cursor.pos < text.length) {
    const end = text.indexOf("\n", cursor.pos);
    const line = text.slice(cursor.pos, end);
    if (indent === undefined) {
      const spaces = line.length - line.trimStart().length;
      if (line.trim() === "" && !line.includes("\t")) {
        leadingEmptyMax = Math.max(leadingEmptyMax, line.length);
        leadingBlank++;
        cursor.pos = end + 1;
        continue;
      }
      if (spaces <= parentIndent || line[spaces] === "\t") break;
      indent = spaces;
      pad = " ".repeat(indent);
      if (leadingEmptyMax > indent) return bail();
      // Blank lines no longer than the indentation hold nothing.
      for (; leadingBlank > 0; leadingBlank--) content.push("");
    }
    let piece: string;
    if (line.length > indent && line.startsWith(pad)) piece = line.slice(indent);
    else if (line.trim() === "" && !line.includes("\t"))
      piece = line.length > indent ? line.slice(indent) : "";
    else break;
    content.push(piece);
    if (piece !== "") lastText = content.length - 1;
    cursor.pos = end + 1;
  }
  // Only blank lines, and no indicator: all of them are trailing empty lines.
  const trailing = indent === undefined ? leadingBlank : content.length - 1 - lastText;
  content.length = lastText + 1;
  const joined = content.join("\n");
  if (chomp === "-") return cursor.keep(joined);
  if (chomp === "+")
    return lastText < 0 ? "\n".repeat(trailing) : `${joined}\n${"\n".repeat(trailing)}`;
  return lastText < 0 ? "" : `${joined}\n`;
}

/** Passes over a literal block's lines (blank, or indented deeper than its key) without reading them. */
function skipLiteral(cursor: Cursor, parentIndent: number): void {
  const { text } = cursor;
  let pos = cursor.pos;
  while (pos < text.length) {
    let first = pos;
    while (text.charCodeAt(first) === SPACE) first++;
    if (text.charCodeAt(first) !== NEWLINE && first - pos <= parentIndent) break;
    pos = text.indexOf("\n", first) + 1;
  }
  cursor.pos = pos;
}
