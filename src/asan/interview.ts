import { parseYesNo, yesNoHint, type Prompter } from "../host/prompt.js";
import type { CheckContext, Msg } from "../core/types.js";
import { t } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";

/**
 * The guided Asan İmza run: questions on the terminal whose answers become check
 * results. The runner starts checks concurrently, so questions are queued per
 * terminal: each check's questions come as one block, in the order the checks start.
 */
export type Answer = "yes" | "no" | "unsure";

const queues = new WeakMap<Prompter, Promise<unknown>>();

/**
 * Runs `fn` when every earlier block of questions on this terminal has finished. A
 * check whose budget ran out while it waited (signal aborted) asks nothing.
 */
export function inTurn<T>(prompter: Prompter, signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
  const before = queues.get(prompter) ?? Promise.resolve();
  const guarded = () => (signal.aborted ? Promise.reject(new Error("no time left to ask")) : fn());
  const mine = before.then(guarded, guarded);
  queues.set(
    prompter,
    mine.catch(() => undefined),
  );
  return mine;
}

/** The terminal to ask on, when the citizen asked for the guided run and has one. */
export function interviewPrompter(ctx: CheckContext): Prompter | undefined {
  return ctx.options.interactive ? ctx.host.prompt : undefined;
}

/** Parses an answer by the one convention of every prompt (src/host/prompt.ts). */
export function parseAnswer(text: string, lang: Lang): Answer {
  return parseYesNo(text, lang);
}

/** Asks a yes / no / don't-know question in the citizen's language. */
export async function askYesNo(ctx: CheckContext, prompter: Prompter, question: Msg): Promise<Answer> {
  const lang = ctx.options.lang;
  const text = `${t(lang, question)} ${yesNoHint(lang, "unsure")} `;
  return parseAnswer(await prompter.ask(text), lang);
}

/** Asks a free-text question; the trimmed answer. */
export async function askText(ctx: CheckContext, prompter: Prompter, question: Msg): Promise<string> {
  return (await prompter.ask(`${t(ctx.options.lang, question)} `)).trim();
}
