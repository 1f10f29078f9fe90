import type { DigestInput } from "../domain/digest.js";
import { digestHtml } from "./digest-html.js";
import { digestMarkdown } from "./digest-markdown.js";

/** Every document format `digest --format` takes, beside the terminal's text. */
export const DIGEST_FORMATS: Record<string, (input: DigestInput) => string> = {
  md: digestMarkdown,
  html: digestHtml,
};
