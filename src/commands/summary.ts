import { basename, join } from "node:path";
import type { Io } from "./command.js";
import type { Lang } from "../i18n/lang.js";
import type { Status } from "../core/types.js";
import { t } from "../i18n/catalog.js";
import { nodeFiles, readRegularFile, type RegularFileProblem } from "../host/files.js";
import { ALL_CHECKS } from "../checks/registry.js";
import { statusMark } from "../render/human.js";
import { canDrawUnicode } from "../render/progress.js";
import { fixFirst, verdictOf, type Verdict } from "../render/verdict.js";
import { esc } from "../render/html.js";
import { displayWidth, outputWidth } from "../render/wrap.js";
import { UsageError } from "../core/errors.js";

/** A report file is a few hundred KB at most; a larger "report" is not one. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;
/** Files taken from one folder: more than an IT helper's PCs, far less than a disk. */
const MAX_FILES_PER_FOLDER = 5000;

export interface PcRow {
  file: string;
  label: string;
  verdict: Verdict;
  exitCode: number;
  /** The root causes in order (the report's summary.fixFirst, or worked out for a report made before it). */
  fixFirst: string[];
  /** The codes of the checks that did not pass (fail, warn, could not check). */
  codes: string[];
  generatedAt?: string;
}
export type SkipReason = RegularFileProblem | "notReport" | "otherSchema";
export interface Skipped {
  file: string;
  reason: SkipReason;
  schemaVersion?: string;
}
export interface SummaryResult {
  pcs: PcRow[];
  skipped: Skipped[];
  /** How many PCs have each code, most common first. */
  codeCounts: Array<[string, number]>;
}

/** Control characters shown, never sent to a terminal; at most 80 characters. */
function clean(s: string, max = 80): string {
  const shown = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
  const cps = [...shown];
  return cps.length > max ? cps.slice(0, max - 1).join("") + "…" : shown;
}

/** The files named: a file as it is, a folder's *.json files (not its subfolders). */
async function filesOf(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await nodeFiles.stat(p);
    if (st?.isDirectory) {
      const names = (await nodeFiles.list(p)).filter((n) => n.toLowerCase().endsWith(".json")).slice(0, MAX_FILES_PER_FOLDER);
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}

const STATUSES_TO_COUNT = new Set(["fail", "warn", "error", "timeout"]);

/** One report, read as hostile input: a row, or why it was skipped. */
export function readReport(file: string, text: string): PcRow | Skipped {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { file, reason: "notReport" };
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return { file, reason: "notReport" };
  const d = doc as Record<string, unknown>;
  const tool = d.tool as Record<string, unknown> | undefined;
  if (typeof tool !== "object" || tool === null || tool.name !== "guzestli-check" || !("schemaVersion" in d))
    return { file, reason: "notReport" };
  if (d.schemaVersion !== 1) return { file, reason: "otherSchema", schemaVersion: clean(String(JSON.stringify(d.schemaVersion)), 20) };
  const s = d.summary as Record<string, unknown> | undefined;
  const checks = d.checks;
  if (typeof s !== "object" || s === null || !Array.isArray(checks) || typeof s.exitCode !== "number") return { file, reason: "notReport" };
  const cs = checks
    .filter((c): c is Record<string, unknown> => typeof c === "object" && c !== null)
    .map((c) => ({ id: String(c.id ?? ""), group: String(c.group ?? ""), status: String(c.status ?? ""), code: String(c.code ?? "") }));
  const num = (k: string) => (typeof s[k] === "number" ? s[k] : 0);
  const summary = {
    pass: num("pass"),
    warn: num("warn"),
    fail: num("fail"),
    skip: num("skip"),
    error: num("error"),
    timeout: num("timeout"),
    info: num("info"),
    exitCode: s.exitCode,
  };
  const verdict: Verdict = s.verdict === "ready" || s.verdict === "not-ready" || s.verdict === "unknown" ? s.verdict : verdictOf(summary);
  const first = Array.isArray(s.fixFirst)
    ? s.fixFirst.filter((x): x is string => typeof x === "string").map((x) => clean(x))
    : fixFirst(cs).map((c) => c.id);
  const codes = [...new Set(cs.filter((c) => STATUSES_TO_COUNT.has(c.status)).map((c) => clean(c.code, 60)))];
  const label = typeof d.label === "string" && d.label.trim() ? clean(d.label) : clean(basename(file));
  return {
    file,
    label,
    verdict,
    exitCode: summary.exitCode,
    fixFirst: first.slice(0, 50),
    codes: codes.slice(0, 100),
    generatedAt: typeof d.generatedAt === "string" ? clean(d.generatedAt, 40) : undefined,
  };
}

export async function summarise(paths: readonly string[]): Promise<SummaryResult> {
  const pcs: PcRow[] = [];
  const skipped: Skipped[] = [];
  for (const file of await filesOf(paths)) {
    const read = await readRegularFile(file, MAX_REPORT_BYTES);
    if ("problem" in read) {
      skipped.push({ file, reason: read.problem });
      continue;
    }
    const row = readReport(file, read.data.toString("utf8"));
    if ("reason" in row) skipped.push(row);
    else pcs.push(row);
    // Many files: let the event loop breathe between them.
    await new Promise((r) => setImmediate(r));
  }
  const counts = new Map<string, number>();
  for (const p of pcs) for (const c of p.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const codeCounts = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { pcs, skipped, codeCounts };
}

/** A check named by its title in the reader's language; an id the tool does not know stays an id. */
function checkTitle(lang: Lang, id: string | undefined): string {
  if (!id) return "—";
  const def = ALL_CHECKS.find((c) => c.id === id);
  return def ? t(lang, def.title, def.titleValues?.()) : id;
}

const VERDICT_STATUS: Record<Verdict, Status> = { ready: "pass", "not-ready": "fail", unknown: "error" };

function skipText(lang: Lang, s: Skipped): string {
  const reason =
    s.reason === "otherSchema"
      ? t(lang, "summary.reason.otherSchema", { version: `schemaVersion ${s.schemaVersion ?? "?"}` })
      : t(lang, `summary.reason.${s.reason}`);
  return t(lang, "summary.skipped", { file: clean(s.file, 200), reason });
}

function pad(s: string, n: number): string {
  const w = displayWidth(s);
  if (w > n) return [...s].slice(0, Math.max(1, n - 1)).join("") + "…";
  return s + " ".repeat(n - w);
}

/** The IT helper's screen: one row per PC, then how many PCs have each code, then what was skipped. */
export function renderSummary(r: SummaryResult, lang: Lang, o: { unicode: boolean; width?: number }): string {
  const lines: string[] = [];
  const ready = r.pcs.filter((p) => p.verdict === "ready").length;
  lines.push(t(lang, "summary.total", { ready, total: r.pcs.length }), "");
  const labelW = Math.min(24, Math.max(displayWidth(t(lang, "summary.col.pc")), ...r.pcs.map((p) => displayWidth(p.label))));
  const verdictW = Math.max(...(["ready", "not-ready", "unknown"] as const).map((v) => displayWidth(t(lang, `summary.verdict.${v}`))));
  const markW = o.unicode ? 1 : 4;
  const fixW = 34;
  lines.push(
    `${" ".repeat(markW)} ${pad(t(lang, "summary.col.pc"), labelW)}  ${pad(t(lang, "summary.col.verdict"), verdictW)}  ${pad(t(lang, "summary.col.first"), fixW)}  ${t(lang, "summary.col.codes")}`,
  );
  for (const p of r.pcs) {
    const st = VERDICT_STATUS[p.verdict];
    const row = `${pad(statusMark(st, o.unicode), markW)} ${pad(p.label, labelW)}  ${pad(t(lang, `summary.verdict.${p.verdict}`), verdictW)}  ${pad(checkTitle(lang, p.fixFirst[0]), fixW)}  ${p.codes.join(" ") || "—"}`;
    lines.push(o.width && displayWidth(row) > o.width ? pad(row, o.width) : row);
  }
  if (r.codeCounts.length > 0) {
    lines.push("", t(lang, "summary.codes"));
    const codeW = Math.max(...r.codeCounts.map(([c]) => displayWidth(c)));
    for (const [code, n] of r.codeCounts) lines.push(`  ${pad(code, codeW)}  ${n}`);
  }
  if (r.skipped.length > 0) {
    lines.push("");
    for (const s of r.skipped) lines.push(skipText(lang, s));
  }
  return lines.join("\n") + "\n";
}

/** The same as one HTML page (inline CSS, no scripts), for `summary --report x.html`. */
export function renderSummaryHtml(r: SummaryResult, lang: Lang, version: string): string {
  const ready = r.pcs.filter((p) => p.verdict === "ready").length;
  const rows = r.pcs
    .map(
      (p) =>
        `<tr class="${p.verdict}"><td>${esc(statusMark(VERDICT_STATUS[p.verdict]))} ${esc(p.label)}</td><td>${esc(t(lang, `summary.verdict.${p.verdict}`))}</td><td>${esc(checkTitle(lang, p.fixFirst[0]))}</td><td>${esc(p.codes.join(" ") || "—")}</td></tr>`,
    )
    .join("\n");
  const codes = r.codeCounts.map(([c, n]) => `<tr><td>${esc(c)}</td><td>${n}</td></tr>`).join("\n");
  const skipped = r.skipped.map((s) => `<li>${esc(skipText(lang, s))}</li>`).join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(t(lang, "summary.title"))}</title>
<style>body{font:15px/1.4 system-ui,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;margin:1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}td,th{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}tr.not-ready td:first-child{border-left:4px solid #b3261e}tr.ready td:first-child{border-left:4px solid #1e7b34}tr.unknown td:first-child{border-left:4px solid #9a6700}@media print{@page{size:A4;margin:12mm}}</style></head>
<body><main>
<h1>${esc(t(lang, "summary.title"))}</h1>
<p>${esc(t(lang, "summary.total", { ready, total: r.pcs.length }))}</p>
<table><thead><tr><th>${esc(t(lang, "summary.col.pc"))}</th><th>${esc(t(lang, "summary.col.verdict"))}</th><th>${esc(t(lang, "summary.col.first"))}</th><th>${esc(t(lang, "summary.col.codes"))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${codes ? `<h2>${esc(t(lang, "summary.codes"))}</h2><table><tbody>\n${codes}\n</tbody></table>` : ""}
${skipped ? `<ul>\n${skipped}\n</ul>` : ""}
<p><small>guzestli-check ${esc(version)}</small></p>
</main></body></html>
`;
}

export function summaryJson(r: SummaryResult, lang: Lang, version: string) {
  return {
    schemaVersion: 1 as const,
    tool: { name: "guzestli-check", version },
    command: "summary",
    lang,
    pcs: r.pcs,
    codes: Object.fromEntries(r.codeCounts),
    skipped: r.skipped,
  };
}

/**
 * `summary <reports or folders…>`: the JSON reports of many PCs (from --json or
 * --report x.json) on one screen. Exit 1 when any PC is not ready (not ready or not
 * known), 0 when all are; a file that is not a report is named and skipped. No report
 * read at all is a usage error (64).
 */
export async function runSummary(
  paths: readonly string[],
  io: Io,
  o: { json: boolean; lang: Lang; version: string; reportFile?: string },
): Promise<number> {
  const r = await summarise(paths);
  if (r.pcs.length === 0 && r.skipped.length === 0) throw new UsageError("summary.error.none");
  if (o.json) io.stdout(JSON.stringify(summaryJson(r, o.lang, o.version), null, 2) + "\n");
  else io.stdout(renderSummary(r, o.lang, { unicode: canDrawUnicode(io.platform ?? process.platform, io.env), width: outputWidth(io) }));
  if (o.reportFile) {
    const ext = /\.([^./\\]+)$/.exec(o.reportFile)?.[1]?.toLowerCase();
    const text =
      ext === "html" || ext === "htm"
        ? renderSummaryHtml(r, o.lang, o.version)
        : ext === "json"
          ? JSON.stringify(summaryJson(r, o.lang, o.version), null, 2) + "\n"
          : renderSummary(r, o.lang, { unicode: true });
    try {
      await nodeFiles.writeFile(o.reportFile, text);
    } catch (e) {
      throw new UsageError("cli.error.fileNotWritable", { file: o.reportFile, reason: (e as Error).message });
    }
    if (!o.json) io.stderr(t(o.lang, "report.written", { file: o.reportFile }) + "\n");
  }
  return r.pcs.every((p) => p.verdict === "ready") && r.pcs.length > 0 ? 0 : 1;
}
