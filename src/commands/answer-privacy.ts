import { scanText, type WordList } from "../domain/privacy.js";
import type { GivenAnswers } from "../domain/retro.js";
import type { Template } from "../domain/template.js";
import type { World } from "../world.js";

/** The privacy check of new and resume, before anything is written. */

export interface PrivacyPolicy {
  words: WordList;
  /** Findings are errors: nothing is written while one remains. */
  strict: boolean;
}

/** Every privacy finding in the answers, with the question it is in. */
export function answerFindings(answers: GivenAnswers, template: Template, words: WordList) {
  return template.questions.flatMap((question, index) =>
    scanText(answers[question.id]?.text ?? "", words).map((finding) => ({
      id: question.id,
      label: `${index + 1}/${template.questions.length} (${question.id})`,
      finding,
    })),
  );
}

/**
 * Prints the findings, never the text found (it is what should not be
 * copied around), and returns the ids of the questions they are in.
 */
export function reportFindings(
  world: World,
  findings: ReturnType<typeof answerFindings>,
  strict: boolean,
): string[] {
  for (const { label, finding } of findings) {
    world.stderr.write(
      `${strict ? "error" : "warning"}: answer ${label}, line ${finding.line + 1}: ${finding.reason}: retros are about the interview, not the candidate's person\n`,
    );
  }
  return [...new Set(findings.map((found) => found.id))];
}
