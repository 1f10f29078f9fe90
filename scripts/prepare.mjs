// npm's `prepare`: the build, in a clone after `npm ci` and in an install from
// a git URL. A global install from a git URL (npm install -g git+https://…)
// prepares its clone with npm_config_global=true inherited (npm/cli#8440), so
// the development dependencies the build needs were never installed there:
// they are installed here first, from the lock file, without their scripts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!existsSync(`${root}/node_modules/esbuild`))
  run("npm", ["ci", "--global=false", "--include=dev", "--ignore-scripts", "--no-audit", "--no-fund"]);
run(process.execPath, ["scripts/build.mjs"]);
