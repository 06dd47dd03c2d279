import os from "node:os";
import type { ExecRecord, Host } from "./host.js";
import { recordingExec, runProcess } from "./process.js";
import { nodeFiles } from "./files.js";
import { createHttpHost } from "./http.js";
import { createTerminalPrompter } from "./prompt.js";

/** The real host: this machine. */
export function createNodeHost(opts: { offline: boolean; env?: NodeJS.ProcessEnv; interactive?: boolean }): Host {
  let username = "";
  try {
    username = os.userInfo().username;
  } catch {
    username = process.env.USER ?? process.env.USERNAME ?? "";
  }
  const execLog: ExecRecord[] = [];
  return {
    platform: {
      os: process.platform,
      release: os.release(),
      arch: process.arch,
      node: process.version,
      homedir: os.homedir(),
      username,
      pid: process.pid,
    },
    env: opts.env ?? process.env,
    now: () => new Date(),
    exec: recordingExec(runProcess, execLog),
    execLog,
    fs: nodeFiles,
    http: createHttpHost(opts.offline),
    prompt: opts.interactive ? createTerminalPrompter() : undefined,
  };
}
