import { defineCheck } from "../../core/define-check.js";
import type { CodeSpec, Msg } from "../../core/types.js";
import { duration } from "../../core/duration.js";
import { probeModule, type ModuleProbe } from "../../host/pkcs11/probe.js";
import { candidateModules, discoverySummary, type CandidateModule } from "./module-catalogue.js";
import { DRIVER_PRODUCTS, type DriverFamily } from "./drivers.js";
import { baseName, dedupeMsgs, MODULE_CHECK, severity, USB_DEVICE_CHECK, type ModuleOutput } from "./common.js";

/** What the driver check can say; each code decides the status. */
const MODULE_CODES = {
  MODULES_OK: { status: "pass" },
  SOME_MODULES_FAILED: { status: "warn", remedy: ["token.remedy.installDriverGeneric"] },
  NO_MODULE: { status: "fail", remedy: ["token.remedy.plugToken", "token.remedy.installDriverGeneric"] },
  DRIVER_MISSING_FOR_DEVICE: { status: "fail", remedy: ["token.remedy.installDriverGeneric", "token.remedy.replug"] },
  MODULE_NOT_FOUND: { status: "fail", remedy: ["token.remedy.installDriverGeneric"] },
  MODULE_MISSING_DEPENDENCY: { status: "fail", remedy: ["token.remedy.installDriverGeneric"] },
  MODULE_NOT_PKCS11: { status: "fail", remedy: ["token.remedy.installDriverGeneric"] },
  MODULE_WRONG_ARCH: { status: "fail", remedy: ["token.remedy.matchingArch"] },
  MODULE_NOT_A_LIBRARY: { status: "fail", remedy: ["token.remedy.installDriverGeneric"] },
  MODULE_LOAD_FAILED: { status: "fail", remedy: ["token.remedy.installDriverGeneric"] },
  MODULE_CALL_FAILED: { status: "fail", remedy: ["token.remedy.replug", "token.remedy.installDriverGeneric"] },
  MODULE_CRASHED: { status: "error", remedy: ["token.remedy.replug", "token.remedy.installDriverGeneric"] },
  MODULE_TIMEOUT: { status: "timeout", remedy: ["token.remedy.replug", "token.remedy.installDriverGeneric"] },
  PKCS11_BINDING_MISSING: { status: "error", remedy: ["token.remedy.installBinding"], helperSteps: ["token.remedy.installBinding"] },
} as const satisfies Record<string, CodeSpec>;
type ModuleCode = keyof typeof MODULE_CODES;

/**
 * Is a token driver (PKCS#11 module) installed and working? Every module of the OS
 * catalogue that exists (or every --module given, which replaces the catalogue) is
 * probed in its own child process with a hard deadline, concurrently: a module that
 * hangs ends as `timeout`, one that crashes as `error`, each named, and the others
 * still report.
 */
export const moduleCheck = defineCheck({
  id: MODULE_CHECK,
  group: "token",
  covers: ["EIMZA-DRIVER"],
  title: "token.title.module",
  uses: [USB_DEVICE_CHECK],
  // Each module gets the per-check timeout; the check keeps room to name the one that hung.
  budgetFactor: 2,
  codes: MODULE_CODES,
  async run(ctx) {
    const usb = ctx.dep(USB_DEVICE_CHECK);
    const device = usb?.devices.find((d) => d.kind === "token") ?? usb?.devices[0];
    const candidates = await candidateModules(ctx.host, ctx.options.modules, { timeoutMs: ctx.options.timeoutMs, signal: ctx.signal });
    if (candidates.length === 0) {
      if (device) {
        return {
          code: "DRIVER_MISSING_FOR_DEVICE",
          message: { key: "token.module.missingForDevice", values: { device: device.name } },
          remedy: [driverRemedy(device.driver, device.name), { key: "token.remedy.replug" }],
          data: { modules: [], device: device.name, discovery: discoverySummary(ctx.host) },
          output: { probes: [] },
        };
      }
      return {
        code: "NO_MODULE",
        // "No token is plugged in" only when the USB list was read (#19.16).
        message: { key: usb?.listed ? "token.module.none" : "token.module.noneNoUsb" },
        remedy: [{ key: "token.remedy.plugToken" }, { key: "token.remedy.installDriverGeneric" }],
        // Where it looked beyond the catalogue (Windows, macOS), and whether it was cut short.
        data: { modules: [], discovery: discoverySummary(ctx.host) },
        output: { probes: [] },
      };
    }

    const perModuleMs = ctx.options.timeoutMs;
    const folders = new Set<string>();
    const probes = await Promise.all(
      candidates.map(async (c): Promise<ModuleProbe> => {
        if (!(await ctx.host.fs.exists(c.path))) {
          return { module: c.path, kind: "load-failed", reason: "not-found", detail: "no such file" };
        }
        // A discovered module for another processor: its PE/Mach-O header says so, and loading it could not work.
        if (c.wrongArch) {
          return { module: c.path, kind: "load-failed", reason: "wrong-arch", detail: `built for ${c.wrongArch}; not loaded` };
        }
        if ((await ctx.host.fs.stat(c.path))?.isDirectory) {
          folders.add(c.path);
          return { module: c.path, kind: "load-failed", reason: "not-a-library", detail: "a folder, not a file" };
        }
        return probeModule(ctx.host, c.path, { timeoutMs: perModuleMs, signal: ctx.signal });
      }),
    );
    // Which binding read the modules: pkcs11js (compiled add-on) or koffi (prebuilt FFI).
    const binding = probes.map((p) => ("binding" in p ? p.binding : undefined)).find((b) => b !== undefined);
    const data = { binding, modules: probes.map((p) => describeProbe(p, candidates)) };
    const output: ModuleOutput = { probes };

    if (probes.every((p) => p.kind === "no-binding")) {
      return {
        code: "PKCS11_BINDING_MISSING",
        message: { key: "token.module.noBinding", values: { reason: (probes[0] as { detail: string }).detail } },
        remedy: [{ key: "token.remedy.installBinding" }],
        data,
        output,
      };
    }

    const givenPaths = new Set(candidates.filter((c) => c.given).map((c) => c.path));
    const discovered = new Set(candidates.filter((c) => c.discovered).map((c) => c.path));
    const verdict = (p: ModuleProbe): Verdict => moduleVerdict(p, givenPaths.has(p.module), folders.has(p.module));
    const working = probes.filter((p) => p.kind === "ok");
    const failed = probes
      .filter((p) => p.kind !== "ok")
      .sort((a, b) => severity(MODULE_CODES[verdict(b).code].status) - severity(MODULE_CODES[verdict(a).code].status));
    if (failed.length === 0) {
      // A discovered module is named by its file and its maker as C_GetInfo gives it.
      const named = (p: ModuleProbe) =>
        p.kind !== "ok"
          ? ""
          : discovered.has(p.module)
            ? `${baseName(p.module)} (${[p.library.manufacturer, p.library.description].filter(Boolean).join(", ")})`
            : `${baseName(p.module)} (${p.library.description})`;
      const modules = working.map(named).join(", ");
      return { code: "MODULES_OK", message: { key: "token.module.ok", values: { modules } }, data, output };
    }
    const worst = verdict(failed[0]!);
    const remedy: Msg[] = failed.flatMap((p) => verdict(p).remedy);
    if (working.length > 0) {
      return {
        code: "SOME_MODULES_FAILED",
        message: {
          key: "token.module.partial",
          values: { working: working.map((p) => baseName(p.module)).join(", "), failed: problemList(failed, verdict) },
        },
        remedy: dedupeMsgs(remedy),
        data,
        output,
      };
    }
    // Nothing works: one module's own problem is the message; several are each named
    // with their code (see `explain`). A plugged-in device without a working driver is
    // said first in the remedies.
    const deviceRemedy: Msg[] = device ? [driverRemedy(device.driver, device.name)] : [];
    const message: Msg =
      failed.length === 1
        ? worst.message
        : { key: "token.module.noneWorks", values: { count: failed.length, modules: problemList(failed, verdict) } };
    return {
      code: worst.code,
      message,
      remedy: dedupeMsgs([...deviceRemedy, ...remedy]),
      data: { ...data, device: device?.name },
      output,
    };
  },
});

interface Verdict {
  code: ModuleCode;
  message: Msg;
  remedy: Msg[];
}

/** What one module's probe means for the user. */
export function verdict(p: ModuleProbe): Verdict {
  return moduleVerdict(p, false);
}

/**
 * A path the user typed (--module) is judged as typed: a file that is missing, a
 * folder, no library or a library without C_GetFunctionList is a wrong path to check,
 * not a driver to reinstall from e-imza.az (#19.19).
 */
function moduleVerdict(p: ModuleProbe, given: boolean, folder = false): Verdict {
  if (given && p.kind === "load-failed" && (p.reason === "not-found" || p.reason === "not-a-library" || p.reason === "not-pkcs11")) {
    const code = ({ "not-found": "MODULE_NOT_FOUND", "not-a-library": "MODULE_NOT_A_LIBRARY", "not-pkcs11": "MODULE_NOT_PKCS11" } as const)[
      p.reason
    ];
    return {
      code,
      message: {
        key: p.reason === "not-found" ? "token.module.givenNotFound" : folder ? "token.module.givenFolder" : "token.module.givenNotDriver",
        values: { module: p.module },
      },
      remedy: [{ key: "token.remedy.checkModulePath" }],
    };
  }
  return catalogueVerdict(p);
}

function catalogueVerdict(p: ModuleProbe): Verdict {
  const module = p.module;
  const name = baseName(module);
  switch (p.kind) {
    case "ok":
    case "login-ok":
      return { code: "MODULES_OK", message: { key: "token.module.ok", values: { modules: name } }, remedy: [] };
    case "timeout":
      return {
        code: "MODULE_TIMEOUT",
        message: { key: "token.module.timeout", values: { module, duration: duration(p.timeoutMs) } },
        remedy: [{ key: "token.remedy.replug" }, { key: "token.remedy.reinstallDriver", values: { module: name } }],
      };
    case "crashed":
      return {
        code: "MODULE_CRASHED",
        message: { key: "token.module.crashed", values: { module, how: p.signal ?? exitText(p.exitCode) } },
        remedy: [{ key: "token.remedy.reinstallDriver", values: { module: name } }],
      };
    case "no-binding":
      return {
        code: "PKCS11_BINDING_MISSING",
        message: { key: "token.module.noBinding", values: { reason: p.detail } },
        remedy: [{ key: "token.remedy.installBinding" }],
      };
    case "call-failed":
      return {
        code: "MODULE_CALL_FAILED",
        message: { key: "token.module.callFailed", values: { module, call: callName(p.stage), ckr: p.ckr ?? p.detail } },
        remedy: [{ key: "token.remedy.replug" }, { key: "token.remedy.reinstallDriver", values: { module: name } }],
      };
    case "load-failed": {
      const codes = {
        "not-found": ["MODULE_NOT_FOUND", "token.module.notFound"],
        "missing-dependency": ["MODULE_MISSING_DEPENDENCY", "token.module.missingDependency"],
        "not-pkcs11": ["MODULE_NOT_PKCS11", "token.module.notPkcs11"],
        "wrong-arch": ["MODULE_WRONG_ARCH", "token.module.wrongArch"],
        "not-a-library": ["MODULE_NOT_A_LIBRARY", "token.module.notALibrary"],
        other: ["MODULE_LOAD_FAILED", "token.module.loadFailed"],
      } as const;
      const [code, named] = codes[p.reason];
      // Windows (error 126) and koffi do not name the missing library.
      const key = p.reason === "missing-dependency" && !p.dependency ? "token.module.missingDependencyUnnamed" : named;
      return {
        code,
        message: { key, values: { module, dependency: p.dependency ?? "", detail: p.detail } },
        remedy: [
          p.reason === "wrong-arch"
            ? { key: "token.remedy.matchingArch" }
            : { key: "token.remedy.reinstallDriver", values: { module: name } },
        ],
      };
    }
  }
}

/**
 * A Windows process killed by an exception exits with its NTSTATUS code, which reads
 * best in hex (0xC0000005 is an access violation, Windows' SIGSEGV).
 */
function exitText(code: number | undefined): string {
  if (code === undefined) return "exit ?";
  return code >= 0xc0000000 ? `exit 0x${code.toString(16).toUpperCase()}` : `exit ${code}`;
}

/** "a.so — MODULE_TIMEOUT; b.so — MODULE_NOT_FOUND": each failed module with its own code. */
function problemList(failed: readonly ModuleProbe[], judge: (p: ModuleProbe) => Verdict): string {
  return failed.map((p) => `${baseName(p.module)} — ${judge(p).code}`).join("; ");
}

function callName(stage: string): string {
  switch (stage) {
    case "initialize":
      return "C_Initialize";
    case "info":
      return "C_GetInfo";
    case "slots":
      return "C_GetSlotList";
    case "session":
      return "C_OpenSession";
    case "login":
      return "C_Login";
    default:
      return stage;
  }
}

function describeProbe(p: ModuleProbe, candidates: readonly CandidateModule[]): Record<string, unknown> {
  const candidate = candidates.find((c) => c.path === p.module);
  const family = candidate?.family;
  const base = {
    module: p.module,
    driver: family ? DRIVER_PRODUCTS[family] : undefined,
    discovered: candidate?.discovered,
    result: p.kind,
  };
  switch (p.kind) {
    case "ok":
      return {
        ...base,
        binding: p.binding,
        library: p.library,
        slots: p.slots.length,
        slotsWithToken: p.slots.filter((s) => s.tokenPresent).length,
      };
    case "timeout":
      return { ...base, timeoutMs: p.timeoutMs };
    case "crashed":
      return { ...base, signal: p.signal, exitCode: p.exitCode, detail: p.detail };
    case "load-failed":
      return { ...base, binding: p.binding, reason: p.reason, dependency: p.dependency, detail: p.detail };
    case "call-failed":
      return { ...base, binding: p.binding, call: callName(p.stage), ckr: p.ckr, detail: p.detail };
    default:
      return { ...base, detail: "detail" in p ? p.detail : undefined };
  }
}

export function driverRemedy(family: DriverFamily | undefined, device: string): Msg {
  return family
    ? { key: "token.remedy.installDriver", values: { driver: DRIVER_PRODUCTS[family], device } }
    : { key: "token.remedy.installDriverForDevice", values: { device } };
}
