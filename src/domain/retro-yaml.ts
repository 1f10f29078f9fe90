import { Document, isMap, isScalar, isSeq, Scalar, visit } from "yaml";
import type { Retro } from "./retro.js";
import { simpleRecordYaml } from "./simple-record-yaml.js";

/**
 * Turns a retro into the text of its file. The file must be greppable (no
 * folded lines, multi-line answers as literal blocks), portable (a YAML 1.1
 * reader such as PyYAML reads back every string as the same string) and exact
 * (what was typed comes back byte for byte). The `yaml` library does the
 * quoting; the few rules below cover what it does not know about 1.1 readers.
 */

/**
 * Characters that YAML 1.1 readers treat as line breaks (U+0085, U+2028,
 * U+2029) or refuse outright (DEL, C1 controls, U+FFFE, U+FFFF). `yaml`
 * writes them raw; we force double quotes on any string holding one and then
 * escape them, which is valid only inside double quotes.
 */
const NOT_PORTABLE_RAW = /[\x7f-\x9f\u2028\u2029\ufffe\uffff]/;
/**
 * The bidirectional controls, which can make text read differently than it is
 * stored: kept as typed in a retro file (exact), escaped in a document made
 * for other programs (`export --format yaml`).
 */
const NOT_PORTABLE_OR_BIDI = /[\x7f-\x9f\u2028\u2029\ufffe\uffff\u202a-\u202e\u2066-\u2069]/;

const escapeForDoubleQuotes = (char: string) =>
  `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

function styleFor(value: string, escaped: RegExp): Scalar.Type {
  if (escaped.test(value)) return Scalar.QUOTE_DOUBLE;
  if (value.includes("\n")) return Scalar.BLOCK_LITERAL;
  // PyYAML rejects a tab inside a plain scalar, and reads a lone `=` as its "value" tag.
  if (value.includes("\t") || value === "=") return Scalar.QUOTE_DOUBLE;
  return Scalar.PLAIN;
}

export const retroToYaml = (retro: Retro): string => yamlText(retro, NOT_PORTABLE_RAW);

/**
 * Retros (with their paths) as one YAML document for programs: as a retro
 * file writes them, bidi controls escaped. A simple record is written
 * without the library (simple-record-yaml.ts), in the library's own text.
 */
export const recordsToYaml = (records: readonly Readonly<Record<string, unknown>>[]): string =>
  records.length === 0
    ? libraryRecordsYaml(records)
    : records.map((record) => simpleRecordYaml(record) ?? libraryRecordsYaml([record])).join("");

/** The yaml library's text for records, which `simpleRecordYaml` matches. */
export const libraryRecordsYaml = (records: readonly unknown[]): string =>
  yamlText(records, NOT_PORTABLE_OR_BIDI);

function yamlText(data: unknown, escaped: RegExp): string {
  // `compat: yaml-1.1` makes `yaml` quote strings such as `no`, `on`, `0123` or
  // `12:30`, which a YAML 1.1 reader would turn into booleans, numbers or times.
  const doc = new Document(data, { compat: "yaml-1.1" });
  visit(doc, {
    Pair(_, pair, path) {
      if (isScalar(pair.value) && typeof pair.value.value === "string") {
        pair.value.type = styleFor(pair.value.value, escaped);
      }
      // A record's own `template: {id, version}` on one line (not an answer to a question named so).
      const ofRecord = path.length === 2 || (path.length === 3 && isSeq(path[1]));
      if (ofRecord && isScalar(pair.key) && pair.key.value === "template" && isMap(pair.value)) {
        pair.value.flow = true;
      }
    },
    Seq(_, seq) {
      // A list of records stays a block; lists of words (tags, checked) are written on one line.
      if (seq.items.some((item) => isMap(item))) return;
      seq.flow = true;
      for (const item of seq.items) {
        if (isScalar(item) && typeof item.value === "string")
          item.type = styleFor(item.value, escaped);
      }
    },
  });
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(new RegExp(escaped.source, "g"), escapeForDoubleQuotes);
}
