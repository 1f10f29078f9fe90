import type { AnswerKind, Chart, KindTally } from "./answer-kinds/answer-kind.js";
import { KINDS, kindOfStored } from "./answer-kinds/index.js";
import { entry } from "./map-entry.js";
import type { Retro } from "./retro.js";

/**
 * The figures of `stats` and `report`, from retros: pure, so the same
 * figures feed the terminal, the JSON, the Markdown and the HTML alike.
 * Questions are matched across templates by id.
 */

export const GROUPINGS = ["interviewer", "role", "stage", "month"] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface Count {
  key: string;
  count: number;
}

/** One question's figures, drawn by its kind (`answer-kinds/`). */
export interface QuestionFigures {
  question: string;
  text: string;
  kind: AnswerKind;
  /** What `stats --json` prints beside the id and text. */
  json: Record<string, unknown>;
  chart: Chart;
}

export interface Stats {
  total: number;
  first?: string;
  last?: string;
  months: Count[];
  roles: Count[];
  interviewers: Count[];
  stages: Count[];
  tags: Count[];
  /** By kind (in the order of `KINDS`), then in the order first seen. */
  questions: QuestionFigures[];
  groupedBy?: Grouping;
}

/** How many months from `from` to `to` (YYYY-MM): 0 for the same month. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** The `count` months ending with `last` (YYYY-MM), oldest first. */
function monthsEnding(last: string, count: number): string[] {
  const [year, month] = last.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

/** Counts of values, most frequent first (ties by value). */
class Tally {
  private readonly counts = new Map<string, number>();
  add(value: string | undefined): void {
    if (value) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  sorted(): Count[] {
    return [...this.counts]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  }
}

/**
 * The figures, folded one retro at a time: nothing of a retro is kept but
 * its counts, so the retros read need not all stay in memory.
 */
export class StatsTally {
  private total = 0;
  private first: string | undefined;
  private last: string | undefined;
  private readonly perMonth = new Map<string, number>();
  private readonly roles = new Tally();
  private readonly interviewers = new Tally();
  private readonly stages = new Tally();
  private readonly tags = new Tally();
  private readonly answers = new Map<AnswerKind, Map<string, KindTally>>();
  /** Each question's text as the newest retro asks it (a template's wording can change). */
  private readonly texts = new Map<string, { date: string; text: string }>();

  /** `lastMonth`: the charts' last month (YYYY-MM): the --until day's, or this one. */
  constructor(
    private readonly lastMonth: string,
    private readonly by?: Grouping,
  ) {}

  add(retro: Retro): void {
    this.total++;
    if (this.first === undefined || retro.date < this.first) this.first = retro.date;
    if (this.last === undefined || retro.date > this.last) this.last = retro.date;
    const month = retro.date.slice(0, 7);
    this.perMonth.set(month, (this.perMonth.get(month) ?? 0) + 1);
    this.roles.add(retro.role);
    this.interviewers.add(retro.interviewer);
    this.stages.add(retro.stage);
    for (const tag of retro.tags) this.tags.add(tag);
    const by = this.by;
    const group = by === "month" ? month : by ? (retro[by] ?? "(none)") : undefined;
    for (const [id, answer] of Object.entries(retro.answers)) {
      const known = entry(this.texts, id, () => ({ date: retro.date, text: answer.question }));
      if (retro.date > known.date) {
        known.date = retro.date;
        known.text = answer.question;
      }
      const kind = kindOfStored(answer);
      const { field, tally } = kind;
      const value = field === undefined ? undefined : answer[field];
      if (value === undefined || !tally) continue;
      const tallies = entry(this.answers, kind, () => new Map<string, KindTally>());
      entry(tallies, id, () => tally(by)).add(value, month, group);
    }
  }

  /**
   * The months of the charts: from the first one holding a retro (not a year
   * of empty bars for a team that started last month) to the last, at most
   * ten years.
   */
  private chartMonths(): string[] {
    if (this.first === undefined) return [];
    const count = monthsBetween(this.first.slice(0, 7), this.lastMonth) + 1;
    return monthsEnding(this.lastMonth, Math.min(Math.max(count, 1), 120));
  }

  /** Whether any answer of this kind was counted. */
  counts(kind: AnswerKind): boolean {
    return this.answers.has(kind);
  }

  /** `labels`: by question, each value's label in the templates (checklist options). */
  result(labels?: ReadonlyMap<string, ReadonlyMap<string, string>>): Stats {
    const { by } = this;
    const months = this.chartMonths();
    const text = (question: string) => this.texts.get(question)?.text ?? "";
    return {
      total: this.total,
      ...(this.first !== undefined && this.last !== undefined
        ? { first: this.first, last: this.last }
        : {}),
      months: months.map((key) => ({ key, count: this.perMonth.get(key) ?? 0 })),
      roles: this.roles.sorted(),
      interviewers: this.interviewers.sorted(),
      stages: this.stages.sorted(),
      tags: this.tags.sorted().slice(0, 10),
      questions: [...this.answers]
        .sort(([a], [b]) => KINDS.indexOf(a) - KINDS.indexOf(b))
        .flatMap(([kind, tallies]) =>
          [...tallies].map(([question, tally]) => ({
            question,
            text: text(question),
            kind,
            ...tally.figures(months, (value) => labels?.get(question)?.get(value)),
          })),
        ),
      ...(by ? { groupedBy: by } : {}),
    };
  }
}
