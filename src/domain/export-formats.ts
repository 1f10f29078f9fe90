import type { Retro } from "./retro.js";

/**
 * Retros as a document, for `export`. Pure: records in, text out.
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
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per retro, one column per context field and per question field (verdict, answer), CRLF rows, with a BOM so spreadsheets read UTF-8. */
export function toCsv(records: readonly PathedRetro[]): string {
  const questions: string[] = [];
  const hasVerdict = new Set<string>();
  for (const { retro } of records) {
    for (const [id, answer] of Object.entries(retro.answers)) {
      if (!questions.includes(id)) questions.push(id);
      if (answer.verdict !== undefined) hasVerdict.add(id);
    }
  }
  const questionColumns = questions.flatMap((id) =>
    hasVerdict.has(id) ? [`${id}.verdict`, `${id}.answer`] : [`${id}.answer`],
  );
  const header = ["path", ...CONTEXT_COLUMNS, ...questionColumns];
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
    const answers = questions.flatMap((id) => {
      const answer = retro.answers[id];
      const text = answer?.answer ?? "";
      return hasVerdict.has(id) ? [answer?.verdict ?? "", text] : [text];
    });
    return [path, ...CONTEXT_COLUMNS.map((column) => context[column]), ...answers];
  });
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** A readable document: what is held, retro by retro (for a request of access). */
export function toMarkdown(records: readonly PathedRetro[], title: string): string {
  const lines = [
    `# ${title}`,
    "",
    `${records.length} ${records.length === 1 ? "retro" : "retros"}.`,
  ];
  for (const { path, retro } of records) {
    lines.push(
      "",
      `## ${retro.date}: ${[retro.role, retro.stage].filter(Boolean).join(", ") || "interview"}`,
      "",
    );
    const facts: [string, string | undefined][] = [
      ["Retro", retro.id],
      ["File", path],
      ["Candidate reference", retro.candidate],
      ["Interviewer", retro.interviewer],
      ["Tags", retro.tags.join(", ") || undefined],
      ["Written", retro.recorded_at],
      ["To be deleted on", retro.expires_on],
    ];
    for (const [label, value] of facts) if (value) lines.push(`- **${label}:** ${value}`);
    for (const answer of Object.values(retro.answers)) {
      lines.push("", `### ${answer.question}`, "");
      if (answer.verdict) lines.push(`**${answer.verdict}**`, "");
      lines.push(
        answer.answer
          ? answer.answer
              .split("\n")
              .map((line) => (line === "" ? ">" : `> ${line}`))
              .join("\n")
          : "_(no answer)_",
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
