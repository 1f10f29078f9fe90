// npm pack and npm publish: the packed package.json carries no scripts.
// Installed from the registry or a tarball, the package is already built, and
// npm (11) warns about a `prepare` script in a tarball as about an install
// script. Installed from a git URL, npm reads the repository's own
// package.json, whose `prepare` builds it. `strip` runs as prepack, `restore`
// as postpack (the way pinst does it for husky); a strip after a failed pack
// restores first, so the repository's manifest is never lost.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const manifest = fileURLToPath(new URL("../package.json", import.meta.url));
const kept = fileURLToPath(new URL("../.package.json.unpacked", import.meta.url));

const restore = () => {
  if (existsSync(kept)) renameSync(kept, manifest);
};

const step = process.argv[2];
if (step === "strip") {
  restore();
  const text = readFileSync(manifest, "utf8");
  const { scripts: _scripts, ...packed } = JSON.parse(text);
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(packed, null, 2)}\n`);
} else if (step === "restore") {
  restore();
} else {
  console.error("usage: packed-manifest.mjs strip|restore");
  process.exit(2);
}
