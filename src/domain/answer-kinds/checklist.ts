import { isRecord } from "../issues.js";
import { QUESTION_ID, type Question } from "../question.js";
import type { AnswerKind, KindTally } from "./answer-kind.js";

export interface ChecklistOption {
  /** Stored in the retro: lower-case letters, digits and `_`. */
  id: string;
  label: string;
}

const optionsOf = (question: Question) => (question.options ?? []) as ChecklistOption[];

const isChecked = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

const round = (value: number) => Math.round(value * 100) / 100;

/** Any of a list of options (none is an answer too); `options` in the template. */
export const checklist: AnswerKind = {
  name: "checklist",
  describe: (question) =>
    `checklist: ${optionsOf(question)
      .map((o) => (o.label === o.id ? o.id : `${o.id} (${o.label})`))
      .join(", ")}`,
  field: "checked",
  what: "choice for",
  settings: ["options"],
  checkSettings(raw, fail) {
    const options = checkOptions(raw.options, (message) => fail("options", message));
    return options ? { options } : {};
  },
  flagValue: (question) =>
    `<${optionsOf(question)
      .map((o) => o.id)
      .join(",")}> (any of them, comma-separated)`,
  parse: (question, text) => {
    const known = new Set(optionsOf(question).map((option) => option.id));
    const checked = [
      ...new Set(
        text
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = checked.filter((item) => !known.has(item));
    return unknown.length > 0
      ? {
          problem: `"${question.id}" has no option ${unknown.map((u) => `"${u}"`).join(", ")}: --answer ${question.id}=${checklist.flagValue(question)}`,
        }
      : { value: checked };
  },
  storedProblem: (value) => (isChecked(value) ? undefined : "checked must be a list of option ids"),
  prompt: (question, earlier) => ({
    type: "checkbox",
    hint: typeof question.hint === "string" ? question.hint : "Space to check, Enter when done.",
    choices: optionsOf(question).map((option) => ({
      value: option.id,
      name: option.label,
      checked: isChecked(earlier) && earlier.includes(option.id),
    })),
    toValue: (picked) => picked,
  }),
  label: (value) => (isChecked(value) && value.length > 0 ? value.join(", ") : "(none)"),
  tone: () => "plain",
  example: {
    settings: {
      options: [
        { id: "code_review", label: "Code review" },
        { id: "role_play", label: "Role play" },
      ],
    },
    typed: "code_review,role_play",
  },
  statsKey: "checklists",
  tally: checklistTally,
};

/** A checklist's options: `[code_review, …]` or `[{id: code_review, label: Code review}, …]`. */
function checkOptions(
  raw: unknown,
  fail: (message: string) => void,
): ChecklistOption[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    fail("a checklist needs a list of options");
    return undefined;
  }
  const options: ChecklistOption[] = [];
  for (const item of raw) {
    const id = typeof item === "string" ? item : isRecord(item) ? item.id : undefined;
    const label =
      typeof item === "string" ? item : isRecord(item) ? (item.label ?? item.id) : undefined;
    if (typeof id !== "string" || !QUESTION_ID.test(id) || typeof label !== "string") {
      fail("each option is an id (a-z, 0-9, _) or {id, label}");
      return undefined;
    }
    if (options.some((option) => option.id === id)) {
      fail(`duplicate option "${id}"`);
      return undefined;
    }
    options.push({ id, label });
  }
  return options;
}

/** How many answers checked each option, most checked first. */
function checklistTally(): KindTally {
  let answers = 0;
  const items = new Map<string, number>();
  return {
    add(value) {
      if (!isChecked(value)) return;
      answers++;
      for (const option of value) items.set(option, (items.get(option) ?? 0) + 1);
    },
    figures(_months, labelOf) {
      const sorted = [...items]
        .map(([option, count]) => {
          const label = labelOf?.(option);
          return { option, ...(label ? { label } : {}), count, share: round(count / answers) };
        })
        .sort((a, b) => b.count - a.count || (a.option < b.option ? -1 : 1));
      return {
        json: { count: answers, items: sorted },
        chart: {
          shape: "counts",
          summary: `${answers} answers`,
          legend: [],
          rows: sorted.map((item) => ({
            label: `${item.label ?? item.option} ${Math.round(item.share * 100)}%`,
            counts: [item.count],
          })),
        },
      };
    },
  };
}
