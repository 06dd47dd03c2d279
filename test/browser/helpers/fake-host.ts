import { createNodeHost } from "../../../src/host/node-host.js";
import type { ExecResult, Host } from "../../../src/host/host.js";

/**
 * For what this Linux machine cannot run (PowerShell, macOS `defaults`): the real host
 * with a different platform, whose `exec` answers with output captured in the
 * documented format and whose file lookups see only the listed paths. Any other
 * command is "not found", as on a machine without it.
 */
export function foreignHost(
  os: NodeJS.Platform,
  answers: Array<{ match: (cmd: string, args: readonly string[]) => boolean; stdout: string; exitCode?: number; timedOut?: boolean }>,
  files: readonly string[] = [],
): Host & { calls: Array<{ cmd: string; args: readonly string[] }> } {
  const real = createNodeHost({ offline: true });
  const calls: Array<{ cmd: string; args: readonly string[] }> = [];
  const result = (over: Partial<ExecResult>): ExecResult => ({
    exitCode: 0,
    signal: null,
    stdout: "",
    stderr: "",
    timedOut: false,
    truncated: false,
    notFound: false,
    durationMs: 1,
    ...over,
  });
  return {
    ...real,
    platform: { ...real.platform, os, homedir: os === "win32" ? "C:\\Users\\Aysel" : "/Users/aysel" },
    env: {},
    calls,
    async exec(cmd, args) {
      calls.push({ cmd, args });
      const a = answers.find((x) => x.match(cmd, args));
      if (!a) return result({ exitCode: null, notFound: true });
      return result({ stdout: a.stdout, exitCode: a.timedOut ? null : (a.exitCode ?? 0), timedOut: a.timedOut ?? false });
    },
    fs: {
      ...real.fs,
      async exists(p) {
        return files.includes(p);
      },
    },
  };
}
