import { chosenValue } from "../domain/answer-kinds/index.js";
import type { Retro, RetroAnswer } from "../domain/retro.js";
import { mdInline, mdQuote } from "./markdown-text.js";
import { documentText, jsonArrayWriter } from "./safe-text.js";

/**
 * Retros as a document, for `export`: Markdown to read, CSV for a
 * spreadsheet, JSON or YAML for programs. Records in, text out; a new format
 * is a function and a row of `EXPORT_FORMATS`.
 */

/** A retro and the path it is shown with. */
export interface PathedRetro {
  path: string;
  retro: Retro;
}

const CONTEXT_COLUMNS = [
  "id",
  "date",
  "recorded_at",
  "expires_on",
  "template",
  "template_version",
  "interviewer",
  "candidate",
  "role",
  "stage",
  "tags",
] as const;

/**
 * A row of cells: `documentText` escapes characters one by one, and never one
 * that quoting or the formula rule looks at, so it runs once over the row
 * rather than once per cell.
 */
const csvRow = (cells: readonly string[]): string => documentText(cells.map(quotedCell).join(","));

/**
 * A cell as a spreadsheet reads it back: quoted when it holds a comma, a quote
 * or a line break (RFC 4180), and with a leading apostrophe when it starts
 * like a formula (`=`, `+`, `-`, `@`), so that opening the file runs nothing.
 */
function quotedCell(text: string): string {
  const safe = FORMULA_STARTS.has(text.charCodeAt(0)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `=`, `+`, `-`, `@`, tab and CR. */
const FORMULA_STARTS = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/** Where the CSV rows wait for their header (`io/spill-file.ts`). */
export interface Spill {
  append(text: string): void;
  /** How many bytes were appended. */
  readonly size: number;
  /** What was appended, in order, in pieces: each one written (and `drained` awaited) before the next is asked for. */
  pieces(): Iterable<Uint8Array>;
}

/** A document being written, one retro at a time. */
export interface ExportWriter {
  add(record: PathedRetro): void;
  /** Writes what comes after the last retro; `count` retros were added. */
  end(count: number): void | Promise<void>;
}

/**
 * One row per retro, one column per context field and per question part (its
 * chosen value under the kind's field, `<id>.verdict`, then `<id>.answer`),
 * CRLF rows, with a BOM so spreadsheets read UTF-8. The columns are those of
 * the retros read, in the order they first come: the rows wait in `spill`,
 * each with as many cells as there were columns when it was read. Once the
 * header is written, they are copied out as they are, but for the rows read
 * before the last column came (the first few, most often), which are given
 * their empty cells before their line break.
 */
export function csvWriter({ write, drained }: ExportTarget, spill: Spill): ExportWriter {
  const columns: { id: string; field: string | undefined }[] = [];
  /** Each question's columns, by field ("" for the answer). */
  const columnsOf = new Map<string, Map<string, number>>();
  /** Each row's cell count, and where its line break starts in the spill. */
  const widths: number[] = [];
  const breaks: number[] = [];
  const column = (id: string, field: string | undefined) => {
    let fields = columnsOf.get(id);
    if (fields === undefined) {
      fields = new Map();
      columnsOf.set(id, fields);
    }
    let index = fields.get(field ?? "");
    if (index === undefined) {
      index = columns.push({ id, field }) - 1;
      fields.set(field ?? "", index);
    }
    return index;
  };
  return {
    add({ path, retro }) {
      const answers: string[] = [];
      // for…in: no array per retro (see retro-check.ts).
      for (const id in retro.answers) {
        const answer = retro.answers[id] as RetroAnswer;
        const value = chosenValue(answer);
        if (value) answers[column(id, value.field)] = value.text;
        answers[column(id, undefined)] = answer.answer ?? "";
      }
      const context: Record<(typeof CONTEXT_COLUMNS)[number], string> = {
        id: retro.id,
        date: retro.date,
        recorded_at: retro.recorded_at ?? "",
        expires_on: retro.expires_on ?? "",
        template: retro.template.id,
        template_version: String(retro.template.version),
        interviewer: retro.interviewer ?? "",
        candidate: retro.candidate,
        role: retro.role ?? "",
        stage: retro.stage ?? "",
        tags: retro.tags.join(", "),
      };
      const cells = [path, ...CONTEXT_COLUMNS.map((name) => context[name])];
      for (let i = 0; i < columns.length; i++) cells.push(answers[i] ?? "");
      spill.append(csvRow(cells));
      widths.push(columns.length);
      breaks.push(spill.size);
      spill.append("\r\n");
    },
    async end() {
      const header = [
        "path",
        ...CONTEXT_COLUMNS,
        ...columns.map(({ id, field }) => `${id}.${field ?? "answer"}`),
      ];
      write(`\ufeff${csvRow(header)}\r\n`);
      let row = 0;
      let at = 0;
      for (const piece of spill.pieces()) {
        const parts: Uint8Array[] = [];
        let from = 0;
        for (; (widths[row] ?? columns.length) < columns.length; row++) {
          const cut = (breaks[row] as number) - at;
          if (cut >= piece.length) break;
          parts.push(
            piece.subarray(from, cut),
            emptyCells(columns.length - (widths[row] as number)),
          );
          from = cut;
        }
        at += piece.length;
        write(parts.length === 0 ? piece : Buffer.concat([...parts, piece.subarray(from)]));
        const wait = drained();
        if (wait) await wait;
      }
    },
  };
}

const emptyCells = (count: number) => Buffer.from(",".repeat(count));

/** A readable document: what is held, retro by retro (for a request of access). */
export function markdownWriter(write: (text: string) => void, title: string): ExportWriter {
  write(`# ${mdInline(title)}\n`);
  return {
    add({ path, retro }) {
      const what = [retro.role, retro.stage].filter(Boolean).join(", ") || "interview";
      const lines = ["", `## ${retro.date}: ${mdInline(what)}`, ""];
      const facts: [string, string | undefined][] = [
        ["Retro", retro.id],
        ["File", path],
        ["Candidate reference", retro.candidate],
        ["Interviewer", retro.interviewer],
        ["Tags", retro.tags.join(", ") || undefined],
        ["Written", retro.recorded_at],
        ["To be deleted on", retro.expires_on],
      ];
      for (const [label, value] of facts)
        if (value) lines.push(`- **${label}:** ${mdInline(value)}`);
      for (const answer of Object.values(retro.answers)) {
        lines.push("", `### ${mdInline(answer.question)}`, "");
        const value = chosenValue(answer);
        if (value) lines.push(`**${mdInline(value.label)}**`, "");
        lines.push(answer.answer ? mdQuote(answer.answer) : "_(no answer)_");
      }
      write(`${lines.join("\n")}\n`);
    },
    // The count comes last: the document is written as the retros are read.
    end: (count) => write(`\n${count} ${count === 1 ? "retro" : "retros"}.\n`),
  };
}

/** A retro with its path, for JSON and YAML. */
const withPath = ({ path, retro }: PathedRetro) => ({ path, ...retro });

/** What a format needs to be written: where, a title for a person, and a place to set rows aside. */
export interface ExportTarget {
  /** Text, or bytes of UTF-8 text that may end within a character. */
  write: (text: string | Uint8Array) => void;
  /** A promise while the output's reader has fallen behind (or has bytes not yet written), to await before writing more. */
  drained: () => Promise<void> | undefined;
  title: string;
  spill: () => Spill;
}

/** Every format `export --format` takes. */
export const EXPORT_FORMATS: Record<
  string,
  (target: ExportTarget) => ExportWriter | Promise<ExportWriter>
> = {
  csv: (target) => csvWriter(target, target.spill()),
  md: ({ write, title }) => markdownWriter(write, title),
  json: ({ write }) => {
    const array = jsonArrayWriter(write);
    return { add: (record) => array.item(withPath(record)), end: array.end };
  },
  // Loaded only when asked for: the yaml library's writer is not on the path of the other formats.
  yaml: async ({ write }) => {
    const { recordsToYaml } = await import("../domain/retro-yaml.js");
    return {
      // Each record is a one-item sequence: written one after another, they are the whole sequence.
      add: (record) => write(recordsToYaml([withPath(record)])),
      end: (count) => {
        if (count === 0) write(recordsToYaml([]));
      },
    };
  },
};
