import type { CheckContext, CheckDefinition, CheckHandle, CodeSpec, Group, Msg, Outcome } from "./types.js";
import type { MessageKey } from "../i18n/keys.js";

/** The catalogue key `explain <code>` shows for a code of a group's check. */
export type ExplainKey<G extends Group, C extends string> = `${G}.explain.${C}`;

/**
 * A code whose explain text is not in the English catalogue gets a property it cannot
 * have, so the compiler names the missing key at the code's declaration.
 */
type ExplainTextOf<K extends string> = K extends MessageKey ? unknown : { readonly missingExplainText: K };

/** A group's check's codes, each with its explain text in the catalogues. */
export type CodeTable<G extends Group, C extends string> = {
  readonly [K in C]: CodeSpec & ExplainTextOf<ExplainKey<G, K>>;
};

/** A check as it is written: dependencies by handle, codes held to their explain texts. */
export interface CheckDeclaration<TOut, G extends Group, C extends string>
  extends Omit<CheckDefinition<TOut, C>, "id" | "group" | "codes" | "dependsOn" | "uses" | "run"> {
  /** The check's id, or its handle when other checks read what it hands over. */
  id: string | CheckHandle<TOut>;
  group: G;
  /** Hard dependencies: when one does not end pass/warn/info, this check is skipped. */
  dependsOn?: readonly CheckHandle[];
  /** Soft dependencies: waited for when in the run, output read if any; never skip. */
  uses?: readonly CheckHandle[];
  codes: CodeTable<G, C>;
  /**
   * `NoInfer`: the codes come from `codes` and the output type from the handle (`id`); what
   * `run` returns is held to them (a code not declared, an output of another type).
   */
  run(ctx: CheckContext): Promise<Outcome<NoInfer<TOut>, NoInfer<C>>>;
}

/** A check's handle, typed with what it hands over to the checks that depend on it. */
export function checkHandle<TOut = undefined>(id: string): CheckHandle<TOut> {
  return { id };
}

/**
 * Declares a check. The result code decides the status (`codes`); a code without an
 * explain text, or a `run` that returns an undeclared code, does not compile.
 */
export function defineCheck<const G extends Group, const C extends string, TOut = undefined>(
  declaration: CheckDeclaration<TOut, G, C>,
): CheckDefinition<TOut, C> {
  const { id, dependsOn, uses, ...rest } = declaration;
  return {
    ...rest,
    id: typeof id === "string" ? id : id.id,
    ...(dependsOn ? { dependsOn: dependsOn.map((d) => d.id) } : {}),
    ...(uses ? { uses: uses.map((d) => d.id) } : {}),
  };
}

/** Steps without values, as a result carries them: one list serves `codes` (explain) and `run`. */
export function stepsOf(keys: readonly MessageKey[]): Msg[] {
  return keys.map((key) => ({ key }));
}
