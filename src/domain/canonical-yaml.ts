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

const KEY_LINE = /^( *)([a-z_][a-z0-9_]*):(?: (.*))?$/;
/** Whole-line comments and blank lines between keys, as a hand-written config has them. */
const COMMENT_OR_BLANK = /^ *(?:#.*)?$/;
const BLOCK_HEADER = /^\|([1-9])?([-+])?$/;
const JSON_ESCAPES_ONLY = /^"(?:[^"\\\x00-\x1f\x7f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/;
const SINGLE_QUOTED = /^'((?:[^'\x00-\x1f\x7f]|'')*)'$/;
const INTEGER = /^[0-9]+$/;
/** Plain scalars that the core schema reads as something other than a string, or as a different string. */
const NOT_PLAIN_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PLAIN_BAD_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const PLAIN_BAD_INSIDE = /: |\s#|\t|[\x00-\x1f\x7f]/;
const TEMPLATE_FLOW = /^\{id: ([a-z0-9][a-z0-9-]*), version: ([0-9]+)\}$/;
const TAGS_FLOW = /^\[([^"'[\]{},\s#&*!|>%@`]+(?:, [^"'[\]{},\s#&*!|>%@`]+)*)?\]$/;

class NotCanonical extends Error {}

const bail = (): never => {
  throw new NotCanonical();
};

/** Reads `text` if it has the canonical layout; undefined means "use the yaml library". */
/**
 * `omit`: keys whose values are skipped, not read (`stats` needs no answer
 * text). The file is still checked line by line as far as its layout goes.
 */
export function readCanonicalYaml(text: string, omit?: ReadonlySet<string>): Mapping | undefined {
  if (!text.endsWith("\n") || text.includes("\r") || text.charCodeAt(0) === 0xfeff)
    return undefined;
  const lines = text.split("\n");
  lines.pop();
  try {
    const cursor = { index: 0 };
    const value = readMapping(lines, cursor, 0, omit);
    return cursor.index === lines.length ? value : undefined;
  } catch (error) {
    if (error instanceof NotCanonical) return undefined;
    throw error;
  }
}

function readMapping(
  lines: string[],
  cursor: { index: number },
  indent: number,
  omit?: ReadonlySet<string>,
): Mapping {
  const mapping: Mapping = {};
  while (cursor.index < lines.length) {
    const line = lines[cursor.index] as string;
    if (COMMENT_OR_BLANK.test(line)) {
      cursor.index++;
      continue;
    }
    const match = KEY_LINE.exec(line);
    if (!match) return bail();
    const depth = (match[1] as string).length;
    if (depth < indent) break;
    if (depth > indent) return bail();
    const key = match[2] as string;
    if (Object.hasOwn(mapping, key)) return bail();
    const rest = match[3];
    cursor.index++;
    if (rest === undefined) {
      const next = lines[cursor.index];
      const childIndent = indent + 2;
      if (
        next === undefined ||
        !next.startsWith(" ".repeat(childIndent)) ||
        next[childIndent] === " "
      )
        return bail();
      mapping[key] = readMapping(lines, cursor, childIndent, omit);
    } else {
      const header = BLOCK_HEADER.exec(rest);
      if (omit?.has(key)) {
        if (header) skipLiteral(lines, cursor, indent);
      } else {
        mapping[key] = header ? readLiteral(lines, cursor, indent, header) : readInline(rest);
      }
    }
  }
  return mapping;
}

function readInline(raw: string): Value {
  const first = raw[0];
  if (first === '"') {
    if (!JSON_ESCAPES_ONLY.test(raw)) return bail();
    return JSON.parse(raw) as string;
  }
  if (first === "'") {
    const match = SINGLE_QUOTED.exec(raw);
    if (!match) return bail();
    return (match[1] as string).replaceAll("''", "'");
  }
  if (first === "{") {
    const match = TEMPLATE_FLOW.exec(raw);
    if (!match) return bail();
    return { id: match[1] as string, version: Number(match[2]) };
  }
  if (first === "[") {
    const match = TAGS_FLOW.exec(raw);
    if (!match) return bail();
    const items = match[1] === undefined ? [] : match[1].split(", ");
    return items.map((item) => plainString(item));
  }
  if (INTEGER.test(raw)) return Number(raw);
  if (raw === "true" || raw === "false") return raw === "true";
  return plainString(raw);
}

function plainString(raw: string): string {
  if (raw === "" || PLAIN_BAD_START.test(raw) || PLAIN_BAD_INSIDE.test(raw) || /[\s:]$/.test(raw))
    return bail();
  if (NOT_PLAIN_STRING.test(raw)) return bail();
  return raw;
}

/** A literal block scalar (`|`, `|-`, `|+`, with an optional indentation indicator). */
function readLiteral(
  lines: string[],
  cursor: { index: number },
  parentIndent: number,
  header: RegExpExecArray,
): string {
  const chomp = header[2];
  let indent = header[1] === undefined ? undefined : parentIndent + Number(header[1]);
  const body: string[] = [];
  let leadingEmptyMax = 0;
  while (cursor.index < lines.length) {
    const line = lines[cursor.index] as string;
    const spaces = line.length - line.trimStart().length;
    const blank = line.trim() === "" && !line.includes("\t");
    if (indent === undefined) {
      if (blank) {
        leadingEmptyMax = Math.max(leadingEmptyMax, line.length);
        body.push(line);
        cursor.index++;
        continue;
      }
      if (spaces <= parentIndent || line[spaces] === "\t") break;
      indent = spaces;
      if (leadingEmptyMax > indent) return bail();
    }
    if (line.length > indent && line.startsWith(" ".repeat(indent))) {
      body.push(line);
    } else if (blank) {
      body.push("");
    } else {
      break;
    }
    cursor.index++;
  }
  // No content line: the block is only empty lines, as indented as the most indented one.
  if (indent === undefined) indent = Math.max(parentIndent + 1, leadingEmptyMax);
  const contentIndent = indent;
  const content = body.map((line) =>
    line.length > contentIndent ? line.slice(contentIndent) : "",
  );
  let last = content.length - 1;
  while (last >= 0 && content[last] === "" && (body[last] as string).length <= contentIndent)
    last--;
  const trailing = content.length - 1 - last;
  const text = content.slice(0, last + 1).join("\n");
  if (chomp === "-") return text;
  if (chomp === "+") return last < 0 ? "\n".repeat(trailing) : `${text}\n${"\n".repeat(trailing)}`;
  return last < 0 ? "" : `${text}\n`;
}

/** Passes over a literal block's lines (blank, or indented deeper than its key) without reading them. */
function skipLiteral(lines: string[], cursor: { index: number }, parentIndent: number): void {
  while (cursor.index < lines.length) {
    const line = lines[cursor.index] as string;
    let spaces = 0;
    while (line.charCodeAt(spaces) === 0x20) spaces++;
    if (spaces < line.length && spaces <= parentIndent) return;
    cursor.index++;
  }
}
