import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { formatLocated } from "../domain/located.js";
import { packageRoot } from "../package-root.js";
import { readTextFile } from "./text-file.js";

/**
 * The YAML files shipped under templates/ (the question sets, the privacy
 * word list) as the build read them, in dist/shipped-yaml.json. With it,
 * `new` shows its first prompt without loading the YAML library and parsing
 * two files with it, some 20 ms sooner. An entry serves only the very text it
 * was read from: an edited file, or a missing or broken record (the tests run
 * the sources, unbuilt), leaves the reading to the YAML library, as before.
 */

/** The question sets shipped with the package, and the privacy word list (privacy/words.yaml). */
export const SHIPPED_TEMPLATES_DIR = join(packageRoot(), "templates");
export const SHIPPED_YAML_RECORD = join(packageRoot(), "dist", "shipped-yaml.json");

type ShippedRecord = { [name: string]: { text: string; data: unknown } };

let record: ShippedRecord | undefined;

/** What the build read from the shipped file at `path`, when `text` is still what it read. */
export function shippedYamlData(path: string, text: string): { data: unknown } | undefined {
  record ??= readRecord();
  const name = relative(SHIPPED_TEMPLATES_DIR, path);
  const entry = Object.hasOwn(record, name) ? record[name] : undefined;
  // A copy, as the YAML library would give: whoever reads it may keep or change it.
  return entry?.text === text ? { data: structuredClone(entry.data) } : undefined;
}

function readRecord(): ShippedRecord {
  try {
    const read: unknown = JSON.parse(readFileSync(SHIPPED_YAML_RECORD, "utf8"));
    return typeof read === "object" && read !== null ? (read as ShippedRecord) : {};
  } catch {
    return {};
  }
}

/**
 * The record the build writes: every shipped file, read as the program reads
 * it. A file with a problem, or with data that JSON would change, stops the build.
 */
export async function shippedYamlRecord(): Promise<string> {
  const { yamlData } = await import("./yaml-source.js");
  const made: ShippedRecord = {};
  const names = readdirSync(SHIPPED_TEMPLATES_DIR, { recursive: true, encoding: "utf8" });
  for (const name of names.filter((name) => name.endsWith(".yaml")).sort()) {
    const path = join(SHIPPED_TEMPLATES_DIR, name);
    const text = readTextFile(path);
    const read = yamlData(path, text);
    if ("problem" in read) throw new Error(formatLocated(read.problem));
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(read.data)), read.data))
      throw new Error(`${path}: holds data that JSON cannot keep`);
    made[name] = { text, data: read.data };
  }
  return JSON.stringify(made);
}
