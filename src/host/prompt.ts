import { createInterface } from "node:readline";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/catalog.js";

/**
 * The one answer convention for every yes/no question (asan --interactive, certs --fix).
 * The letters shown are the first letters of the language's own words: az h = hə,
 * y = yox; en y = yes, n = no; ru д = да, н = нет. So "y" means NO in Azerbaijani and
 * is never taken as yes there, and in Russian it is not taken at all: on the Russian
 * keyboard layout the key of "н" (нет) types "y". Whole words of any of the three
 * languages are understood. Enter, or anything else, is "unsure": a question that
 * would write something treats that as no.
 */
export type YesNo = "yes" | "no" | "unsure";

const LETTERS: Readonly<Record<Lang, { yes: readonly string[]; no: readonly string[] }>> = {
  az: { yes: ["h", "hə", "he", "hee", "bəli", "beli"], no: ["y", "yox", "yoh", "xeyr", "n"] },
  en: { yes: ["y"], no: ["n"] },
  ru: { yes: ["д", "da"], no: ["н", "net"] },
};
/** Whole words that mean the same in every prompt language. */
const YES_WORDS = new Set(["yes", "hə", "bəli", "да"]);
const NO_WORDS = new Set(["no", "yox", "xeyr", "нет"]);

export function parseYesNo(text: string, lang: Lang): YesNo {
  const a = text.trim().toLowerCase().replace(/[.!]+$/, "");
  if (YES_WORDS.has(a) || LETTERS[lang].yes.includes(a)) return "yes";
  if (NO_WORDS.has(a) || LETTERS[lang].no.includes(a)) return "no";
  return "unsure";
}

/**
 * The answer hint shown after a question, built from one set of catalogue keys:
 * "[h = hə / y = yox / Enter = bilmirəm]" for a question whose Enter means "not sure",
 * "[h = hə / y = yox / Enter = yox]" for one that would write something.
 */
export function yesNoHint(lang: Lang, enter: "unsure" | "no"): string {
  return t(lang, "prompt.answers", { enter: t(lang, enter === "no" ? "prompt.enter.no" : "prompt.enter.unsure") });
}

/**
 * Questions on the terminal, for the few commands that ask (`token --login`,
 * `certs --fix`, `asan --interactive`). The hidden variant never echoes and never
 * keeps the answer anywhere but in the returned string.
 */
export interface Prompter {
  ask(question: string): Promise<string>;
  /** Reads a secret without echo (a PIN). */
  askHidden(question: string): Promise<string>;
  close(): void;
}

export function createTerminalPrompter(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Prompter {
  return {
    ask(question) {
      const rl = createInterface({ input, output, terminal: Boolean(input.isTTY) });
      // In terminal mode readline takes Ctrl+C itself and, with no listener, only pauses:
      // the question would hang. Give the interrupt back to the process (exit 130).
      rl.on("SIGINT", () => {
        rl.close();
        process.kill(process.pid, "SIGINT");
      });
      return new Promise((resolve) => {
        rl.question(question, (answer) => {
          rl.close();
          resolve(answer);
        });
      });
    },
    askHidden(question) {
      return new Promise((resolve, reject) => {
        if (!input.isTTY || typeof input.setRawMode !== "function") {
          reject(new Error("a terminal is required to enter a secret"));
          return;
        }
        output.write(question);
        input.setRawMode(true);
        input.resume();
        let secret = "";
        const finish = (err?: Error) => {
          input.setRawMode(false);
          input.pause();
          input.removeListener("data", onData);
          output.write("\n");
          if (err) reject(err);
          else resolve(secret);
        };
        const onData = (chunk: Buffer) => {
          for (const ch of chunk.toString("utf8")) {
            if (ch === "\r" || ch === "\n") return finish();
            if (ch === "\u0003") return finish(new Error("cancelled"));
            if (ch === "\u007f" || ch === "\b") secret = secret.slice(0, -1);
            else if (ch >= " ") secret += ch;
          }
        };
        input.on("data", onData);
      });
    },
    close() {
      /* readline interfaces are closed per question */
    },
  };
}
