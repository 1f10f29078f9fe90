// Loads the built program (one CommonJS bundle) from compiled code where it
// can: the functions a command runs are then read compiled, not parsed and
// compiled again at every start, which is most of what start-up costs above
// bare `node`. Node 22.1 and later do this themselves
// (module.enableCompileCache). Node 20 only offers the vm API: there the
// bundle runs with the code cache that the build wrote beside it
// (scripts/code-cache.mjs). A cache that does not fit (another Node, other V8
// flags) is rejected by V8 and the bundle is compiled as usual: slower, never wrong.
const { readFileSync } = require("node:fs");
const { createRequire, enableCompileCache, wrap } = require("node:module");
const { dirname, join } = require("node:path");

const BUNDLE = join(__dirname, "../dist/interview-retro.cjs");
const CODE_CACHE = `${BUNDLE}.cache`;

function readCodeCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

/**
 * The bundle's exports, and on Node 20 the script from which the build makes
 * the cache.
 */
function loadBundle() {
  if (enableCompileCache) {
    enableCompileCache();
    return { exports: require(BUNDLE) };
  }
  const { Script } = require("node:vm");
  const script = new Script(wrap(readFileSync(BUNDLE, "utf8")), {
    filename: BUNDLE,
    cachedData: readCodeCache(),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

module.exports = { CODE_CACHE, loadBundle };
