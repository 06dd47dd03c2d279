import type { Io } from "./command.js";
import type { Lang } from "../i18n/lang.js";
import { ALL_CHECKS } from "../checks/registry.js";
import { CHECKLIST_IDS } from "../core/checklist.js";
import { t } from "../i18n/catalog.js";

/** `list`: every registered check with its id, group and the checklist ids it covers. */
export function runList(io: Io, o: { json: boolean; lang: Lang; version: string }): number {
  const checks = ALL_CHECKS.map((c) => ({
    id: c.id,
    group: c.group,
    title: t(o.lang, c.title, c.titleValues?.()),
    covers: [...c.covers],
    dependsOn: [...(c.dependsOn ?? [])],
    platforms: c.platforms ? [...c.platforms] : null,
    network: c.network ?? false,
    codes: Object.keys(c.codes),
  }));
  const coverage = Object.fromEntries(
    CHECKLIST_IDS.map((id) => [id, checks.filter((c) => c.covers.includes(id)).map((c) => c.id)]),
  );
  if (o.json) {
    io.stdout(
      JSON.stringify(
        { schemaVersion: 1, tool: { name: "guzestli-check", version: o.version }, command: "list", lang: o.lang, checks, coverage },
        null,
        2,
      ) + "\n",
    );
    return 0;
  }
  const lines = [t(o.lang, "list.title"), ""];
  for (const c of checks) {
    lines.push(`${c.id}  [${c.group}]  ${c.covers.join(", ")}`);
    lines.push(`    ${c.title}`);
  }
  lines.push("");
  for (const [id, by] of Object.entries(coverage)) lines.push(`${id.padEnd(26)} ${by.length ? by.join(", ") : "—"}`);
  io.stdout(lines.join("\n") + "\n");
  return 0;
}
