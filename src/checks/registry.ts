import type { CheckDefinition, Group } from "../core/types.js";
import { GROUPS } from "../core/types.js";
import { tokenChecks } from "./token/index.js";
import { certsChecks } from "./certs/index.js";
import { signerChecks } from "./signer/index.js";
import { browserChecks } from "./browser/index.js";
import { networkChecks } from "./network/index.js";
import { asanChecks } from "./asan/index.js";
import { planChecks } from "./plan/index.js";

/**
 * Every check the tool has, assembled explicitly (no discovery by magic). A check
 * module must not import heavy libraries at its top: see src/core/lazy.ts.
 */
export const ALL_CHECKS: readonly CheckDefinition[] = [
  ...tokenChecks,
  ...certsChecks,
  ...signerChecks,
  ...browserChecks,
  ...networkChecks,
  ...asanChecks,
  ...planChecks,
];

/**
 * The checks of the given groups, plus every check they hard-depend on (a `certs` run
 * needs the token's certificate read; its result is shown too, as evidence). Order
 * follows the group order, then registration order.
 */
export function selectChecks(
  groups: readonly Group[],
  all: readonly CheckDefinition[] = ALL_CHECKS,
  extraIds: readonly string[] = [],
): CheckDefinition[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const chosen = new Set<string>();
  const add = (c: CheckDefinition): void => {
    if (chosen.has(c.id)) return;
    chosen.add(c.id);
    for (const d of c.dependsOn ?? []) {
      const dc = byId.get(d);
      if (!dc) throw new Error(`check ${c.id} depends on unknown check ${d}`);
      add(dc);
    }
  };
  for (const c of all) if (groups.includes(c.group) || extraIds.includes(c.id)) add(c);
  const rank = (c: CheckDefinition) => GROUPS.indexOf(c.group);
  return all.filter((c) => chosen.has(c.id)).sort((a, b) => rank(a) - rank(b));
}
