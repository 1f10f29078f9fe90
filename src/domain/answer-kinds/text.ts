import type { AnswerKind } from "./answer-kind.js";

/** Free text: the answer is the text itself, typed on one line or in the editor. */
export const text: AnswerKind = {
  name: "text",
  describe: () => "free text",
  what: "answer to",
  settings: [],
  checkSettings: () => ({}),
  flagValue: () => "<text>",
  parse: (_question, value) => ({ value }),
  storedProblem: (value) => (typeof value === "string" ? undefined : "answer must be text"),
  label: (value) => String(value),
  tone: () => "plain",
  example: { settings: {}, typed: "They froze at the whiteboard; pairing helped." },
};
