import type { CheckDefinition } from "../core/types.js";
import type { MessageKey } from "../i18n/keys.js";
import { ALL_CHECKS } from "../checks/registry.js";
import type { ExplainEntry } from "./types.js";
import { engineEntries } from "./entries/engine.js";
import { externalEntries } from "./entries/external.js";

/**
 * Everything `explain` knows: the runner's own codes, every code the checks declare
 * (read from their `codes`, so a code is explained where it is declared), and errors
 * from outside the tool (PKCS#11 return values, browser and portal messages).
 */
export const EXPLAIN_TABLE: readonly ExplainEntry[] = [...engineEntries, ...checkEntries(ALL_CHECKS), ...externalEntries];

/** One entry per code; a code several checks declare (PLAN_NO_SALE) is explained once. */
export function checkEntries(checks: readonly CheckDefinition[]): ExplainEntry[] {
  const seen = new Set<string>();
  const out: ExplainEntry[] = [];
  for (const check of checks) {
    for (const [code, spec] of Object.entries(check.codes)) {
      if (seen.has(code)) continue;
      seen.add(code);
      out.push({
        code,
        meaning: explainKey(check, code),
        remedy: spec.remedy ?? [],
        ...(spec.texts ? { texts: spec.texts } : {}),
        ...(spec.source ? { source: spec.source } : {}),
      });
    }
  }
  return out;
}

/**
 * `<group>.explain.<CODE>`: defineCheck (core/define-check.ts) does not compile a code
 * whose key is missing from the catalogue, so the name made here is a key.
 */
function explainKey(check: CheckDefinition, code: string): MessageKey {
  return `${check.group}.explain.${code}` as MessageKey;
}
