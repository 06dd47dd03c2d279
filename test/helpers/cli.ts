import { spawn } from "node:child_process";
import type { RenderedCheck } from "../../src/render/rendered.js";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/guzestli-check.js", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * The node that runs the CLI: the one running vitest, or in a project of
 * test/setup/node-versions.ts that project's Node.js version.
 */
export const CLI_NODE: string = inject("cliNode") ?? process.execPath;

/**
 * Runs the built CLI (bin/ → dist/) as a user would, in a child process. `npm test`
 * builds first, so dist/ is current.
 */
export function runCli(
  args: readonly string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number; input?: string } = {},
): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8", ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(CLI_NODE, [BIN, ...args], {
      cwd: opts.cwd ?? REPO_ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    // Decoded as a stream: a chunk may end inside a letter's UTF-8 sequence (ə, ğ, Cyrillic).
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => (stderr += b));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`CLI did not finish within ${opts.timeoutMs ?? 60_000} ms: ${args.join(" ")}\n${stderr}`));
    }, opts.timeoutMs ?? 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, durationMs: Date.now() - started });
    });
    child.stdin.end(opts.input ?? "");
  });
}

/** One entry of the JSON document's `checks`, as the contract defines it. */
export type JsonCheck = RenderedCheck;

/** The `checks` of a `--json` run's stdout. */
export function checksOf(stdout: string): JsonCheck[] {
  return (JSON.parse(stdout) as { checks: JsonCheck[] }).checks;
}
