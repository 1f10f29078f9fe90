/**
 * Combining accents: U+0300 to U+036F, what every accented Latin letter
 * decomposes to, but the overlays U+0334 to U+0338 (≠ is not an accented =).
 */
const ACCENTS = /[\u0300-\u0333\u0339-\u036f]/g;

/**
 * One character without its accents: "é" (precomposed) is "e", an accent on
 * its own is nothing. Only accents go: other decompositions (the Kelvin sign,
 * the Greek question mark) and other scripts' marks (a Hindi vowel sign) stay.
 */
function withoutAccents(char: string): string {
  if (char.charCodeAt(0) < 0xc0) return char;
  const decomposed = char.normalize("NFD");
  const bare = decomposed.replace(ACCENTS, "");
  return bare.length < decomposed.length ? bare : char;
}

/** The characters that may carry an accent, from À; those beyond the BMP (surrogate pairs) have none. */
const ACCENT_BEARING = /[\u00c0-\ud7ff\ue000-\uffff]/g;

/** Text without accents: "Léa" is "Lea", whether é is one character or e and an accent. */
export const stripAccents = (text: string) => text.replace(ACCENT_BEARING, withoutAccents);

const MAY_CARRY_ACCENT = new RegExp(ACCENT_BEARING.source);

/** Text that stripAccents may change (and leaves as it is when false). */
export const mayHaveAccents = (text: string) => MAY_CARRY_ACCENT.test(text);

/** Any run of the accents that stripAccents removes. */
export const ACCENT_RUN = `${ACCENTS.source}*`;

/** Where no such accent follows: the letter before is itself, not an accented one. */
export const NO_ACCENT_NEXT = `(?!${ACCENTS.source})`;

/** Lower case, accents removed: "Léa", "lea" and "LEA" are one name; "Enceinte" and "enceinte" one word. */
export const fold = (text: string) => stripAccents(text).toLowerCase();

const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Text with its accented letters precomposed (é as U+00E9, not e and U+0301),
 * as most text is typed. ASCII text is left as it is without asking the
 * Unicode library, whose first use costs some 8 million instructions.
 */
export const precomposed = (text: string) => (NOT_ASCII.test(text) ? text.normalize("NFC") : text);

/** Text holding a letter that may also be written decomposed (é, not e). */
export const decomposable = (text: string) =>
  NOT_ASCII.test(text) && text.normalize("NFD") !== text;

/** Text written with an accent. */
export const hasAccents = (text: string) => stripAccents(text) !== text;

/**
 * Where each code unit of `stripAccents(text)` comes from in the text: the
 * [start, end) of its character, the accents after it included, so that a
 * match found without accents can be shown in the text as written.
 */
export function accentlessOrigins(text: string): [number, number][] {
  const origins: [number, number][] = [];
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    const stripped = withoutAccents(char);
    if (stripped === "") {
      // An accent on its own belongs to the character before it.
      const last = origins[origins.length - 1];
      if (last) last[1] = end;
    }
    for (let i = 0; i < stripped.length; i++) origins.push([at, end]);
    at = end;
  }
  return origins;
}

/** The Unicode blocks holding every character whose accents removed leave an ASCII one (a test checks them all). */
const ACCENTED_BLOCKS = [
  [0x00c0, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2100, 0x21ff],
] as const;

let accented: Map<string, string[]> | undefined;

/** Every single character that is this ASCII one with accents: é, è, ê… for e; Å (the ångström sign) for A. */
export function accentedForms(ascii: string): readonly string[] {
  if (!accented) {
    accented = new Map();
    const chars: string[] = [];
    for (const [first, last] of ACCENTED_BLOCKS)
      for (let code = first; code <= last; code++) chars.push(String.fromCharCode(code));
    // All of them decomposed at once, a line each, as withoutAccents does one by one:
    // a line break is a character of its own, so each line is its own decomposition.
    // (A call to normalize for each, and a new list for each form found, took 3 to
    // 4 ms at every search that ignores accents; this, 1 to 2.)
    const decomposed = chars.join("\n").normalize("NFD").split("\n");
    const bare = decomposed.join("\n").replace(ACCENTS, "").split("\n");
    for (let i = 0; i < chars.length; i++) {
      const base = bare[i] as string;
      // Shorter: accents were removed. What is left is one ASCII character.
      if (base.length === 1 && base < "\x80" && (decomposed[i] as string).length > 1) {
        const forms = accented.get(base);
        if (forms) forms.push(chars[i] as string);
        else accented.set(base, [chars[i] as string]);
      }
    }
  }
  return accented.get(ascii) ?? [];
}
