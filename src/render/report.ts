import type { RunReport } from "../core/types.js";
import { t } from "../i18n/catalog.js";
import type { JsonDocument } from "./rendered.js";
import { bakuTime, formatDatesIn } from "./dates.js";
import { summaryLine, verdictText } from "./human.js";

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
  // Which zone a time is in is said every time: operators and citizens may be in different ones.
  const generatedLine = out.length;
  out.push(
    `- ${t(lang, "report.generated")}: ${t(lang, "report.generatedAt", { baku: bakuTime(report.generatedAt, lang), utc: doc.generatedAt })}`,
  );
  out.push(`- ${t(lang, "report.command")}: \`${doc.command}\``);
  out.push(`- ${t(lang, "report.platform")}: ${doc.platform.os} ${doc.platform.release} (${doc.platform.arch}), Node ${doc.platform.node}`);
  out.push(`- guzestli-check ${doc.tool.version}`, "");
  out.push(
    `## ${t(lang, "report.summary")}`,
    "",
    verdictText(
      lang,
      s,
      doc.summary.fixFirst.filter((id) => doc.checks.some((c) => c.id === id && (c.status === "fail" || c.status === "warn"))).length,
    ),
    "",
    summaryLine(lang, s),
    "",
  );
  out.push(`## ${t(lang, "report.problems")}`, "");
  const problems = doc.checks.filter((c) => c.status !== "pass" && c.status !== "info");
  if (problems.length === 0) out.push(t(lang, "report.noProblems"), "");
  for (const c of problems) {
    out.push(`### ${statusMark(c.status)} ${c.title} — \`${c.id}\` (${t(lang, `status.${c.status}`)}, \`${c.code}\`)`, "");
    if (c.message) out.push(c.message, "");
    c.remedy.forEach((r, i) => {
      out.push(`${i + 1}. ${r}`);
    });
    if (c.remedy.length) out.push("");
    const detail = Object.entries(c.detail ?? {});
    if (detail.length) {
      out.push(`${t(lang, "render.technical")}`, "");
      for (const [k, v] of detail) out.push(`- ${k}: \`${v.replace(/`/g, "'")}\``);
      out.push("");
    }
  }
  if (doc.redacted) out.push(`_${t(lang, "render.redacted")}_`, "");
  out.push(t(lang, "render.hotlines"), "");
  out.push(t(lang, "report.zone"), "");
  // The generated line keeps its UTC instant as written; every other date is shown as citizens write it.
  for (let i = 0; i < out.length; i++) if (i !== generatedLine) out[i] = formatDatesIn(out[i]!, lang);
  out.push(`## ${t(lang, "report.json")}`, "", "```json", JSON.stringify(doc, null, 2), "```", "");
  return out.join("\n");
}

function statusMark(status: string): string {
  return { fail: "✗", warn: "!", error: "?", timeout: "⧗", skip: "-" }[status] ?? "•";
}
