import FOLDED_SEARCH from "./folded-search.wat";

/**
 * ASCII text found in bytes ignoring case, by WebAssembly SIMD
 * (folded-search.wat): on 10,000 retros, some 5 ms where the same search
 * in JavaScript took 20. The bytes are searched where they are read: the
 * buffer handed out is the module's own memory.
 */

/** The first position of the term in `[from, end)`, or -1. */
export type Find = (from: number, end: number) => number;

export interface SimdSearch {
  /** Where to put the bytes to search. */
  bytes: Buffer;
  /** For each text asked for, its search in `bytes`. */
  finders: Find[];
}

interface FoldedSearchExports {
  memory: WebAssembly.Memory;
  find: (from: number, end: number, needle: number, length: number) => number;
}

const PAGE_BYTES = 64 * 1024;
/** The module reads a vector of 16 bytes from each position it looks at. */
const READ_AHEAD = 16;

/** Compiled on first use; null where the engine lacks WebAssembly SIMD (x86 before SSE4.1). */
let compiled: WebAssembly.Module | null | undefined;

/**
 * A buffer of `size` bytes and the searches in it for each ASCII text (not
 * empty); undefined if this machine cannot run them.
 */
export function simdSearch(size: number, texts: readonly string[]): SimdSearch | undefined {
  compiled ??= WebAssembly.validate(FOLDED_SEARCH) ? new WebAssembly.Module(FOLDED_SEARCH) : null;
  if (compiled === null) return undefined;
  const { memory, find } = new WebAssembly.Instance(compiled)
    .exports as unknown as FoldedSearchExports;
  // Each needle, then the bit each of its bytes may differ by, after the bytes and their read-ahead.
  const needles: number[] = [];
  let end = size + READ_AHEAD;
  for (const text of texts) {
    needles.push(end);
    end += 2 * text.length;
  }
  // Grown once, now: growing later would leave `bytes` looking at a memory that is gone.
  memory.grow(Math.ceil(end / PAGE_BYTES) - memory.buffer.byteLength / PAGE_BYTES);
  const view = new Uint8Array(memory.buffer);
  texts.forEach((text, index) => {
    const at = needles[index] as number;
    for (let k = 0; k < text.length; k++) {
      const byte = text.charCodeAt(k);
      const letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;
      view[at + k] = letter ? byte | 0x20 : byte;
      view[at + text.length + k] = letter ? 0x20 : 0;
    }
  });
  return {
    bytes: Buffer.from(memory.buffer, 0, size),
    finders: texts.map(
      (text, index) => (from, until) => find(from, until, needles[index] as number, text.length),
    ),
  };
}
