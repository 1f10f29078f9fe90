import { Document, isMap, isScalar, Scalar, visit } from "yaml";
import type { Retro } from "./retro.js";

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
const NOT_PORTABLE_RAW_ALL = new RegExp(NOT_PORTABLE_RAW.source, "g");

const escapeForDoubleQuotes = (char: string) =>
  `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

function styleFor(value: string): Scalar.Type {
  if (NOT_PORTABLE_RAW.test(value)) return Scalar.QUOTE_DOUBLE;
  if (value.includes("\n")) return Scalar.BLOCK_LITERAL;
  // PyYAML rejects a tab inside a plain scalar, and reads a lone `=` as its "value" tag.
  if (value.includes("\t") || value === "=") return Scalar.QUOTE_DOUBLE;
  return Scalar.PLAIN;
}

export function retroToYaml(retro: Retro): string {
  // `compat: yaml-1.1` makes `yaml` quote strings such as `no`, `on`, `0123` or
  // `12:30`, which a YAML 1.1 reader would turn into booleans, numbers or times.
  const doc = new Document(retro, { compat: "yaml-1.1" });
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.value) && typeof pair.value.value === "string") {
        pair.value.type = styleFor(pair.value.value);
      }
    },
    Seq(_, seq) {
      seq.flow = true;
      for (const item of seq.items) {
        if (isScalar(item) && typeof item.value === "string") item.type = styleFor(item.value);
      }
    },
  });
  const template = doc.get("template", true);
  if (isMap(template)) template.flow = true;
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(NOT_PORTABLE_RAW_ALL, escapeForDoubleQuotes);
}
