import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type WordList, wordListFrom } from "../domain/privacy.js";
import { UsageError } from "../errors.js";
import { packageRoot } from "../package-root.js";

/** The shipped word list (English and French), plus the team's own when the config names one. */
export function loadWordList(extra?: string): WordList {
  const read = (path: string) => {
    try {
      return parse(readFileSync(path, "utf8"), { maxAliasCount: 100 });
    } catch (error) {
      throw new UsageError(
        `${path}: cannot read the privacy word list (${(error as Error).message.split("\n")[0]})`,
      );
    }
  };
  const shipped = read(join(packageRoot(), "templates", "privacy", "words.yaml"));
  return wordListFrom(shipped, ...(extra ? [read(extra)] : []));
}
