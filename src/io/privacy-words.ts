import { join } from "node:path";
import { formatLocated } from "../domain/located.js";
import { type WordList, wordListFrom } from "../domain/privacy.js";
import { UsageError } from "../errors.js";
import { describeFsError } from "./fs-errors.js";
import { SHIPPED_TEMPLATES_DIR, shippedYamlData } from "./shipped-yaml.js";
import { readTextFile } from "./text-file.js";

/** The shipped word list (English and French), plus the team's own when the config names one. */
export async function loadWordList(extra?: string): Promise<WordList> {
  const read = async (path: string) => {
    const cannot = (why: string) =>
      new UsageError(`${path}: cannot read the privacy word list (${why})`);
    let text: string;
    try {
      text = readTextFile(path);
    } catch (error) {
      throw cannot(describeFsError(error));
    }
    const shipped = shippedYamlData(path, text);
    if (shipped) return shipped.data;
    const { yamlData } = await import("./yaml-source.js");
    const read = yamlData(path, text);
    if ("problem" in read) throw cannot(formatLocated(read.problem));
    return read.data;
  };
  const shipped = await read(join(SHIPPED_TEMPLATES_DIR, "privacy", "words.yaml"));
  return wordListFrom(shipped, ...(extra ? [await read(extra)] : []));
}
