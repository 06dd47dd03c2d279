import { spawn, type ChildProcess } from "node:child_process";
import type { ExecOptions, ExecRecord, ExecResult } from "./host.js";

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Every child still running. Children lead their own process group (so a timeout can
 * end what they started), which also means the terminal's Ctrl+C does not reach them:
 * on a signal this process ends them itself (endAllChildren).
 */
const running = new Set<ChildProcess>();

/** Ends every running child and whatever it started (its whole process group). */
export function endAllChildren(): void {
  for (const child of running) killGroup(child);
  running.clear();
}

/** How many children run now (for tests and --verbose). */
export function runningChildren(): number {
  return running.size;
}

function killGroup(child: ChildProcess): void {
  try {
    if (process.platform !== "win32" && child.pid) process.kill(-child.pid, "SIGKILL");
    else child.kill("SIGKILL");
  } catch {
    /* already gone */
  }
}

/** Exit codes after a signal, as shells report them: 128 + the signal's number. */
export const SIGNAL_EXIT_CODES: Readonly<Record<"SIGINT" | "SIGTERM" | "SIGHUP", number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

let signalsInstalled = false;

/**
 * On Ctrl+C (SIGINT), SIGTERM and SIGHUP (the terminal closed): end every child's
 * process group — a PKCS#11 probe hung inside a vendor module would otherwise keep
 * running — then exit with 130, 143 or 129. Installed once, by the command-line entry.
 */
export function exitOnSignals(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const [sig, code] of Object.entries(SIGNAL_EXIT_CODES) as Array<[NodeJS.Signals, number]>) {
    process.on(sig, () => {
      endAllChildren();
      process.exit(code);
    });
  }
}
const DEFAULT_MAX_OUTPUT = 1024 * 1024;

/**
 * Runs a program with a hard deadline and an output cap. Never throws for the
 * program's own failure: a missing program, a crash, a non-zero exit and a timeout
 * are all facts in the result. On POSIX the child leads its own process group so
 * that a timeout kills whatever it started too.
 */
export function runProcess(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxOut = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const started = performance.now();
  return new Promise((resolve) => {
    const out = new Capped(maxOut);
    const err = new Capped(maxOut);
    let timedOut = false;
    let settled = false;
    const posix = process.platform !== "win32";
    let child: ChildProcess;
    try {
      child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env ? definedOnly(options.env) : process.env,
        stdio: [options.input === undefined && !options.holdStdin ? "ignore" : "pipe", "pipe", "pipe"],
        detached: posix,
        windowsHide: true,
      });
    } catch (e) {
      // spawn throws, instead of emitting "error", for bad arguments and for start
      // failures other than ENOENT/EACCES/EMFILE (Windows' "spawn UNKNOWN" from a failed
      // CreateProcess, seen under load): a fact of the result, never a crashed run.
      resolve({
        exitCode: null,
        signal: null,
        stdout: "",
        stderr: e instanceof Error ? e.message : String(e),
        truncated: false,
        timedOut: false,
        notFound: false,
        durationMs: Math.round(performance.now() - started),
      });
      return;
    }
    running.add(child);
    const kill = () => killGroup(child);
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    const onAbort = () => {
      timedOut = true;
      kill();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) onAbort();

    const done = (r: Omit<ExecResult, "stdout" | "stderr" | "truncated" | "durationMs" | "timedOut">) => {
      if (settled) return;
      settled = true;
      running.delete(child);
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve({
        ...r,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.truncated || err.truncated,
        timedOut,
        durationMs: Math.round(performance.now() - started),
      });
    };
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e: NodeJS.ErrnoException) => {
      done({ exitCode: null, signal: null, notFound: e.code === "ENOENT" });
    });
    child.on("close", (code, signal) => done({ exitCode: code, signal, notFound: false }));
    if (child.stdin) {
      child.stdin.on("error", () => {});
      // Held open, the pipe closes when the child ends (Node destroys a child's stdio then) or when this process does.
      if (options.holdStdin) {
        if (options.input !== undefined) child.stdin.write(options.input);
      } else if (options.input !== undefined) {
        child.stdin.end(options.input);
      }
    }
  });
}

class Capped {
  private chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly max: number) {}
  push(b: Buffer): void {
    if (this.size >= this.max) {
      this.truncated = true;
      return;
    }
    const room = this.max - this.size;
    const part = b.length > room ? b.subarray(0, room) : b;
    if (part.length < b.length) this.truncated = true;
    this.chunks.push(part);
    this.size += part.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

const MAX_ARG = 160;

/**
 * Arguments as the --verbose list shows them: an -EncodedCommand script or a JSON
 * request is long and says nothing at a glance, so an argument longer than 160
 * characters (a registry path is shorter) is cut to 40 with its length noted. Input given on stdin (a PIN for --login) is
 * never part of this.
 */
export function abbreviateArgs(args: readonly string[]): string[] {
  return args.map((a) => (a.length > MAX_ARG ? `${a.slice(0, 40)}…(${a.length} chars)` : a));
}

/** Wraps an exec function so that every call is recorded in `log` when it ends. */
export function recordingExec(exec: typeof runProcess, log: ExecRecord[]): typeof runProcess {
  return async (command, args, options) => {
    const r = await exec(command, args, options);
    log.push({
      command,
      args: abbreviateArgs(args),
      durationMs: r.durationMs,
      exitCode: r.exitCode,
      timedOut: r.timedOut,
      notFound: r.notFound,
      ...(r.signal ? { signal: r.signal } : {}),
      ...(options?.personalArgs?.length ? { personalArgs: [...options.personalArgs] } : {}),
    });
    return r;
  };
}

/** An environment without the names set to undefined (spawn would pass them as "undefined"). */
function definedOnly(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
