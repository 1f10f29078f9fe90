#!/usr/bin/env node
// CommonJS on purpose (bin/package.json says so): `--version` is answered
// before anything else loads, so it costs about what `node -e 0` costs (the
// file is read directly: require() of a JSON file costs ~2 ms more).
// Everything else goes to the built bundle.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const packageFile = require("node:path").join(__dirname, "../package.json");
  const { version } = JSON.parse(require("node:fs").readFileSync(packageFile, "utf8"));
  process.stdout.write(`${version}\n`);
} else {
  const bundle = require("./bundle.js").loadBundle();
  // V8 lets the heap grow to several times what is alive before it collects:
  // reading 300,000 retros, that peaked at 240 MiB for 30 MiB alive. A
  // smaller growth step keeps the peak near 150 MiB at no measurable cost.
  // Set after the bundle is loaded: V8 rejects a code cache made under other flags.
  const v8 = require("node:v8");
  v8.setFlagsFromString("--heap-growing-percent=20");
  // V8 optimises a function that has run a while, on another thread. Over a
  // few hundred retros the command then ends while that compile goes on, and
  // Node waits for it at exit (10 to 30 ms, for code that will not run).
  // Four times V8's threshold, on Node 20: over 2,000 retros `list` takes
  // 128 ms, not 143; over 10,000, where optimising pays, no change. (Node 22
  // measured nothing; on 24, `digest`'s peak over 100,000 rose from 231 to
  // 249 MiB. V8 renames these flags, and an unknown one is an error on stderr.)
  if (process.versions.node.startsWith("20."))
    v8.setFlagsFromString("--ticks-before-optimization=12");
  bundle.exports.main();
}
