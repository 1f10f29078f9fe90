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
  // And the young generation stays at its first size: Node 22 and 24 let it
  // grow to some 100 MiB on a machine with much memory, which took
  // `export` over 100,000 retros from 110 to 240 MiB (now about 125 on Node
  // 24, 75 on Node 20; no slower over 10,000 retros, 6 to 18% over 100,000).
  // Set after the bundle is loaded: V8 rejects a code cache made under other
  // flags (the young generation's own size flags only count before start).
  const v8 = require("node:v8");
  v8.setFlagsFromString("--heap-growing-percent=20");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  bundle.exports.main();
}
