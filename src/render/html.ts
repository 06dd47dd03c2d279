import type { MessageKey } from "../i18n/keys.js";
import type { RunReport, Status } from "../core/types.js";
import type { Host } from "../host/host.js";
import { t } from "../i18n/catalog.js";
import { bakuTime, formatDatesIn } from "./dates.js";
import type { JsonDocument, RenderedCheck } from "./rendered.js";
import { GROUPS } from "../core/types.js";
import { statusMark, summaryLine, verdictText } from "./human.js";
import { blockedBy, groupStatus, verdictOf, warningsOf } from "./verdict.js";
import { countOf } from "./plural.js";

/**
 * The support report as one HTML file (--report <file>.html): what a hotline operator
 * opens on a phone from a messenger, or prints on A4. Self-contained: inline CSS, no
 * scripts, nothing fetched (no fonts, images or links to load), so it looks the same
 * offline and cannot call anywhere. In the order a person needs it: the verdict in a
 * banner (in words, not only colour), what to do in order with each problem's steps,
 * the warnings, every group with each check's mark and message, the facts a hotline
 * asks for (collapsed), and when and with which version it was made.
 * Built from the already-redacted result, like the other formats.
 */
export function renderHtmlReport(report: RunReport, doc: JsonDocument): string {
  const lang = report.lang;
  const s = report.summary;
  const verdict = verdictOf(s);
  // The order is the JSON's (summary.fixFirst): one decision for every format.
  const toDo = doc.summary.fixFirst.flatMap((id) => doc.checks.filter((c) => c.id === id));
  const warnings = warningsOf(doc.checks).filter((c) => !doc.summary.fixFirst.includes(c.id));
  const problems = toDo.filter((c) => c.status === "fail" || c.status === "warn").length;
  const e = (x: string) => esc(formatDatesIn(x, lang));
  const mark = (st: Status) => `<span class="mark ${st}" aria-hidden="true">${statusMark(st)}</span>`;
  const stWord = (st: Status) => `<span class="st">${esc(t(lang, `status.${st}`))}</span>`;

  const item = (c: RenderedCheck, n: number) => {
    const waits = blockedBy(doc.checks, c.id);
    return [
      `<li class="todo ${c.status}">`,
      `<h3>${n}. ${mark(c.status)} ${e(c.title)} ${stWord(c.status)}</h3>`,
      `<p class="where">${e(t(lang, `group.${c.group}`))}${waits > 0 ? " " + e(t(lang, "render.fixBlocks", { checks: countOf(lang, "render.noun.check", waits) })) : ""}</p>`,
      c.message ? `<p>${e(c.message)}</p>` : "",
      c.remedy.length ? `<ol class="steps">${c.remedy.map((r) => `<li>${e(r)}</li>`).join("")}</ol>` : "",
      `</li>`,
    ].join("");
  };

  const body: string[] = [];
  body.push(
    `<header class="banner ${verdict}"><p class="verdict">${mark(verdict === "ready" ? "pass" : verdict === "not-ready" ? "fail" : "error")} ${e(verdictText(lang, s, problems))}</p>`,
    `<p class="counts">${e(summaryLine(lang, s))}</p>${doc.label ? `<p class="label">${e(doc.label)}</p>` : ""}</header>`,
  );
  if (toDo.length > 0)
    body.push(
      `<section><h2>${e(t(lang, "render.fixList"))}</h2><ol class="plain">${toDo.map((c, i) => item(c, i + 1)).join("")}</ol></section>`,
    );
  if (warnings.length > 0)
    body.push(
      `<section><h2>${e(t(lang, "render.warnList"))}</h2><ol class="plain">${warnings.map((c, i) => item(c, i + 1)).join("")}</ol></section>`,
    );

  body.push(`<section><h2>${e(t(lang, "report.checks"))}</h2>`);
  for (const g of GROUPS) {
    const cs = doc.checks.filter((c) => c.group === g);
    if (cs.length === 0) continue;
    const gs = groupStatus(cs as { status: Status }[]);
    body.push(`<h3 class="group">${mark(gs)} ${e(t(lang, `group.${g}`))}</h3><ul class="checks">`);
    for (const c of cs) {
      body.push(
        `<li class="${c.status}">${mark(c.status)} <b>${e(c.title)}</b> ${stWord(c.status)}${c.message ? `<br><span class="msg">${e(c.message)}</span>` : ""}</li>`,
      );
    }
    body.push(`</ul>`);
  }
  body.push(`</section>`);

  const facts = hotlineFacts(doc);
  body.push(
    `<details><summary>${e(t(lang, "report.facts"))}</summary><dl>`,
    ...facts.map(([k, v]) => `<dt>${e(t(lang, k))}</dt><dd>${v.length ? v.map((x) => esc(x)).join("<br>") : "—"}</dd>`),
    `</dl></details>`,
  );
  body.push(
    `<footer><p>${e(t(lang, "report.generated"))}: ${esc(t(lang, "report.generatedAt", { baku: bakuTime(report.generatedAt, lang), utc: doc.generatedAt }))}. guzestli-check ${esc(doc.tool.version)}, <code>${esc(doc.command)}</code>.</p>`,
    doc.redacted ? `<p>${e(t(lang, "render.redacted"))}</p>` : "",
    `<p>${e(t(lang, "render.hotlines"))}</p></footer>`,
  );
  return [
    `<!doctype html>`,
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    // Nothing may be fetched: no referrer, no scripts, no outside resources, even if a value slipped in.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${e(t(lang, "report.title"))}${doc.label ? " — " + e(doc.label) : ""}</title>`,
    `<style>${CSS}</style></head>`,
    `<body><main>`,
    body.join("\n"),
    `</main></body></html>`,
    "",
  ].join("\n");
}

/** What a hotline asks for, from the JSON document's checks (already redacted). */
export function hotlineFacts(doc: JsonDocument): Array<[MessageKey, string[]]> {
  const data = (id: string) => doc.checks.find((c) => c.id === id)?.data;
  const list = (v: unknown): Record<string, unknown>[] =>
    Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null) : [];
  const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");
  const join = (...xs: unknown[]) => xs.map(str).filter(Boolean).join(" ");
  const browsers = list(data("browser.installed")?.browsers).map((b) => join(b.name, b.version));
  const tokens = list(data("token.present")?.tokens).map((x) => join(x.manufacturer, x.model));
  const drivers = list(data("token.module")?.modules).map((m) => {
    const lib = (m.library ?? {}) as Record<string, unknown>;
    return join(m.driver, str(lib.libraryVersion) && `(${str(lib.libraryVersion)})`, "—", m.module, "—", m.result);
  });
  const signer = list(data("signer.installed")?.programs).map((p) => join(p.name, p.version));
  const certificates = list(data("certs.user-validity")?.certificates).map((c) =>
    join(c.subject, "—", str(c.notAfter).slice(0, 10), str(c.source) && `(${str(c.source)})`),
  );
  const codes = doc.checks.filter((c) => c.status !== "pass" && c.status !== "info").map((c) => `${c.id}: ${c.code}`);
  return [
    ["report.fact.os", [`${doc.platform.os} ${doc.platform.release} (${doc.platform.arch}), Node ${doc.platform.node}`]],
    ["report.fact.browsers", browsers],
    ["report.fact.token", tokens],
    ["report.fact.driver", drivers],
    ["report.fact.signer", signer],
    ["report.fact.certificate", certificates],
    ["report.fact.codes", codes],
  ];
}

/**
 * Writes the HTML report to `file` through the host's file layer. The Windows
 * double-click mode, which offers to save the report, renders it with renderHtmlReport
 * and writes it as a new file, never over one (src/sea/double-click.ts).
 */
export async function writeHtmlReport(host: Pick<Host, "fs">, file: string, report: RunReport, doc: JsonDocument): Promise<void> {
  await host.fs.writeFile(file, renderHtmlReport(report, doc));
}

/** Text for HTML: the five special characters escaped, control characters made visible. */
export function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * System fonts only (nothing fetched); one column up to 48rem; long paths and codes
 * break anywhere rather than scroll sideways on a 390 px phone; colours always with
 * words; on paper (A4) the facts are unfolded and the banner keeps its colour.
 */
const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:48rem;margin:0 auto;padding:1rem}
p,li,dd,dt,h1,h2,h3,summary,code{overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #ccc;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:.6rem 0 .2rem}
.banner{border-radius:.5rem;padding:1rem;border:3px solid}
.banner .verdict{font-size:1.35rem;font-weight:700;margin:0}
.banner .counts,.banner .label{margin:.4rem 0 0}
.banner.ready{background:#e3f5e6;border-color:#1e7b34;color:#0d3d19}
.banner.not-ready{background:#fde8e8;border-color:#b3261e;color:#5c0f0a}
.banner.unknown{background:#fff4d6;border-color:#9a6700;color:#4a3200}
.mark{font-weight:700;display:inline-block;min-width:1.1em;text-align:center}
.mark.pass{color:#1e7b34}.mark.fail{color:#b3261e}.mark.warn{color:#9a6700}.mark.error,.mark.timeout{color:#7b2d9b}.mark.skip,.mark.info{color:#555}
.banner .mark{color:inherit}
.st{font-size:.85rem;color:#444;font-weight:400;white-space:nowrap}
.st::before{content:"("}.st::after{content:")"}
ol.plain{list-style:none;padding:0;margin:0}
li.todo{border-left:4px solid #b3261e;padding:.2rem 0 .4rem .7rem;margin:.6rem 0;break-inside:avoid}
li.todo.warn{border-color:#9a6700}li.todo.error,li.todo.timeout{border-color:#7b2d9b}
li.todo p{margin:.2rem 0}
.where{color:#444;font-size:.9rem}
ol.steps{margin:.3rem 0;padding-left:1.6rem}
ol.steps li{margin:.2rem 0}
ul.checks{list-style:none;padding:0;margin:0 0 .6rem}
ul.checks li{padding:.25rem 0;border-bottom:1px solid #eee;break-inside:avoid}
.msg{color:#333;display:block;padding-left:1.2em}
li.skip .msg,li.pass .msg{color:#555}
details{margin:1.5rem 0;border:1px solid #ccc;border-radius:.4rem;padding:.5rem .8rem}
summary{font-weight:700;cursor:pointer}
dl{margin:.5rem 0 0}dt{font-weight:700;margin-top:.5rem}dd{margin:0 0 0 1rem;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85rem}
footer{margin-top:1.5rem;color:#444;font-size:.85rem;border-top:1px solid #ccc}
@media print{
  @page{size:A4;margin:14mm}
  body{font-size:11pt}
  main{max-width:none;padding:0}
  .banner{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  details{border:0;padding:0}
  details::details-content{content-visibility:visible;display:block}
  h2{break-after:avoid}
}
`.replace(/\n/g, "");
