import type { CheckDefinition, Msg } from "../core/types.js";
import { ALL_CHECKS } from "../checks/registry.js";
import type { Lang } from "../i18n/lang.js";
import { unshownValues } from "../i18n/catalog.js";

/**
 * Steps written for an IT helper, not for the citizen: terminal commands with sudo,
 * certutil, npm flags, package managers. The citizen's screen shows, in their place,
 * one line saying whom to ask; --verbose, the JSON and the support report keep them.
 * Each check declares them with the codes that carry them (`helperSteps`); this is
 * their union, so that the checks stay free of presentation choices.
 */
export const HELPER_REMEDIES: ReadonlySet<string> = helperStepsOf(ALL_CHECKS);

export function helperStepsOf(checks: readonly CheckDefinition[]): ReadonlySet<string> {
  return new Set(checks.flatMap((c) => Object.values(c.codes).flatMap((spec) => spec.helperSteps ?? [])));
}

export function isHelperStep(m: Msg): boolean {
  return HELPER_REMEDIES.has(m.key);
}

/** The raw values a result's words do not show (see unshownValues), message first, then each step. */
export function resultDetail(lang: Lang, message: Msg, remedy: readonly Msg[]): Record<string, string> {
  const out: Record<string, string> = { ...unshownValues(lang, message) };
  for (const m of remedy) for (const [k, v] of Object.entries(unshownValues(lang, m))) if (!(k in out)) out[k] = v;
  return out;
}
