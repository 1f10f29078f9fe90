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

function tally(values: (string | undefined)[]): Count[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

export function computeStats(
  retros: readonly Retro[],
  months: readonly string[],
  by?: Grouping,
): Stats {
  const dates = retros.map((retro) => retro.date).sort();
  const perMonth = new Map(months.map((month) => [month, 0]));
  for (const retro of retros) {
    const month = retro.date.slice(0, 7);
    if (perMonth.has(month)) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const verdicts = new Map<
    string,
    VerdictFigures & { months: Map<string, VerdictCounts>; groups: Map<string, VerdictCounts> }
  >();
  const scales = new Map<string, { text: string; scores: number[] }>();
  const checklists = new Map<string, { text: string; count: number; items: Map<string, number> }>();
  for (const retro of retros) {
    const month = retro.date.slice(0, 7);
    const group = by === "month" ? month : by ? (retro[by] ?? "(none)") : undefined;
    for (const [id, answer] of Object.entries(retro.answers)) {
      if (answer.verdict !== undefined) {
        const figures = verdicts.get(id) ?? {
          question: id,
          text: answer.question,
          overall: zero(),
          byMonth: [],
          months: new Map(),
          groups: new Map(),
        };
        verdicts.set(id, figures);
        figures.text = answer.question;
        figures.overall[answer.verdict]++;
        if (perMonth.has(month)) {
          const counts = figures.months.get(month) ?? zero();
          counts[answer.verdict]++;
          figures.months.set(month, counts);
        }
        if (group !== undefined) {
          const counts = figures.groups.get(group) ?? zero();
          counts[answer.verdict]++;
          figures.groups.set(group, counts);
        }
      }
      if (answer.score !== undefined) {
        const figures = scales.get(id) ?? { text: answer.question, scores: [] };
        figures.scores.push(answer.score);
        scales.set(id, figures);
      }
      if (answer.checked !== undefined) {
        const figures = checklists.get(id) ?? { text: answer.question, count: 0, items: new Map() };
        figures.count++;
        for (const option of answer.checked)
          figures.items.set(option, (figures.items.get(option) ?? 0) + 1);
        checklists.set(id, figures);
      }
    }
  }
  return {
    total: retros.length,
    ...(dates[0] ? { first: dates[0], last: dates.at(-1) as string } : {}),
    months: [...perMonth].map(([key, count]) => ({ key, count })),
    roles: tally(retros.map((retro) => retro.role)),
    interviewers: tally(retros.map((retro) => retro.interviewer)),
    stages: tally(retros.map((retro) => retro.stage)),
    tags: tally(retros.flatMap((retro) => retro.tags)).slice(0, 10),
    verdicts: [...verdicts.values()].map(({ months: byMonth, groups, ...figures }) => ({
      ...figures,
      byMonth: months.map((month) => ({ month, ...(byMonth.get(month) ?? zero()) })),
      ...(by
        ? {
            byGroup: [...groups]
              .map(([key, counts]) => ({ key, ...counts }))
              .sort((a, b) => (a.key < b.key ? -1 : 1)),
          }
        : {}),
    })),
    scales: [...scales].map(([question, { text, scores }]) => {
      const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
      const spread = Math.sqrt(
        scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length,
      );
      const distribution: Record<string, number> = {};
      for (const score of scores) distribution[score] = (distribution[score] ?? 0) + 1;
      return {
        question,
        text,
        count: scores.length,
        mean: round(mean),
        spread: round(spread),
        distribution,
      };
    }),
    checklists: [...checklists].map(([question, { text, count, items }]) => ({
      question,
      text,
      count,
      items: [...items]
        .map(([option, n]) => ({ option, count: n, share: round(n / count) }))
        .sort((a, b) => b.count - a.count || (a.option < b.option ? -1 : 1)),
    })),
    ...(by ? { groupedBy: by } : {}),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

export const verdictTotal = (counts: VerdictCounts) =>
  VERDICTS.reduce((sum, verdict) => sum + counts[verdict], 0);
