import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatLocated } from "../domain/located.js";
import { type WordList, wordListFrom } from "../domain/privacy.js";
import { UsageError } from "../errors.js";
import { packageRoot } from "../package-root.js";
import { parseYamlSource, sourceData } from "./yaml-source.js";

/** The shipped word list (English and French), plus the team's own when the config names one. */
export function loadWordList(extra?: string): WordList {
  const read = (path: string) => {
    try {
      const { source, problems } = parseYamlSource(path, readFileSync(path, "utf8"));
      const read = problems[0] ? { problem: problems[0] } : sourceData(source);
      if ("problem" in read) throw new Error(formatLocated(read.problem));
      return read.data;
    } catch (error) {
      throw new UsageError(
        `${path}: cannot read the privacy word list (${(error as Error).message.split("\n")[0]})`,
      );
    }
  };
  const shipped = read(join(packageRoot(), "templates", "privacy", "words.yaml"));
  return wordListFrom(shipped, ...(extra ? [read(extra)] : []));
}
