import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binaryEnv, runBinary } from "../helpers/binary.js";
import { writeRetro } from "../helpers/fixtures.js";
import { tempDir } from "../helpers/world.js";

/**
 * The HTML pages of `report` and `digest` are read in a browser, printed and
 * screenshotted: Debian's chromium, driven by playwright-core (nothing
 * downloaded). `.ci/run` installs chromium; without it, locally, the tests
 * say they skipped and why. In CI a missing browser is a failure.
 */

const CHROMIUM = process.env.INTERVIEW_RETRO_CHROMIUM ?? "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
}
if (!present) {
  console.warn(
    `skipped: no browser at ${CHROMIUM} (apt-get install chromium, or set INTERVIEW_RETRO_CHROMIUM)`,
  );
}

/** Screenshots of the pages, kept after the run to look at. */
const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts");
/** A4's width less the page's 15 mm margins, in CSS pixels (96 per inch). */
const A4_PRINTABLE = Math.floor(((210 - 30) / 25.4) * 96);

const { dir, cleanup } = tempDir();
let browser: Browser;

beforeAll(async () => {
  if (!present) return;
  const retros = join(dir, "retros");
  const roles = ["backend", "frontend", "data"];
  for (let i = 0; i < 24; i++) {
    writeRetro(retros, {
      date: `2026-11-${String(27 - (i % 20)).padStart(2, "0")}`,
      role: roles[i % 3] as string,
      interviewer: ["Léa Martin", "Sam Okafor", "Alex Brown"][i % 3] as string,
      suffix: `w${String(i).padStart(3, "0")}`,
      answers: {
        spot_difficulty_earlier: {
          text: `The system design part came too late (${i}).${i % 4 === 0 ? " Next time: open with their own project." : ""}`,
        },
        questions_appropriate: {
          verdict: (["yes", "partly", "no"] as const)[i % 3],
          text: "A very long note without spaces: https://example.invalid/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
        candidate_strengths: { verdict: i % 2 === 0 ? "yes" : "no" },
      },
    });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  cleanup();
});

/** Writes a page with the built binary, and opens it in the browser at a width. */
async function open(args: string[], file: string, width: number): Promise<Page> {
  const result = runBinary([...args, "-o", file], {
    cwd: dir,
    env: { ...binaryEnv(dir), TZ: "Europe/Paris" },
  });
  expect(result.code, result.stderr).toBe(0);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(pathToFileURL(join(dir, file)).href);
  return page;
}

/** The widest thing on the page, against the page's own width (run in the page, hence text). */
const overflow = (page: Page) =>
  page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    let widest = 0;
    for (const element of document.body.querySelectorAll("*"))
      widest = Math.max(widest, element.getBoundingClientRect().right);
    return { width, widest, scroll: document.documentElement.scrollWidth };
  })()`) as Promise<{ width: number; widest: number; scroll: number }>;

describe.skipIf(!present)("the HTML pages in a browser", () => {
  it("report: the figures, the themes and the actions are text on the page, nothing is wider than it, on screen and on A4", async () => {
    const page = await open(
      ["report", "--format", "html", "--until", "2026-11-27"],
      "report.html",
      1000,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown is what is checked
    const text = await page.innerText("body");
    expect(text).toContain("Interview retros: what they say");
    // Each share is written beside its bar: on paper and in a screenshot, not only in a tooltip.
    expect(text).toMatch(/33% \/ 33% \/ 33% of 24/);
    expect(text).toContain("Recurring themes");
    expect(text).toMatch(/system design part\s+24\s+100%/);
    expect(text).toContain("Promised actions");
    expect(text).toContain("Next time: open with their own project.");
    const screen = await overflow(page);
    expect(screen.widest).toBeLessThanOrEqual(screen.width);
    await page.screenshot({ path: join(ARTIFACTS, "report.png"), fullPage: true });
    // As printed on A4: the page's printable width, print styles on.
    await page.setViewportSize({ width: A4_PRINTABLE, height: 1000 });
    await page.emulateMedia({ media: "print" });
    const printed = await overflow(page);
    expect(printed.scroll).toBeLessThanOrEqual(printed.width);
    expect(printed.widest).toBeLessThanOrEqual(printed.width);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });

  it("digest: every answer whole, the themes and the actions, nothing wider than the page", async () => {
    const page = await open(
      ["digest", "--format", "html", "--since", "2026-11-01", "--until", "2026-11-27"],
      "digest.html",
      A4_PRINTABLE,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown is what is checked
    const text = await page.innerText("body");
    expect(text).toContain("Interview retros: the digest");
    expect(text).toContain("The system design part came too late (23).");
    expect(text).toContain("yes 33% (8) · partly 33% (8) · no 33% (8)");
    expect(text).toContain("Next time: open with their own project.");
    const layout = await overflow(page);
    expect(layout.widest).toBeLessThanOrEqual(layout.width);
    await page.screenshot({ path: join(ARTIFACTS, "digest.png"), fullPage: true });
    await page.close();
  });
});
