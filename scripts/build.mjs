// npm run build: bundles src/ into dist/interview-retro.cjs and writes its V8
// code cache (see bin/bundle.js), plus the domain modules the benchmark's
// corpus generator imports.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);
rmSync("dist", { recursive: true, force: true });

const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning" };

/**
 * The prompt library, chalk and the YAML library, each in a CommonJS file of
 * its own under dist/vendor/: the commands that read retros never load them,
 * and the main bundle (and its code cache), which every command reads at
 * start, is a quarter of the size without them.
 */
const VENDORED = {
  "@inquirer/prompts": "prompts",
  // Our own prompt (src/ui/answer-prompt.ts) is made with the library's core, shared.
  "@inquirer/core": "prompts",
  chalk: "chalk",
  yaml: "yaml",
};
/** What the code uses of each: the prompts it never shows are left out. */
const USED = {
  "@inquirer/prompts": "checkbox, confirm, input, select",
  "@inquirer/core":
    "createPrompt, isBackspaceKey, isEnterKey, makeTheme, useKeypress, usePrefix, useRef, useState",
};
for (const file of new Set(Object.values(VENDORED))) {
  const names = Object.keys(VENDORED).filter((name) => VENDORED[name] === file);
  const contents = names
    .map((name) =>
      USED[name]
        ? `export { ${USED[name]} } from ${JSON.stringify(name)};`
        : `module.exports = require(${JSON.stringify(name)});`,
    )
    .join("\n");
  await build({
    ...common,
    stdin: { contents, resolveDir: root },
    outfile: `dist/vendor/${file}.cjs`,
    format: "cjs",
  });
}
const vendored = {
  name: "vendored",
  setup(build) {
    build.onResolve({ filter: /^(@inquirer\/(prompts|core)|chalk|yaml)$/ }, ({ path }) => ({
      path: `./vendor/${VENDORED[path]}.cjs`,
      external: true,
    }));
  },
};

/**
 * Commander loads node:child_process as it is loaded, for subcommands that
 * are programs of their own, which this tool has none of: every command
 * paid some 5 ms at start for it. It is loaded when a spawn is asked for.
 * The build fails if commander's line changes.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(path, "utf8");
      if (!source.includes(eager)) throw new Error(`${path} no longer holds ${eager}`);
      const lazy =
        "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

await build({
  ...common,
  entryPoints: ["src/main.ts"],
  outfile: "dist/interview-retro.cjs",
  format: "cjs",
  // CommonJS, so that V8 can cache its compiled code (Node 20 cannot for ES
  // modules); import() becomes require(), as a vm script (bin/bundle.js) has
  // no loader for import(). A module that only some commands need is still
  // set up on first use.
  supported: { "dynamic-import": false },
  // package-root.ts finds package.json from import.meta.url, which CommonJS lacks.
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { "import.meta.url": "importMetaUrl" },
  plugins: [vendored, lazyChildProcess],
});
// esbuild escapes the non-ASCII characters of strings, not of regular
// expressions. One such character makes the whole bundle a two-byte string
// for V8, which every command then reads, hashes and compiles more slowly
// (about 1 ms of each start, measured with show latest on Node 20 and 22).
const nonAscii = /[^\x00-\x7f]/.exec(readFileSync("dist/interview-retro.cjs", "utf8"));
if (nonAscii) {
  const line = nonAscii.input.slice(0, nonAscii.index).split("\n").length;
  throw new Error(
    `dist/interview-retro.cjs:${line} holds "${nonAscii[0]}": write it as \\u${nonAscii[0].charCodeAt(0).toString(16).padStart(4, "0")} in the source's regular expression`,
  );
}

await build({
  ...common,
  entryPoints: ["src/domain/retro.ts", "src/domain/retro-yaml.ts", "src/domain/naming.ts"],
  outdir: "dist/domain",
  format: "esm",
  packages: "external",
});

// The man page, from the same command definitions as --help; the shipped
// YAML files, read once here so that new's first prompt waits for no YAML
// library (src/io/shipped-yaml.ts).
const { loadBundle } = createRequire(import.meta.url)("../bin/bundle.js");
const program = loadBundle().exports;
writeFileSync("dist/interview-retro.1", await program.manPageText());
writeFileSync("dist/shipped-yaml.json", await program.shippedYamlRecord());

const warm = spawnSync(process.execPath, ["scripts/code-cache.mjs"], { stdio: "inherit" });
if (warm.status !== 0) process.exit(warm.status ?? 1);
