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
    const cannot = (why: string) =>
      new UsageError(`${path}: cannot read the privacy word list (${why})`);
    let text: string;
    try {
      text = readTextFile(path);
    } catch (error) {
      throw cannot(describeFsError(error));
    }
    const { source, problems } = parseYamlSource(path, text);
    const read = problems[0] ? { problem: problems[0] } : sourceData(source);
    if ("problem" in read) throw cannot(formatLocated(read.problem));
    return read.data;
  };
  const shipped = read(join(packageRoot(), "templates", "privacy", "words.yaml"));
  return wordListFrom(shipped, ...(extra ? [read(extra)] : []));
}
