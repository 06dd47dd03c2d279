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
  const a = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, "");
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

/**
 * Ctrl+C at a question: the process gets its SIGINT, whose handler (exitOnSignals) ends
 * every child and exits 130. Signals reach Node through an unreferenced handle: with the
 * question closed nothing else may keep the event loop alive, and Node would end first
 * with exit 13 (an unsettled top-level await). The timer keeps it alive until the
 * handler runs, and ends the run with 130 itself should no handler be installed.
 */
function interruptRun(): void {
  setTimeout(() => process.exit(130), 2000);
  process.kill(process.pid, "SIGINT");
}

export function createTerminalPrompter(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
  /** What Ctrl+C does: end the run as the signal would (exit 130, children ended). Tests pass their own. */
  interrupt: () => void = interruptRun,
): Prompter {
  // Once the input has ended (Ctrl+D, a closed pipe) no answer can come: every later
  // question is answered "" at once instead of waiting forever (issue 18.7).
  let ended = false;
  return {
    ask(question) {
      if (ended) {
        output.write(question + "\n");
        return Promise.resolve("");
      }
      const rl = createInterface({ input, output, terminal: Boolean(input.isTTY) });
      return new Promise((resolve) => {
        let answered = false;
        // In terminal mode readline takes Ctrl+C itself and, with no listener, only pauses:
        // the question would hang. Give the interrupt back to the process (exit 130).
        rl.on("SIGINT", () => {
          answered = true;
          rl.close();
          output.write("\n");
          interrupt();
        });
        // Ctrl+D on an empty line (or the end of piped input) closes readline without an
        // answer: that is an empty answer, on a line of its own. Left unanswered, the
        // question's promise never settled and Node ended with exit 13.
        rl.on("close", () => {
          if (answered) return;
          answered = true;
          ended = true;
          output.write("\n");
          resolve("");
        });
        rl.question(question, (answer) => {
          answered = true;
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
        const restore = () => {
          input.setRawMode(false);
          input.pause();
          input.removeListener("data", onData);
          input.removeListener("end", onEnd);
          output.write("\n");
        };
        const onEnd = () => {
          ended = true;
          restore();
          secret = "";
          resolve("");
        };
        const onData = (chunk: Buffer) => {
          for (const ch of chunk.toString("utf8")) {
            if (ch === "\r" || ch === "\n") {
              restore();
              return resolve(secret);
            }
            if (ch === "\u0003") {
              // Ctrl+C ends the run (exit 130) with nothing sent to the token: never a
              // second PIN prompt whose answer would spend a try (issue 18.7).
              secret = "";
              restore();
              return interrupt();
            }
            // Ctrl+D: no PIN; the login is not tried.
            if (ch === "\u0004") {
              secret = "";
              restore();
              return resolve("");
            }
            if (ch === "\u007f" || ch === "\b") secret = secret.slice(0, -1);
            else if (ch >= " ") secret += ch;
          }
        };
        input.on("data", onData);
        input.on("end", onEnd);
      });
    },
    close() {
      /* readline interfaces are closed per question */
    },
  };
}
