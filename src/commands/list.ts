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
  const coverage = Object.fromEntries(CHECKLIST_IDS.map((id) => [id, checks.filter((c) => c.covers.includes(id)).map((c) => c.id)]));
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
  // For a citizen: groups by their titles, the notice's points by their wording (issue #21.11);
  // the ids stay beside the titles (for `explain <id>`) and in --json.
  const lines = [t(o.lang, "list.title")];
  for (const group of [...new Set(checks.map((c) => c.group))]) {
    lines.push("", t(o.lang, `group.${group}`));
    for (const c of checks.filter((x) => x.group === group)) lines.push(`  ${c.title}  (${c.id})`);
  }
  lines.push("", t(o.lang, "list.points"));
  const titleOf = new Map(checks.map((c) => [c.id, c.title]));
  for (const id of CHECKLIST_IDS) {
    const by = coverage[id] ?? [];
    lines.push(`  ${t(o.lang, `checklist.${id}`)}`);
    lines.push(`      ${by.length ? by.map((c) => titleOf.get(c) ?? c).join("; ") : t(o.lang, "list.notCovered")}`);
  }
  io.stdout(lines.join("\n") + "\n");
  return 0;
}
