import { styleText } from "node:util";
import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  makeTheme,
  type Theme,
  useKeypress,
  usePrefix,
  useRef,
  useState,
} from "@inquirer/core";
import type { PartialDeep } from "@inquirer/type";
import { safeOneLine } from "./safe-text.js";

/**
 * The prompt of an answer: a line typed, or every line of a note pasted.
 * The prompt library's one-line prompt takes a pasted line break for Enter:
 * a pasted note's first line became the answer and the others were lost
 * (the next prompt drops what came before it opened). With the terminal's
 * bracketed paste on, which every common terminal has, a paste arrives
 * between two marks (readline names them `paste-start` and `paste-end`), and
 * its line breaks are kept; Enter typed after it gives the answer.
 */

/** Asks the terminal to mark pastes, and stops it. */
export const BRACKETED_PASTE = { on: "\u001b[?2004h", off: "\u001b[?2004l" } as const;

/** How a kept line break shows while the answer is on one line of the screen. */
const LINE_BREAK = " ↵ ";

export interface AnswerPromptConfig {
  message: string;
  theme?: PartialDeep<Theme>;
}

export const answerPrompt = createPrompt<string, AnswerPromptConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<"idle" | "done">("idle");
  /** The lines pasted before the one being typed. */
  const [lines, setLines] = useState<string[]>([]);
  const [value, setValue] = useState("");
  /** A paste as it comes, shown once it has all come: the lines before, and the one it is on. */
  const paste = useRef<{ lines: string[]; line: string } | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    if (status !== "idle") return;
    const name = (key as { name?: string }).name;
    if (name === "paste-start") {
      paste.current = { lines: [...lines], line: rl.line };
    } else if (name === "paste-end" && paste.current) {
      setLines(paste.current.lines);
      setValue(rl.line);
      paste.current = undefined;
    } else if (paste.current) {
      // Readline has taken a pasted line break for Enter and emptied its line:
      // the line it held is kept, and the paste goes on to the next.
      if (isEnterKey(key)) paste.current.lines.push(paste.current.line);
      paste.current.line = rl.line;
    } else if (isEnterKey(key)) {
      setStatus("done");
      done([...lines, value].join("\n").replace(/\n+$/, ""));
    } else if (isBackspaceKey(key) && value === "" && lines.length > 0) {
      // Back over a kept line break: the line before it is typed on again.
      const last = lines.at(-1) ?? "";
      setLines(lines.slice(0, -1));
      rl.write(last);
      setValue(last);
    } else {
      setValue(rl.line);
    }
  });

  // The line being typed ends the screen's line as readline holds it, which
  // places the cursor; the kept lines are shown escaped, tabs included.
  const shown = [...lines.map(safeOneLine), value].join(styleText("dim", LINE_BREAK));
  const answer = status === "done" ? theme.style.answer(shown) : shown;
  return [prefix, theme.style.message(config.message, status), answer].join(" ");
});
