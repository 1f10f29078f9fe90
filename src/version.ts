import { readFileSync } from "node:fs";

/** The package version, read from package.json so that there is one place to bump it. */
export function packageVersion(): string {
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}
