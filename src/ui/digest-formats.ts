import type { DigestInput } from "../domain/digest.js";
import type { DigestFormat } from "../domain/learn-choices.js";
import { digestHtml } from "./digest-html.js";
import { digestMarkdown } from "./digest-markdown.js";

/** Every document format `digest --format` takes, beside the terminal's text: each draws it a line at a time. */
export const DIGEST_FORMATS: Record<DigestFormat, (input: DigestInput) => Iterable<string>> = {
  md: digestMarkdown,
  html: digestHtml,
};
