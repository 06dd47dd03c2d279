import type { Io } from "./command.js";
import type { Lang } from "../i18n/lang.js";
import { ALL_CHECKS } from "../checks/registry.js";
import { EXPLAIN_TABLE } from "../explain/table.js";
import { findExplanation } from "../explain/match.js";
import type { ExplainEntry } from "../explain/types.js";
import { t } from "../i18n/catalog.js";
import { formatDatesIn } from "../render/dates.js";

/** `explain <code | check id | message>`: what it means and what to do. Exit 1 when unknown. */
export function runExplain(
  query: string,
  io: Io,
  o: { json: boolean; lang: Lang; version: string; verbose?: boolean; switchHint?: string },
): number {
  const match = findExplanation(query, EXPLAIN_TABLE, ALL_CHECKS);
  const entryText = (e: ExplainEntry) => ({
    code: e.code,
    meaning: t(o.lang, e.meaning),
    remedy: e.remedy.map((k) => t(o.lang, k)),
    source: e.source === undefined ? undefined : typeof e.source === "string" ? e.source : t(o.lang, e.source),
  });
  const found = match.kind !== "none";
  const body =
    match.kind === "none"
      ? { found, meaning: t(o.lang, "explain.unknown", { query }), remedy: [t(o.lang, "explain.unknownRemedy")] }
      : match.kind === "check"
        ? {
            found,
            check: match.check.id,
            title: t(o.lang, match.check.title, match.check.titleValues?.()),
            results: match.entries.map(entryText),
          }
        : { found, matchedBy: match.kind, ...entryText(match.entry) };
  if (o.json) {
    io.stdout(
      JSON.stringify(
        { schemaVersion: 1, tool: { name: "guzestli-check", version: o.version }, command: "explain", lang: o.lang, query, ...body },
        null,
        2,
      ) + "\n",
    );
    return found ? 0 : 1;
  }
  const lines: string[] = [];
  // A source named in words (the notice, by its title) is for everyone; a technical one
  // (a specification, a Chromium source file) only with --verbose.
  const show = (e: { code?: string; meaning: string; remedy: string[]; source?: string; sourceInWords?: boolean }) => {
    if (e.code) lines.push(e.code);
    lines.push(`  ${t(o.lang, "explain.meaning")} ${e.meaning}`);
    if (e.remedy.length) {
      lines.push(`  ${t(o.lang, "explain.whatToDo")}`);
      e.remedy.forEach((r, i) => {
        lines.push(`    ${i + 1}. ${r}`);
      });
    }
    // Where an outside error's meaning comes from (the notice, the PKCS#11 spec, Chromium), so a helper can
    // check it: file paths and checklist ids are for IT helpers, so only with --verbose (and always in --json).
    if ((o.verbose || e.sourceInWords) && e.source && match.kind !== "check")
      lines.push(`  ${t(o.lang, "explain.sourceLabel")} ${e.source}`);
  };
  if (match.kind === "check") {
    lines.push(`${match.check.id}: ${t(o.lang, match.check.title, match.check.titleValues?.())}`, t(o.lang, "explain.checkCodes"));
    match.entries.map((e) => ({ ...entryText(e), sourceInWords: e.source !== undefined && typeof e.source !== "string" })).forEach(show);
  } else if (match.kind === "none") {
    lines.push(t(o.lang, "explain.unknown", { query }), `  ${t(o.lang, "explain.unknownRemedy")}`);
  } else {
    show({ ...entryText(match.entry), sourceInWords: match.entry.source !== undefined && typeof match.entry.source !== "string" });
  }
  if (o.switchHint) lines.push(o.switchHint);
  io.stdout(formatDatesIn(lines.join("\n"), o.lang) + "\n");
  return found ? 0 : 1;
}
