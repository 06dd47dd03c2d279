import type { RunReport } from "../core/types.js";
import { t } from "../i18n/catalog.js";
import type { JsonDocument } from "./rendered.js";

/**
 * The Markdown support report (--report): what a hotline operator reads first
 * (summary, computer, every check that did not pass with its steps), then the whole
 * JSON document. It is built from the already-redacted result.
 */
export function renderReport(report: RunReport, doc: JsonDocument): string {
  const lang = report.lang;
  const s = report.summary;
  const out: string[] = [];
  out.push(`# ${t(lang, "report.title")}`, "");
  out.push(`- ${t(lang, "report.generated")}: ${doc.generatedAt}`);
  out.push(`- ${t(lang, "report.command")}: \`${doc.command}\``);
  out.push(
    `- ${t(lang, "report.platform")}: ${doc.platform.os} ${doc.platform.release} (${doc.platform.arch}), Node ${doc.platform.node}`,
  );
  out.push(`- guzestli-check ${doc.tool.version}`, "");
  out.push(`## ${t(lang, "report.summary")}`, "", t(lang, "render.summary", { ...s }), "");
  out.push(`## ${t(lang, "report.problems")}`, "");
  const problems = doc.checks.filter((c) => c.status !== "pass" && c.status !== "info");
  if (problems.length === 0) out.push(t(lang, "report.noProblems"), "");
  for (const c of problems) {
    out.push(`### ${statusMark(c.status)} ${c.title} — \`${c.id}\` (${t(lang, `status.${c.status}`)}, \`${c.code}\`)`, "");
    if (c.message) out.push(c.message, "");
    c.remedy.forEach((r, i) => out.push(`${i + 1}. ${r}`));
    if (c.remedy.length) out.push("");
  }
  if (doc.redacted) out.push(`_${t(lang, "render.redacted")}_`, "");
  out.push(t(lang, "render.hotlines"), "");
  out.push(`## ${t(lang, "report.json")}`, "", "```json", JSON.stringify(doc, null, 2), "```", "");
  return out.join("\n");
}

function statusMark(status: string): string {
  return { fail: "✗", warn: "!", error: "?", timeout: "⧗", skip: "-" }[status] ?? "•";
}
