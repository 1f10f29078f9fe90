import { documentText } from "./safe-text.js";

/**
 * Text from a retro inside a Markdown document, shown as it was written and
 * never acted on: no raw HTML (`<img onerror=…>`), no link (`[x](javascript:…)`),
 * no code fence that would swallow the rest of the document, no table cell
 * broken by a pipe, and no raw control character.
 */
const MARKUP = /[\\`[\]<>|~]/g;

/** Text on one line: a table cell, a heading, a list item. */
export const mdInline = (text: string): string => mdLine(text.replace(/\r?\n|\r/g, " "));

/** One line of a longer text (each line of an answer, quoted with `>`). */
const mdLine = (text: string): string =>
  documentText(text).replace(/&/g, "&amp;").replace(MARKUP, "\\$&");

/** A longer text as a quote, line by line. */
export const mdQuote = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => (line === "" ? ">" : `> ${mdLine(line)}`))
    .join("\n");

/** A Mermaid label: its own entities for quotes and angle brackets, on one line. */
export const mermaidText = (text: string): string =>
  documentText(text)
    .replace(/\r?\n|\r/g, " ")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;");
