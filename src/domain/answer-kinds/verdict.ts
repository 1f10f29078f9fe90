import type { AnswerKind, KindTally, Tone } from "./answer-kind.js";

export const VERDICTS = ["yes", "partly", "no"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const isVerdict = (value: unknown): value is Verdict =>
  (VERDICTS as readonly unknown[]).includes(value);

const TONES: Record<Verdict, Tone> = { yes: "good", partly: "mixed", no: "bad" };

type Counts = Record<Verdict, number>;
const zero = (): Counts => ({ yes: 0, partly: 0, no: 0 });
const total = (counts: Counts) => counts.yes + counts.partly + counts.no;

/** Yes, partly or no: the article's three questions are asked this way, with notes. */
export const verdict: AnswerKind = {
  name: "verdict",
  describe: () => VERDICTS.join(" / "),
  field: "verdict",
  what: "verdict for",
  settings: [],
  checkSettings: () => ({}),
  flagValue: () => `<${VERDICTS.join("|")}>`,
  parse: (question, text) =>
    isVerdict(text)
      ? { value: text }
      : {
          problem: `the verdict of "${question.id}" must be ${VERDICTS.join(", ")}: pass --answer ${question.id}=partly, and the text as --answer ${question.id}.notes=<text>`,
        },
  storedProblem: (value) =>
    isVerdict(value) ? undefined : `verdict must be one of ${VERDICTS.join(", ")}`,
  prompt: (_question, earlier) => ({
    type: "select",
    choices: VERDICTS.map((value) => ({ value })),
    ...(isVerdict(earlier) ? { default: earlier } : {}),
    toValue: (picked) => picked,
  }),
  label: (value) => String(value),
  tone: (value) => (isVerdict(value) ? TONES[value] : "plain"),
  example: { settings: {}, typed: "partly" },
  statsKey: "verdicts",
  tally: verdictTally,
};

/** Shares of yes / partly / no: overall, per month of the chart, per group. */
function verdictTally(by: string | undefined): KindTally {
  const overall = zero();
  const perMonth = new Map<string, Counts>();
  const perGroup = new Map<string, Counts>();
  return {
    add(value, month, group) {
      if (!isVerdict(value)) return;
      overall[value]++;
      const counts = perMonth.get(month) ?? zero();
      perMonth.set(month, counts);
      counts[value]++;
      if (group !== undefined) {
        const inGroup = perGroup.get(group) ?? zero();
        perGroup.set(group, inGroup);
        inGroup[value]++;
      }
    },
    figures(months) {
      const byMonth = months.map((month) => ({ month, ...(perMonth.get(month) ?? zero()) }));
      const byGroup = [...perGroup]
        .map(([key, counts]) => ({ key, ...counts }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      const row = (label: string, counts: Counts) => ({
        label,
        counts: VERDICTS.map((v) => counts[v]),
      });
      return {
        json: { overall, byMonth, ...(by ? { byGroup } : {}) },
        chart: {
          shape: "shares",
          legend: VERDICTS.map((label) => ({ label, tone: TONES[label] })),
          rows: [
            row("overall", overall),
            ...byMonth.filter((m) => total(m) > 0).map((m) => row(m.month, m)),
            ...byGroup.map((g) => row(`${by}: ${g.key}`, g)),
          ],
        },
      };
    },
  };
}
