// WebAssembly text (.wat) to binary, for the build (scripts/build.mjs) and the
// tests (vitest.config.ts) alike: `import wasm from "./x.wat"` gives its bytes.
import { readFileSync } from "node:fs";
import wabt from "wabt";

const toolkit = await wabt();

/** The binary module that the .wat file at `path` describes; throws on an error in it. */
export function compileWat(path) {
  const module = toolkit.parseWat(path, readFileSync(path, "utf8"), { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
