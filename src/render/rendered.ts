import type { CheckResult, Group, RunReport, Status } from "../core/types.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/catalog.js";
import { resultDetail } from "./audience.js";
import { fixFirst, verdictOf, type Verdict } from "./verdict.js";

/** A result with its words rendered in one language: what the JSON document carries. */
export interface RenderedCheck {
  id: string;
  group: Group;
  status: Status;
  covers: string[];
  title: string;
  message: string;
  remedy: string[];
  code: string;
  dependsOn: string[];
  durationMs: number;
  data: Record<string, unknown>;
  /** Raw reasons, paths and ids the words do not show (for IT helpers and hotline staff). */
  detail: Record<string, string>;
}

export function renderCheck(r: CheckResult, lang: Lang): RenderedCheck {
  return {
    id: r.id,
    group: r.group,
    status: r.status,
    covers: r.covers,
    title: t(lang, r.title),
    message: t(lang, r.message),
    remedy: r.remedy.map((m) => t(lang, m)),
    code: r.code,
    dependsOn: r.dependsOn,
    durationMs: r.durationMs,
    data: r.data,
    detail: resultDetail(lang, r.message, r.remedy),
  };
}

export interface JsonDocument {
  schemaVersion: 1;
  tool: { name: string; version: string };
  command: string;
  generatedAt: string;
  lang: Lang;
  platform: { os: string; release: string; arch: string; node: string };
  redacted: boolean;
  /** The name an IT helper gave this PC with --label (additive within schemaVersion 1); `summary` shows it. */
  label?: string;
  /** The counts and exit code, plus (additive within schemaVersion 1) the verdict and the root causes to fix, in order. */
  summary: RunReport["summary"] & { verdict: Verdict; fixFirst: string[] };
  checks: RenderedCheck[];
  /** With --verbose only: every external program the run started (an addition within schemaVersion 1). */
  commands?: NonNullable<RunReport["commands"]>;
}

export function toJsonDocument(
  report: RunReport,
  meta: { version: string; platform: JsonDocument["platform"]; redacted: boolean; strict?: boolean; label?: string },
): JsonDocument {
  return {
    schemaVersion: 1,
    tool: { name: "guzestli-check", version: meta.version },
    command: report.command,
    generatedAt: report.generatedAt.toISOString(),
    lang: report.lang,
    platform: meta.platform,
    redacted: meta.redacted,
    ...(meta.label !== undefined ? { label: meta.label } : {}),
    summary: {
      ...report.summary,
      verdict: verdictOf(report.summary),
      fixFirst: fixFirst(report.results, meta.strict).map((r) => r.id),
    },
    checks: report.results.map((r) => renderCheck(r, report.lang)),
    ...(report.commands ? { commands: report.commands } : {}),
  };
}
