// A document's figures in one line, as the preview and the written report show them: "2 pages ·
// 815 words · body text 10 pt". Counts go through the language's plural rules; only a speech
// has a time to read aloud (a brief is read, not spoken, so it never shows "0:00").
import { formatNumber, t, tn } from "../../i18n";
import type { DocumentKind, DocumentReport } from "../../model";

/** The documents that are read aloud, and so are timed. */
export const SPOKEN: readonly DocumentKind[] = ["talking_points", "oral_statement"];

/** "2:05", a speech's time as a clock shows it. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The figures of `report`; with the body size when `withSize` (the preview shows it). */
export function reportSummary(report: DocumentReport, withSize: boolean): string {
  const parts = [tn("documents.count.pages", report.pages), tn("documents.count.words", report.words)];
  if (SPOKEN.includes(report.kind)) parts.push(t("documents.summary.readAloud", { time: clock(report.seconds) }));
  if (withSize) parts.push(t("documents.summary.bodySize", { size: formatNumber(report.body_size) }));
  return parts.join(" · ");
}
