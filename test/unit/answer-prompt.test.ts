import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { answerPrompt } from "../../src/ui/answer-prompt.js";

const PASTE = { start: "\u001b[200~", end: "\u001b[201~" };

/** The prompt, fed bytes as a terminal sends them: keys, and pastes between their marks. */
async function answerFrom(...chunks: string[]) {
  const prompt = await render(answerPrompt, { message: "How could we spot it earlier?" });
  const screens: string[] = [];
  for (const chunk of chunks) {
    prompt.input.write(chunk);
    screens.push(prompt.getScreen());
  }
  return { answer: await prompt.answer, screens };
}

describe("the answer prompt", () => {
  it("gives a typed line on Enter, as a one-line prompt does", async () => {
    const { answer } = await answerFrom("The warm-up was late.", "\r");
    expect(answer).toBe("The warm-up was late.");
  });

  it("keeps the line breaks of a paste, blank lines too, and gives it all on the Enter typed after", async () => {
    const note = "First sign at minute 5.\rThen silence.\r\rNext time: their project first.";
    const { answer, screens } = await answerFrom(
      "Notes: ",
      `${PASTE.start}${note}${PASTE.end}`,
      "\r",
    );
    expect(answer).toBe(
      "Notes: First sign at minute 5.\nThen silence.\n\nNext time: their project first.",
    );
    // Shown on the prompt's line as it will be kept, before Enter.
    expect(screens[1]).toContain(
      "Notes: First sign at minute 5. ↵ Then silence. ↵  ↵ Next time: their project first.",
    );
  });

  it("leaves out the line break a paste ends with, and Backspace goes back over it", async () => {
    const trailing = await answerFrom(`${PASTE.start}one\rtwo\r${PASTE.end}`, "\r");
    expect(trailing.answer).toBe("one\ntwo");
    const edited = await answerFrom(
      `${PASTE.start}one\rtwo\r${PASTE.end}`,
      "\u007f",
      " more",
      "\r",
    );
    expect(edited.answer).toBe("one\ntwo more");
  });

  it("shows a kept line's tabs escaped, and keeps them in the answer", async () => {
    const { answer, screens } = await answerFrom(`${PASTE.start}a\tb\rc${PASTE.end}`, "\r");
    expect(screens[0]).toContain("a\\tb ↵ c");
    expect(answer).toBe("a\tb\nc");
  });

  it("takes a paste without a line break as typed", async () => {
    const { answer } = await answerFrom(`${PASTE.start}one line${PASTE.end}`, " typed", "\r");
    expect(answer).toBe("one line typed");
  });
});
