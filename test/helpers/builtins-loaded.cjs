// Preloaded with --require: on exit, writes the names of the Node built-in modules
// the process loaded (process.moduleLoadList) to the file named by BUILTINS_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  writeFileSync(process.env.BUILTINS_FILE, process.moduleLoadList.join("\n"));
});
