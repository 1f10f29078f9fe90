// Loads the built program (one CommonJS bundle) with the V8 code cache that
// the build wrote beside it: the functions a command runs are then read
// compiled, not parsed and compiled again at every start, which is most of
// what start-up cost above bare `node`. Node 22 does this itself
// (module.enableCompileCache); Node 20 only offers the vm API used here.
// A cache that does not fit (another Node, other V8 flags) is rejected by V8
// and the bundle is compiled as usual: slower, never wrong.
const { readFileSync } = require("node:fs");
const { createRequire, wrap } = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = join(__dirname, "../dist/interview-retro.cjs");
const CODE_CACHE = `${BUNDLE}.cache`;

function readCodeCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

/** The bundle's exports, and the script, from which the build makes the cache. */
function loadBundle() {
  const script = new Script(wrap(readFileSync(BUNDLE, "utf8")), {
    filename: BUNDLE,
    cachedData: readCodeCache(),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

module.exports = { CODE_CACHE, loadBundle };
