import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument, visit } from "yaml";
import type { DataIssue } from "../domain/issues.js";
import type { Located } from "../domain/located.js";

/**
 * Reading YAML that a person wrote (templates, config, retros), with every
 * problem reported as `path:line:col: message`.
 */

export interface YamlSource {
  path: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * Parses `text`. Aliases are capped (a "billion laughs" file is refused, not
 * expanded), and unknown tags such as `!!python/object` are never executed:
 * `yaml` only ever builds plain data.
 */
export function parseYamlSource(
  path: string,
  text: string,
  options: { schema?: "core" | "failsafe" } = {},
): { source: YamlSource; problems: Located[] } {
  const lineCounter = new LineCounter();
  // Keys are checked for duplicates below: the library compares each key with
  // every one before it, and a file of 20,000 keys took 3 s (one of 8 MiB, hours).
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    schema: options.schema ?? "core",
  });
  const found = [
    ...doc.errors.map((error) => ({ offset: error.pos[0], message: firstLine(error.message) })),
    ...duplicateKeys(doc).map((offset) => ({ offset, message: "Map keys must be unique" })),
  ].sort((a, b) => a.offset - b.offset);
  const problems = found.map(({ offset, message }) => ({
    path,
    ...lineCounter.linePos(offset),
    message,
  }));
  return { source: { path, text, doc, lineCounter }, problems };
}

/** Where a key repeats one before it in its mapping, as the library's own check finds them, in one pass. */
function duplicateKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        // As the library compares: scalars by value (NaN never equals itself), anything else never.
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) offsets.push(key.range?.[0] ?? 0);
        else seen.add(key.value);
      }
    },
  });
  return offsets;
}

/** Aliases a file may use: a "billion laughs" file is refused, not expanded. */
const MAX_ALIASES = 100;

/**
 * The plain data of a parsed source. An alias to no anchor, or aliases used
 * past the limit, is a problem at the first alias, never a crash.
 */
export function sourceData(source: YamlSource): { data: unknown } | { problem: Located } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    let offset: number | undefined;
    visit(source.doc, {
      Alias(_, node) {
        offset = node.range?.[0];
        return visit.BREAK;
      },
    });
    const message = firstLine((error as Error).message);
    if (offset === undefined) return { problem: { path: source.path, message } };
    const { line, col } = source.lineCounter.linePos(offset);
    return { problem: { path: source.path, line, col, message } };
  }
}

/** A YAML text's data, or its first problem, placed. */
export function yamlData(path: string, text: string): { data: unknown } | { problem: Located } {
  const { source, problems } = parseYamlSource(path, text);
  return problems[0] ? { problem: problems[0] } : sourceData(source);
}

/** The position of the value at `keys` (or of the nearest existing parent) in the source. */
export function locate(source: YamlSource, issue: DataIssue): Located {
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const node =
      depth === 0 ? source.doc.contents : source.doc.getIn(issue.path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      // For a key that exists, point at its key rather than its value: that is what a reader looks for.
      const offset = keyOffset(source, issue.path.slice(0, depth)) ?? node.range[0];
      const { line, col } = source.lineCounter.linePos(offset);
      return { path: source.path, line, col, message: issue.message };
    }
  }
  return { path: source.path, line: 1, col: 1, message: issue.message };
}

function keyOffset(source: YamlSource, keys: readonly (string | number)[]): number | undefined {
  const last = keys.at(-1);
  if (typeof last !== "string") return undefined;
  const parent =
    keys.length === 1 ? source.doc.contents : source.doc.getIn(keys.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  for (const { key } of parent.items) {
    if (isScalar(key) && key.value === last && key.range) return key.range[0];
  }
  return undefined;
}

/** The first line of a library's message, short: it may quote a whole line of a binary file. */
const firstLine = (message: string) => {
  const line = message.split("\n")[0] ?? message;
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
};

/**
 * The position of a place inside a string value: line `line` (0-based) and
 * column `col` of the text, mapped back to the file. For a literal block the
 * text starts on the line after its `|`; for a one-line value, after its quote.
 */
export function locateInText(
  source: YamlSource,
  path: readonly (string | number)[],
  at: { line: number; col: number },
  message: string,
): Located {
  const node = source.doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return locate(source, { path, message });
  const start = source.lineCounter.linePos(node.range[0]);
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    // lineStarts is 0-based; start.line (1-based) is the header's line, so this is the text's line `at.line`.
    const offset = source.lineCounter.lineStarts[start.line + at.line] ?? node.range[0];
    const raw = source.text.slice(offset, offset + 200);
    const indent = raw.length - raw.trimStart().length;
    return { path: source.path, line: start.line + 1 + at.line, col: indent + at.col + 1, message };
  }
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? 1 : 0;
  return {
    path: source.path,
    line: start.line + at.line,
    col: start.col + quoted + at.col,
    message,
  };
}
