import type { ReportInput } from "../domain/report.js";
import { reportHtml } from "./report-html.js";
import { reportMarkdown } from "./report-markdown.js";

/** Every format `report --format` takes: a new one is a renderer and a row here. */
export const REPORT_FORMATS: Record<string, (input: ReportInput) => string> = {
  md: reportMarkdown,
  html: reportHtml,
};
