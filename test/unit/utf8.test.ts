import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, NotUtf8Error, utf8Text } from "../../src/io/utf8.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))),
  );

/** Whether `bytes` hold no invalid sequence so far (a sequence cut short at their end may go on). */
function decodesSoFar(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

describe("utf8Text", () => {
  it("gives the text of UTF-8 bytes, a BOM, accents and emoji as they are", () => {
    expect(utf8Text(bytes("\ufeffschema: 1\nnote: Léa — 🎉\n"), "f.yaml")).toBe(
      "\ufeffschema: 1\nnote: Léa — 🎉\n",
    );
  });

  it("says where a Latin-1 letter is: its line, its column in characters, its byte", () => {
    const latin1 = Buffer.from("schema: 1\nnote: Zoë said café\n", "latin1");
    expect(utf8Text(latin1, "f.yaml")).toEqual({
      path: "f.yaml",
      line: 2,
      col: 9,
      message: "not UTF-8 text (byte 0xEB): save it as UTF-8",
    });
    // A first byte that is not UTF-8 is on the first line, whatever lines follow.
    expect(utf8Text(Buffer.from("é\nok\n", "latin1"), "f")).toMatchObject({ line: 1, col: 1 });
    // Characters before it on its line count once each, whatever their bytes.
    expect(utf8Text(bytes("a\né€🎉", [0xff]), "f")).toMatchObject({ line: 2, col: 4 });
  });

  it.each([
    ["a stray continuation byte", [0x80]],
    ["an overlong form of /", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a code point past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a sequence cut short at the end", [0xe2, 0x82]],
    ["a sequence cut short by a new line", [0xe2, 0x82, 0x0a]],
  ])("refuses %s", (_, sequence) => {
    expect(utf8Text(bytes("ok: ", sequence), "f")).toMatchObject({ line: 1, col: 5 });
  });

  it("calls a file with a NUL byte and invalid UTF-8 binary, with no position", () => {
    expect(utf8Text(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), "x.yaml")).toEqual({
      path: "x.yaml",
      message: "a binary file, not text",
    });
  });

  it("names UTF-16 (PowerShell's > writes it) by its byte-order mark", () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const text = Buffer.from('{"a": "b"}', "utf16le");
      expect(utf8Text(Buffer.concat([Buffer.from(bom), text]), "a.json")).toEqual({
        path: "a.json",
        message: "UTF-16 text: save it as UTF-8",
      });
    }
  });

  it("accepts exactly what a strict UTF-8 decoder accepts, decodes it the same, and finds the line where that decoder fails (property)", () => {
    const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          // Lines of text, and now and then a byte that is not UTF-8.
          fc
            .array(fc.oneof(fc.constantFrom(0x0a, 0x61, 0xe9, 0xc3, 0xa9, 0xe2, 0x82, 0xac)), {
              maxLength: 40,
            })
            .map((bytes) => Uint8Array.from(bytes)),
          fc.string({ unit: "binary", maxLength: 20 }).map((text) => Buffer.from(text)),
        ),
        (array) => {
          const buffer = Buffer.from(array);
          let expected: string | undefined;
          try {
            expected = strict.decode(buffer);
          } catch {
            expected = undefined;
          }
          const text = utf8Text(buffer, "f");
          if (expected === undefined) expect(typeof text).toBe("object");
          else expect(text).toBe(expected);
          // The line: the strict decoder, fed ever longer beginnings, first fails on it.
          if (typeof text === "string" || text.line === undefined) return;
          let end = 1;
          while (end <= buffer.length && decodesSoFar(buffer.subarray(0, end))) end++;
          const newlines = buffer.subarray(0, end - 1).filter((byte) => byte === 0x0a).length;
          expect(text.line).toBe(1 + newlines);
        },
      ),
    );
  });
});

describe("decodeUtf8", () => {
  it("throws a NotUtf8Error that file-system messages explain (EILSEQ) and that says where", () => {
    const error = (() => {
      try {
        decodeUtf8(Buffer.from("dir: ~/entretiens/é\n", "latin1"), "config.yaml");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(NotUtf8Error);
    expect((error as NotUtf8Error).code).toBe("EILSEQ");
    expect((error as NotUtf8Error).problem).toMatchObject({
      path: "config.yaml",
      line: 1,
      col: 19,
    });
  });
});
