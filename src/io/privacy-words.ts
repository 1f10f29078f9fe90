import { join } from "node:path";
import { formatLocated } from "../domain/located.js";
import { type WordList, wordListFrom } from "../domain/privacy.js";
import { UsageError } from "../errors.js";
import { packageRoot } from "../package-root.js";
import { describeFsError } from "./fs-errors.js";
import { readTextFile } from "./text-file.js";
import { parseYamlSource, sourceData } from "./yaml-source.js";

/** The shipped word list (English and French), plus the team's own when the config names one. */
export function loadWordList(extra?: string): WordList {
  const read = (path: string) => {
    try {
      const { source, problems } = parseYamlSource(path, readTextFile(path));
      const read = problems[0] ? { problem: problems[0] } : sourceData(source);
      if ("problem" in read) throw new Error(formatLocated(read.problem));
      return read.data;
    } catch (error) {
      throw new UsageError(
        `${path}: cannot read the privacy word list (${(error as NodeJS.ErrnoException).code ? describeFsError(error) : (error as Error).message.split("\n")[0]})`,
      );
    }
  };
  const shipped = read(join(packageRoot(), "templates", "privacy", "words.yaml"));
  return wordListFrom(shipped, ...(extra ? [read(extra)] : []));
}
