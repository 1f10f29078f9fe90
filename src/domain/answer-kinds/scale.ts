import type { Question } from "../question.js";
import type { AnswerKind, KindTally } from "./answer-kind.js";

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
const SCORES = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

const isScore = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;

/** `4` → 4 for a score given as text; undefined when it is not a whole number in range. */
export function parseScore(text: string): number | undefined {
  const score = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  return isScore(score) ? score : undefined;
}

/** What the lowest and highest scores mean, as the template says. */
const ends = (question: Question): Record<number, string | undefined> => ({
  [SCALE_MIN]: question.low as string | undefined,
  [SCALE_MAX]: question.high as string | undefined,
});

const round = (value: number) => Math.round(value * 100) / 100;

/** A whole number from 1 to 5, the ends named by the template (`low`, `high`). */
export const scale: AnswerKind = {
  name: "scale",
  describe: (question) => {
    const { low, high } = question;
    return `scale ${SCALE_MIN}-${SCALE_MAX}${low || high ? ` (${SCALE_MIN} = ${low ?? ""} · ${SCALE_MAX} = ${high ?? ""})` : ""}`;
  },
  field: "score",
  what: "score for",
  settings: ["low", "high"],
  checkSettings(raw, fail) {
    const settings: Record<string, string> = {};
    for (const key of ["low", "high"]) {
      const value = raw[key];
      if (value === undefined) continue;
      if (typeof value === "string") settings[key] = value;
      else fail(key, `${key} is the text of a scale's end`);
    }
    return settings;
  },
  flagValue: () => `<${SCALE_MIN}-${SCALE_MAX}>`,
  parse: (question, text) => {
    const score = parseScore(text);
    return score === undefined
      ? {
          problem: `the score of "${question.id}" must be a whole number from ${SCALE_MIN} to ${SCALE_MAX}: --answer ${question.id}=<${SCALE_MIN}-${SCALE_MAX}>`,
        }
      : { value: score };
  },
  storedProblem: (value) =>
    isScore(value) ? undefined : `score must be a whole number from ${SCALE_MIN} to ${SCALE_MAX}`,
  prompt: (question, earlier) => {
    const named = ends(question);
    return {
      type: "select",
      choices: SCORES.map((score) => {
        const end = named[score];
        return { value: String(score), name: end ? `${score}  ${end}` : String(score) };
      }),
      ...(isScore(earlier) ? { default: String(earlier) } : {}),
      toValue: Number,
    };
  },
  label: (value) => `${value}/${SCALE_MAX}`,
  tone: () => "plain",
  example: { settings: { low: "shallow", high: "deep" }, typed: "4" },
  statsKey: "scales",
  tally: scaleTally,
};

/** How many gave each score, the mean and the spread (standard deviation). */
function scaleTally(): KindTally {
  const counts = new Map(SCORES.map((score) => [score, 0]));
  return {
    add(value) {
      if (isScore(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    },
    figures() {
      const all = [...counts];
      const count = all.reduce((sum, [, n]) => sum + n, 0);
      const mean = count === 0 ? 0 : all.reduce((sum, [s, n]) => sum + s * n, 0) / count;
      const spread =
        count === 0
          ? 0
          : Math.sqrt(all.reduce((sum, [s, n]) => sum + n * (s - mean) ** 2, 0) / count);
      const distribution = Object.fromEntries(all.filter(([, n]) => n > 0));
      return {
        json: { count, mean: round(mean), spread: round(spread), distribution },
        chart: {
          shape: "counts",
          summary: `mean ${round(mean).toFixed(2)} · spread ${round(spread).toFixed(2)} · ${count} answers`,
          legend: [],
          rows: all.map(([score, n]) => ({ label: String(score), counts: [n] })),
        },
      };
    },
  };
}
