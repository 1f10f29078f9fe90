// The part of the WebAssembly API that simd-search.ts uses: TypeScript declares
// it only in its DOM library, which this Node program does not include.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
  function validate(bytes: Uint8Array): boolean;
}

/** A WebAssembly text file, imported as its binary module (scripts/wat.mjs). */
declare module "*.wat" {
  const bytes: Uint8Array;
  export default bytes;
}
