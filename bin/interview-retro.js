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
  require("./bundle.js").loadBundle().exports.main();
}
