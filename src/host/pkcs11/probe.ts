import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Host } from "../host.js";
import { classifyLoadError, type LoadFailureReason } from "./load-error.js";
import type { BindingName } from "./cryptoki.js";
import { PROBE_MARKER, type LibraryInfo, type ProbeAnswer, type ProbeKey, type ProbeRequest, type ProbeSlot } from "./protocol.js";

/** What probing one PKCS#11 module in a child process came to. */
export type ModuleProbe =
  | { module: string; kind: "ok"; binding: BindingName; library: LibraryInfo; slots: ProbeSlot[] }
  | { module: string; kind: "login-ok"; binding: BindingName; privateKeys: ProbeKey[] }
  /** The module did not answer within the deadline (vendor modules hang in C_GetSlotList). */
  | { module: string; kind: "timeout"; timeoutMs: number }
  /** The child died: a signal (SIGSEGV, SIGABRT) or an exit without an answer. */
  | { module: string; kind: "crashed"; signal?: string; exitCode?: number; detail: string }
  | { module: string; kind: "load-failed"; binding?: BindingName; reason: LoadFailureReason; dependency?: string; detail: string }
  /** Loaded, but a Cryptoki call failed (C_Initialize, C_GetSlotList, C_Login, ...). */
  | { module: string; kind: "call-failed"; binding?: BindingName; stage: string; ckr?: string; detail: string }
  /** Neither binding loads (pkcs11js not built, koffi without its platform package). */
  | { module: string; kind: "no-binding"; detail: string };

export interface ProbeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * The built child script. The build (scripts/build.mjs) puts every bundled file in
 * dist/ itself, so the child sits beside the code that starts it. Under vitest this
 * module runs from src/ as TypeScript, while the child must be plain JavaScript: it is
 * then taken from dist/ (`npm test` builds first).
 */
export function probeChildScript(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return resolve(dirname(here), "../../../dist/probe-child.js");
  return resolve(dirname(here), "probe-child.js");
}

/**
 * Arguments that make the running executable itself the probe child, set by a single
 * executable (src/sea/entry.ts): there process.execPath is the tool, not a Node.js
 * that could run dist/probe-child.js.
 */
let selfProbeArgs: readonly string[] | undefined;

export function runProbeChildAsSelf(args: readonly string[]): void {
  selfProbeArgs = args;
}

function probeChildArgs(req: ProbeRequest): string[] {
  return [...(selfProbeArgs ?? [probeChildScript()]), JSON.stringify(req)];
}

/** Read probes started ahead of the check that uses them (startReadProbes), per run's host. */
const startedReads = new WeakMap<Host, Map<string, Promise<ModuleProbe>>>();

/**
 * Reads everything a module shows without login, in a child process with a hard
 * deadline. A probe of this module already started for this run is the answer.
 */
export function probeModule(host: Host, module: string, o: ProbeOptions): Promise<ModuleProbe> {
  return startedReads.get(host)?.get(module) ?? runChild(host, { module, mode: "read" }, o);
}

/**
 * Starts the read probes now, for the token check that will ask for them later. The
 * child spends a whole Node start before it answers; started before the checks' code
 * is even loaded, that start overlaps the parent's instead of following it. Each
 * probe keeps its own deadline; `o.signal` ends those still running.
 */
export function startReadProbes(host: Host, modules: readonly string[], o: ProbeOptions): void {
  let started = startedReads.get(host);
  if (!started) {
    started = new Map();
    startedReads.set(host, started);
  }
  for (const module of modules) if (!started.has(module)) started.set(module, runChild(host, { module, mode: "read" }, o));
}

/**
 * Logs in to one slot with the PIN (given on the child's stdin, never in argv or env)
 * and lists the private keys. Only for --login.
 */
export function loginProbe(host: Host, module: string, slotId: string, pin: string, o: ProbeOptions): Promise<ModuleProbe> {
  return runChild(host, { module, mode: "login", slotId }, o, pin + "\n");
}

/**
 * The host's environment (SOFTHSM2_CONF, vendor module settings) reaches the module,
 * but not what would change the child's Node: NODE_OPTIONS (a --require or --inspect
 * meant for the tool would run again, or fight for the inspector's port, in the
 * process that holds the token) and NODE_EXTRA_CA_CERTS (Node reads that file at
 * every start, 40 ms for a system bundle, and the child makes no TLS connection).
 */
function probeChildEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const { NODE_OPTIONS: _options, NODE_EXTRA_CA_CERTS: _extraCas, ...rest } = env;
  return rest;
}

async function runChild(host: Host, req: ProbeRequest, o: ProbeOptions, input?: string): Promise<ModuleProbe> {
  const module = req.module;
  const running = host.exec(process.execPath, probeChildArgs({ ...req, watchParent: true }), {
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    maxOutputBytes: 16 * 1024 * 1024,
    env: probeChildEnv(host.env),
    input,
    // A child hung in a vendor module outlives a parent killed with kill -9 (or "End
    // task") and may hold the token from the signer: it watches this pipe and ends itself.
    holdStdin: true,
  });
  const r = await running;
  if (r.timedOut) return { module, kind: "timeout", timeoutMs: o.timeoutMs };
  const line = r.stdout.split("\n").find((l) => l.startsWith(PROBE_MARKER));
  let answer: ProbeAnswer | undefined;
  if (line) {
    try {
      answer = JSON.parse(line.slice(PROBE_MARKER.length)) as ProbeAnswer;
    } catch {
      answer = undefined;
    }
  }
  if (!answer) {
    const detail = firstLine(r.stderr) || firstLine(r.stdout) || "no answer";
    return {
      module,
      kind: "crashed",
      signal: r.signal ?? undefined,
      exitCode: r.exitCode ?? undefined,
      detail,
    };
  }
  if (answer.ok) {
    return answer.mode === "read"
      ? { module, kind: "ok", binding: answer.binding, library: answer.library, slots: answer.slots }
      : { module, kind: "login-ok", binding: answer.binding, privateKeys: answer.privateKeys };
  }
  switch (answer.stage) {
    case "binding":
      return { module, kind: "no-binding", detail: answer.message };
    case "load": {
      const f = classifyLoadError(module, answer.message, answer.file);
      return { module, kind: "load-failed", binding: answer.binding, reason: f.reason, dependency: f.dependency, detail: answer.message };
    }
    default:
      return { module, kind: "call-failed", binding: answer.binding, stage: answer.stage, ckr: answer.ckr, detail: answer.message };
  }
}

function firstLine(s: string): string {
  return (s.split("\n").find((l) => l.trim() !== "") ?? "").trim().slice(0, 300);
}
