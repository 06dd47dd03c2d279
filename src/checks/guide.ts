import { type ExplainKey, stepsOf } from "../core/define-check.js";
import type { CheckDefinition, CheckHandle, CodeSpec, Group, Msg } from "../core/types.js";
import type { ChecklistId } from "../core/checklist.js";
import type { MessageKey } from "../i18n/keys.js";

/** A code whose `<group>.explain.<CODE>` text is missing does not compile (see define-check.ts). */
export type ExplainedCode<G extends Group, C extends string> = C &
  (ExplainKey<G, C> extends MessageKey ? unknown : { readonly missingExplainText: ExplainKey<G, C> });

/**
 * A point of the notice that no computer state can show (a session on another device,
 * a test signature on the portal): guidance with status `info` and its steps, never a
 * verdict. `explain <code>` gives the same steps.
 */
export function guideCheck<const G extends Group, const C extends string>(spec: {
  id: string | CheckHandle<undefined>;
  group: G;
  covers: readonly ChecklistId[];
  title: MessageKey;
  code: ExplainedCode<G, C>;
  message: MessageKey;
  steps: readonly MessageKey[];
  /** Where the point comes from (the notice), for `explain`. */
  source?: string | Msg;
}): CheckDefinition<undefined, C> {
  const code: C = spec.code;
  return {
    id: typeof spec.id === "string" ? spec.id : spec.id.id,
    group: spec.group,
    covers: spec.covers,
    title: spec.title,
    codes: oneCode(code, { status: "info", remedy: spec.steps, ...(spec.source ? { source: spec.source } : {}) }),
    async run() {
      return { code, message: { key: spec.message }, remedy: stepsOf(spec.steps) };
    },
  };
}

/** The code table of a check with one code (a guide, a plan's to-do list beside PLAN_NO_SALE). */
export function oneCode<C extends string>(code: C, spec: CodeSpec): Readonly<Record<C, CodeSpec>> {
  // A computed key widens to `string` in TypeScript; the table has exactly this key.
  return { [code]: spec } as Record<C, CodeSpec>;
}
