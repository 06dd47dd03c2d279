import { createInterface } from "node:readline";

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
