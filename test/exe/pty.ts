/**
 * Runs a program on a real pseudo-terminal (script(1), package bsdutils), as a console
 * window runs it: stdin and stdout are terminals. Optionally answers Enter once a line
 * matching `enterWhen` was printed, after first checking that the program is still
 * waiting `holdMs` later; `answer` types something else there instead (a letter and
 * Enter, or Ctrl+C as "\x03"), and `enterAlsoWhen` answers Enter to a later line as well.
 */
import { spawn } from "node:child_process";

export interface PtyRun {
  code: number | null;
  output: string;
  timedOut: boolean;
  /** The prompt was seen. */
  prompted: boolean;
  /** The program was still running `holdMs` after the prompt (it waited for Enter). */
  waitedAfterPrompt: boolean;
  /** The program was still running when the line `enterAlsoWhen` matched was answered. */
  waitedAfterThen: boolean;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function runInPty(
  argv: readonly string[],
  o: {
    env: NodeJS.ProcessEnv;
    cwd?: string;
    enterWhen?: RegExp;
    answer?: string;
    enterAlsoWhen?: RegExp;
    holdMs?: number;
    timeoutMs: number;
  },
): Promise<PtyRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", argv.map(quote).join(" "), "/dev/null"], {
      env: o.env,
      cwd: o.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    let prompted = false;
    let waitedAfterPrompt = false;
    let exited = false;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, o.timeoutMs);
    let answeredAt = -1;
    let thenAnswered = false;
    let waitedAfterThen = false;
    const onData = (b: Buffer) => {
      output += b.toString();
      if (o.enterWhen && !prompted && o.enterWhen.test(output)) {
        prompted = true;
        setTimeout(() => {
          waitedAfterPrompt = !exited;
          answeredAt = output.length;
          if (!exited) child.stdin.write(o.answer ?? "\r");
        }, o.holdMs ?? 1500);
      }
      if (o.enterAlsoWhen && answeredAt >= 0 && !thenAnswered && o.enterAlsoWhen.test(output.slice(answeredAt))) {
        thenAnswered = true;
        setTimeout(() => {
          waitedAfterThen = !exited;
          if (!exited) child.stdin.write("\r");
        }, 500);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("exit", () => {
      exited = true;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut, prompted, waitedAfterPrompt, waitedAfterThen });
    });
  });
}
