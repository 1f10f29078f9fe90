import { chosenValue } from "../domain/answer-kinds/index.js";
import type { Retro } from "../domain/retro.js";
import { mdInline, mdQuote } from "./markdown-text.js";
import { documentText, toJson } from "./safe-text.js";

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
 * A cell as a spreadsheet reads it back: quoted when it holds a comma, a quote
 * or a line break (RFC 4180), and with a leading apostrophe when it starts
 * like a formula (`=`, `+`, `-`, `@`), so that opening the file runs nothing.
 */
export function csvCell(value: string): string {
  const text = documentText(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per retro, one column per context field and per question part (its
 * chosen value under the kind's field, `<id>.verdict`, then `<id>.answer`),
 * CRLF rows, with a BOM so spreadsheets read UTF-8.
 */
export function toCsv(records: readonly PathedRetro[]): string {
  const questions = new Map<string, Set<string>>();
  for (const { retro } of records) {
    for (const [id, answer] of Object.entries(retro.answers)) {
      const fields = questions.get(id) ?? new Set<string>();
      questions.set(id, fields);
      const value = chosenValue(answer);
      if (value) fields.add(value.field);
    }
  }
  const columns = [...questions].flatMap(([id, fields]) => [
    ...[...fields].map((field) => ({ id, field })),
    { id, field: undefined },
  ]);
  const header = [
    "path",
    ...CONTEXT_COLUMNS,
    ...columns.map(({ id, field }) => `${id}.${field ?? "answer"}`),
  ];
  const rows = records.map(({ path, retro }) => {
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
    const answers = columns.map(({ id, field }) => {
      const answer = retro.answers[id];
      if (field === undefined) return answer?.answer ?? "";
      const value = answer && chosenValue(answer);
      return value?.field === field ? value.text : "";
    });
    return [path, ...CONTEXT_COLUMNS.map((column) => context[column]), ...answers];
  });
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** A readable document: what is held, retro by retro (for a request of access). */
export function toMarkdown(records: readonly PathedRetro[], title: string): string {
  const lines = [
    `# ${mdInline(title)}`,
    "",
    `${records.length} ${records.length === 1 ? "retro" : "retros"}.`,
  ];
  for (const { path, retro } of records) {
    const what = [retro.role, retro.stage].filter(Boolean).join(", ") || "interview";
    lines.push("", `## ${retro.date}: ${mdInline(what)}`, "");
    const facts: [string, string | undefined][] = [
      ["Retro", retro.id],
      ["File", path],
      ["Candidate reference", retro.candidate],
      ["Interviewer", retro.interviewer],
      ["Tags", retro.tags.join(", ") || undefined],
      ["Written", retro.recorded_at],
      ["To be deleted on", retro.expires_on],
    ];
    for (const [label, value] of facts) if (value) lines.push(`- **${label}:** ${mdInline(value)}`);
    for (const answer of Object.values(retro.answers)) {
      lines.push("", `### ${mdInline(answer.question)}`, "");
      const value = chosenValue(answer);
      if (value) lines.push(`**${mdInline(value.label)}**`, "");
      lines.push(answer.answer ? mdQuote(answer.answer) : "_(no answer)_");
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The retros with their paths, for JSON and YAML. */
const withPaths = (records: readonly PathedRetro[]) =>
  records.map(({ path, retro }) => ({ path, ...retro }));

/** Every format `export --format` takes; the title is for a document a person reads. */
export const EXPORT_FORMATS: Record<
  string,
  (records: readonly PathedRetro[], title: string) => string | Promise<string>
> = {
  csv: (records) => toCsv(records),
  md: toMarkdown,
  json: (records) => toJson(withPaths(records)),
  // Loaded only when asked for: the yaml library's writer is not on the path of the other formats.
  yaml: async (records) =>
    (await import("../domain/retro-yaml.js")).recordsToYaml(withPaths(records)),
};
