import type { Chart } from "../domain/answer-kinds/answer-kind.js";
import { THEME_IDS_SHOWN } from "../domain/themes.js";

/** `60%`, or `–` of nothing. */
export const pct = (part: number, total: number) =>
  total === 0 ? "–" : `${Math.round((part / total) * 100)}%`;

/**
 * A question's figures over the whole period on one line, as the digest
 * shows them under the question: `yes 60% (3) · partly 20% (1) · no 20% (1)`,
 * or a scale's mean and a checklist's options.
 */
export function figuresLine(chart: Chart): string {
  if (chart.shape === "shares") {
    const counts = chart.rows[0]?.counts ?? [];
    const total = counts.reduce((a, b) => a + b, 0);
    return chart.legend
      .map((part, i) => `${part.label} ${pct(counts[i] ?? 0, total)} (${counts[i] ?? 0})`)
      .join(" · ");
  }
  return [
    ...(chart.summary ? [chart.summary] : []),
    ...chart.rows.map((row) => `${row.label} (${row.counts[0] ?? 0})`),
  ].join(" · ");
}

/** The first ids of a theme's retros, and how many more: `themes --json` has them all. */
export function someIds(ids: readonly string[], total: number, shown = THEME_IDS_SHOWN): string {
  const more = total > shown ? ` and ${total - Math.min(shown, ids.length)} more` : "";
  return `${ids.slice(0, shown).join(", ")}${more}`;
}

/** Under a report's actions, when it lists only the latest. */
export function earlierActions(shown: number, promised: number): string | undefined {
  if (promised <= shown) return undefined;
  const earlier = promised - shown;
  return `The latest ${shown} of ${promised} promised actions. ${earlier} earlier ${earlier === 1 ? "one is" : "ones are"} listed by interview-retro digest --since.`;
}
