import type { ReportFormat } from "../domain/learn-choices.js";
import type { ReportInput } from "../domain/report.js";
import { reportHtml } from "./report-html.js";
import { reportMarkdown } from "./report-markdown.js";

/** Every format `report --format` takes: a new one is a renderer, a row here and its name in domain/learn-choices.ts. */
export const REPORT_FORMATS: Record<ReportFormat, (input: ReportInput) => string> = {
  md: reportMarkdown,
  html: reportHtml,
};
