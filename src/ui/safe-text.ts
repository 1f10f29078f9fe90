/**
 * Text read from files is shown through these: an answer holding `\e[2J` or
 * an OSC sequence must never reach the terminal raw, and neither must the
 * bidirectional controls that can make text read differently than stored.
 */

const UNSAFE_MULTILINE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_ONE_LINE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = {
  "\x1b": "\\e",
  "\n": "\\n",
  "\t": "\\t",
  "\r": "\\r",
  "\0": "\\0",
};

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : unicodeEscape(char);
}

/** For text shown over several lines: newlines and tabs stay, every other control is escaped. */
export function safeMultiline(text: string): string {
  return text.replace(UNSAFE_MULTILINE, escapeChar);
}

/** Controls a written document keeps (tab and line ends); every other control is escaped. */
const UNSAFE_IN_DOCUMENT =
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * For a document written to a file (`report -o`, `export`): `cat` on it must
 * not play escape sequences, so only tabs and line ends stay raw.
 */
export function documentText(text: string): string {
  return text.replace(UNSAFE_IN_DOCUMENT, escapeChar);
}

/** For one line (a table cell, a search hit): newlines and tabs are escaped too. */
export function safeOneLine(text: string): string {
  return text.replace(UNSAFE_ONE_LINE, escapeChar);
}

/** Characters JSON.stringify leaves raw that a terminal acts on: DEL, C1 controls, line separators, bidi controls. */
const RAW_IN_JSON = /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `--json` output: indented, one document, its text safe on a terminal. The
 * characters JSON leaves raw are written as `\u` escapes, which any JSON
 * reader turns back into the same data.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW_IN_JSON, unicodeEscape)}\n`;
}

/** A `--json` array written an item at a time, as `toJson` writes a whole one: output starts before the last item is found. */
export function jsonArrayWriter(write: (text: string) => void): {
  item: (value: unknown) => void;
  end: () => void;
} {
  let count = 0;
  return {
    item(value) {
      const text = toJson(value).slice(0, -1).replaceAll("\n", "\n  ");
      write(`${count++ === 0 ? "[\n" : ",\n"}  ${text}`);
    },
    end: () => write(count === 0 ? "[]\n" : "\n]\n"),
  };
}
