import path from "node:path";
import { createNodeHost } from "../../../src/host/node-host.js";
import type { ExecResult, Host } from "../../../src/host/host.js";

/**
 * The real host playing another OS: its file calls for "C:\Users\Aysel\…" or
 * "/Users/aysel/…" go to the same path under a temporary folder, so real files on
 * disk stand for that OS's layout. `exec` answers from a table (e.g. plutil's JSON),
 * anything else is "not found".
 */
export function mappedHost(
  os: NodeJS.Platform,
  root: string,
  opts: {
    homedir: string;
    env?: Record<string, string>;
    username?: string;
    answers?: Array<{ match: (cmd: string, args: readonly string[]) => boolean; stdout: string }>;
  },
): Host {
  const real = createNodeHost({ offline: true });
  const map = (p: string) => path.join(root, p.replace(/\\/g, "/").replace(/^([A-Za-z]):/, "$1"));
  const done = (over: Partial<ExecResult>): ExecResult => ({
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
    platform: { ...real.platform, os, homedir: opts.homedir, username: opts.username ?? "aysel" },
    env: opts.env ?? {},
    async exec(cmd, args) {
      const a = opts.answers?.find((x) => x.match(cmd, args));
      return a ? done({ stdout: a.stdout }) : done({ exitCode: null, notFound: true });
    },
    fs: {
      ...real.fs,
      readFile: (p, o) => real.fs.readFile(map(p), o),
      readText: (p, o) => real.fs.readText(map(p), o),
      exists: (p) => real.fs.exists(map(p)),
      stat: (p) => real.fs.stat(map(p)),
      list: (p) => real.fs.list(map(p)),
    },
  };
}

/** Where a path of the played OS lies on this machine. */
export function mappedPath(root: string, p: string): string {
  return path.join(root, p.replace(/\\/g, "/").replace(/^([A-Za-z]):/, "$1"));
}
