#!/usr/bin/env node
// CommonJS on purpose (bin/package.json says so): `--version` is answered
// before anything else loads, so it costs about what `node -e 0` costs.
// Everything else goes to the built bundle.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${require("../package.json").version}\n`);
} else {
  require("./bundle.js").loadBundle().exports.main();
}
