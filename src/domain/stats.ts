import type { Retro } from "./retro.js";
import { VERDICTS, type Verdict } from "./template.js";

/**
 * The figures of `stats` and `report`, from retros: pure, so the same
 * figures feed the terminal, the JSON, the Markdown and the HTML alike.
 * Questions are matched across templates by id.
 */

export const GROUPINGS = ["interviewer", "role", "stage", "month"] as const;
export type Grouping = (typeof GROUPINGS)[number];

export type VerdictCounts = Record<Verdict, number>;

export interface Count {
  key: string;
  count: number;
}

export interface VerdictFigures {
  question: string;
  text: string;
  overall: VerdictCounts;
  byMonth: ({ month: string } & VerdictCounts)[];
  byGroup?: ({ key: string } & VerdictCounts)[];
}

export interface ScaleFigures {
  question: string;
  text: string;
  count: number;
  mean: number;
  spread: number;
  distribution: Record<string, number>;
}

export interface ChecklistFigures {
  question: string;
  text: string;
  count: number;
  items: { option: string; count: number; share: number }[];
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
  verdicts: VerdictFigures[];
  scales: ScaleFigures[];
  checklists: ChecklistFigures[];
  groupedBy?: Grouping;
}

const zero = (): VerdictCounts => ({ yes: 0, partly: 0, no: 0 });

/** The `count` months ending with `last` (YYYY-MM), oldest first. */
export function monthsEnding(last: string, count: number): string[] {
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

interface VerdictTally {
  overall: VerdictCounts;
  months: Map<string, VerdictCounts>;
  groups: Map<string, VerdictCounts>;
}

/**
 * The figures, folded one retro at a time: nothing of a retro is kept but
 * its counts (and its scale scores, for the spread), so the retros read
 * need not all stay in memory.
 */
export class StatsTally {
  private total = 0;
  private first: string | undefined;
  private last: string | undefined;
  private readonly perMonth: Map<string, number>;
  private readonly roles = new Tally();
  private readonly interviewers = new Tally();
  private readonly stages = new Tally();
  private readonly tags = new Tally();
  private readonly verdicts = new Map<string, VerdictTally>();
  private readonly scales = new Map<string, { scores: number[] }>();
  private readonly checklists = new Map<string, { count: number; items: Map<string, number> }>();
  /** Each question's text as the newest retro asks it (a template's wording can change). */
  private readonly texts = new Map<string, { date: string; text: string }>();

  constructor(
    private readonly months: readonly string[],
    private readonly by?: Grouping,
  ) {
    this.perMonth = new Map(months.map((month) => [month, 0]));
  }

  add(retro: Retro): void {
    this.total++;
    if (this.first === undefined || retro.date < this.first) this.first = retro.date;
    if (this.last === undefined || retro.date > this.last) this.last = retro.date;
    const month = retro.date.slice(0, 7);
    const inChart = this.perMonth.has(month);
    if (inChart) this.perMonth.set(month, (this.perMonth.get(month) ?? 0) + 1);
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
      if (answer.verdict !== undefined) {
        const figures = entry(this.verdicts, id, () => ({
          overall: zero(),
          months: new Map(),
          groups: new Map(),
        }));
        figures.overall[answer.verdict]++;
        if (inChart) entry(figures.months, month, zero)[answer.verdict]++;
        if (group !== undefined) entry(figures.groups, group, zero)[answer.verdict]++;
      }
      if (answer.score !== undefined)
        entry(this.scales, id, () => ({ scores: [] as number[] })).scores.push(answer.score);
      if (answer.checked !== undefined) {
        const figures = entry(this.checklists, id, () => ({
          count: 0,
          items: new Map<string, number>(),
        }));
        figures.count++;
        for (const option of answer.checked)
          figures.items.set(option, (figures.items.get(option) ?? 0) + 1);
      }
    }
  }

  result(): Stats {
    const { by, months } = this;
    const text = (question: string) => this.texts.get(question)?.text ?? "";
    return {
      total: this.total,
      ...(this.first !== undefined && this.last !== undefined
        ? { first: this.first, last: this.last }
        : {}),
      months: [...this.perMonth].map(([key, count]) => ({ key, count })),
      roles: this.roles.sorted(),
      interviewers: this.interviewers.sorted(),
      stages: this.stages.sorted(),
      tags: this.tags.sorted().slice(0, 10),
      verdicts: [...this.verdicts].map(([question, { overall, months: byMonth, groups }]) => ({
        question,
        text: text(question),
        overall,
        byMonth: months.map((month) => ({ month, ...(byMonth.get(month) ?? zero()) })),
        ...(by
          ? {
              byGroup: [...groups]
                .map(([key, counts]) => ({ key, ...counts }))
                .sort((a, b) => (a.key < b.key ? -1 : 1)),
            }
          : {}),
      })),
      scales: [...this.scales].map(([question, { scores }]) => {
        const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
        const spread = Math.sqrt(
          scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length,
        );
        const distribution: Record<string, number> = {};
        for (const score of scores) distribution[score] = (distribution[score] ?? 0) + 1;
        return {
          question,
          text: text(question),
          count: scores.length,
          mean: round(mean),
          spread: round(spread),
          distribution,
        };
      }),
      checklists: [...this.checklists].map(([question, { count, items }]) => ({
        question,
        text: text(question),
        count,
        items: [...items]
          .map(([option, n]) => ({ option, count: n, share: round(n / count) }))
          .sort((a, b) => b.count - a.count || (a.option < b.option ? -1 : 1)),
      })),
      ...(by ? { groupedBy: by } : {}),
    };
  }
}

/** The map's value for the key, made and stored on first use. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const round = (value: number) => Math.round(value * 100) / 100;

export const verdictTotal = (counts: VerdictCounts) =>
  VERDICTS.reduce((sum, verdict) => sum + counts[verdict], 0);
