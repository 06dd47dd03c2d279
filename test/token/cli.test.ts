import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CLI_NODE, runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { buildTestModule, importCert, loginCount, makeCert, opensslDate, softHsm, SOFTHSM_MODULE } from "./parts.js";

/** The "done when", end to end through the built CLI. */
const dir = tempDir("gc-token-cli-");
const HOLDER = "Hüseynova Aynur";
const FIN = "5ZK8Q2M";
let validEnv: Record<string, string>;
let expiredEnv: Record<string, string>;
let testModule: string;

interface Doc {
  summary: { exitCode: number; pass: number; timeout: number };
  checks: Array<{
    id: string;
    group: string;
    status: string;
    code: string;
    message: string;
    remedy: string[];
    data: Record<string, unknown>;
  }>;
}
const byId = (doc: Doc, id: string) => doc.checks.find((c) => c.id === id)!;
/** Linux lists USB devices from sysfs; a container may have none. */
const USB_READABLE = existsSync("/sys/bus/usb/devices");

beforeAll(() => {
  const v = join(dir, "valid");
  const hsm = softHsm(v, "Mənim tokenim");
  importCert(hsm, makeCert(v, "user", { cn: HOLDER, fin: FIN, start: opensslDate(-20), end: opensslDate(400) }), {
    id: "01",
    label: HOLDER,
    publicKey: true,
  });
  validEnv = hsm.env;
  const e = join(dir, "expired");
  const old = softHsm(e, "Köhnə token");
  importCert(old, makeCert(e, "user", { cn: HOLDER, fin: FIN, start: opensslDate(-800), end: opensslDate(-35) }), {
    id: "01",
    label: "old",
  });
  expiredEnv = old.env;
  testModule = buildTestModule(dir);
});

describe("guzestli-check token (CLI)", () => {
  it("passes on a SoftHSM token with a valid certificate, every fact in data, the holder hidden", async () => {
    const r = await runCli(["token", "--module", SOFTHSM_MODULE, "--json"], { env: validEnv });
    const doc = JSON.parse(r.stdout) as Doc;
    expect(r.code).toBe(doc.summary.exitCode);
    // Where the USB list cannot be read (a container without /sys/bus/usb), that check
    // could not be done: exit 2, and it is the only one.
    const unread = doc.checks.filter((c) => c.status === "error" || c.status === "timeout").map((c) => c.code);
    expect(unread).toEqual(USB_READABLE ? [] : ["USB_LIST_UNAVAILABLE"]);
    expect(r.code).toBe(USB_READABLE ? 0 : 2);
    for (const id of ["token.module", "token.present", "token.pin-state", "token.certificates"]) {
      expect(byId(doc, id).status, id).toBe("pass");
    }
    const cert = (byId(doc, "token.certificates").data.tokens as Array<{ certificates: Array<Record<string, unknown>> }>)[0]!
      .certificates[0]!;
    expect(cert).toMatchObject({ validity: "valid", usableForSigning: true, keyUsage: ["digitalSignature", "nonRepudiation"] });
    expect(cert.notAfter).toEqual(expect.any(String));
    expect(cert.subject).toBe("C=AZ, O=Test, CN=[redacted], 2.5.4.5=[redacted]");
    expect(byId(doc, "token.present").data.tokens).toEqual([
      expect.objectContaining({ label: "[redacted]", model: "SoftHSM v2", serial: "[redacted]" }),
    ]);
    expect(r.stdout).not.toContain("Mənim tokenim");
    // Redaction: neither the holder's name nor the FIN appears anywhere in the output.
    expect(r.stdout).not.toContain(HOLDER);
    expect(r.stdout).not.toContain(FIN);
  });

  it("`token --module readme.txt`: this file is not a token driver, check the path you gave — not 'reinstall from e-imza.az' (#19.19)", async () => {
    const readme = join(dir, "readme.txt");
    writeFileSync(readme, "SIMA Token driver\n");
    for (const [lang, said, path] of [
      ["en", "is not a token driver", "Check the path you gave with --module"],
      ["az", "token drayveri (PKCS#11 modulu) deyil", "--module ilə verdiyiniz yolu yoxlayın"],
      ["ru", "не является драйвером токена", "Проверьте путь, указанный в --module"],
    ] as const) {
      const r = await runCli(["token", "--module", readme, "--offline", "--lang", lang]);
      expect(r.stdout).toContain(said);
      expect(r.stdout).toContain(path);
      expect(r.stdout).not.toContain("e-imza.az");
      expect(r.code).toBe(1);
    }
  });

  it("shows the holder and FIN only with --no-redact", async () => {
    const r = await runCli(["token", "--module", SOFTHSM_MODULE, "--json", "--no-redact"], { env: validEnv });
    expect(r.stdout).toContain(HOLDER);
    expect(r.stdout).toContain(FIN);
  });

  it("fails an expired certificate under EIMZA-VALIDITY with a remedy naming 157, in every language", async () => {
    for (const lang of ["az", "en", "ru"]) {
      const r = await runCli(["token", "--module", SOFTHSM_MODULE, "--json", "--lang", lang], { env: expiredEnv });
      const doc = JSON.parse(r.stdout) as Doc & { checks: Array<{ covers: string[] }> };
      const certs = byId(doc, "token.certificates") as Doc["checks"][number] & { covers: string[] };
      expect([certs.status, certs.code]).toEqual(["fail", "TOKEN_CERT_EXPIRED"]);
      expect(certs.covers).toContain("EIMZA-VALIDITY");
      expect(certs.remedy.join(" ")).toContain("157");
      expect(r.code).toBe(doc.summary.exitCode);
      expect(r.code).not.toBe(0);
      expect(r.stdout).not.toContain(HOLDER);
    }
  });

  it("ends a hanging module as timeout within the budget, the report complete, and spends no PIN attempt", async () => {
    const counter = join(dir, "logins");
    const r = await runCli(["token", "--module", testModule, "--json", "--timeout", "1500"], {
      env: { TESTP11_HANG: "C_GetSlotList", TESTP11_LOGIN_COUNT: counter },
    });
    const doc = JSON.parse(r.stdout) as Doc;
    const mod = byId(doc, "token.module");
    expect([mod.status, mod.code]).toEqual(["timeout", "MODULE_TIMEOUT"]);
    expect(mod.message).toContain("testp11.so");
    // Issue 20.2: the citizen's words say seconds; the milliseconds stay in data for scripts.
    expect(mod.message).toMatch(/ within \d+(\.\d+)? s \(it hangs\)/);
    expect(mod.message).not.toMatch(/\bms\b|millisecond/);
    const probe = (mod.data.modules as Array<{ timeoutMs?: number }>).find((m) => m.timeoutMs !== undefined);
    expect(probe?.timeoutMs).toBeGreaterThan(0);
    expect(doc.checks.map((c) => c.id)).toEqual([
      "token.usb-device",
      "token.smartcard-service",
      "token.module",
      "token.present",
      "token.pin-state",
      "token.certificates",
      "token.login",
    ]);
    expect(doc.summary.timeout).toBe(1);
    expect(r.code).toBe(doc.summary.exitCode);
    expect(loginCount(counter)).toBe(0);
  });

  it("never calls C_Login on a token in its final try, in any command without --login", async () => {
    const counter = join(dir, "logins-final");
    const env = { TESTP11_FLAGS: "FINAL_TRY", TESTP11_LOGIN_COUNT: counter };
    for (const args of [["token"], ["token", "--verbose"], ["all", "--offline"]]) {
      const r = await runCli([...args, "--module", testModule, "--json"], { env });
      const doc = JSON.parse(r.stdout) as Doc;
      expect(byId(doc, "token.pin-state").code).toBe("PIN_FINAL_TRY");
    }
    expect(loginCount(counter)).toBe(0);
  });

  /**
   * A copy of the built tool whose node_modules has every package but `without`, as on
   * a PC where the optional pkcs11js add-on could not be built (no compiler), or where
   * koffi's platform package is missing too; runs `all` on SoftHSM.
   */
  function runWithout(name: string, without: (pkg: string) => boolean): Doc {
    return runCopy(name, (pkg) => !without(pkg));
  }

  function runCopy(name: string, keep: (pkg: string) => boolean): Doc {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const copy = join(dir, name);
    mkdirSync(join(copy, "node_modules"), { recursive: true });
    cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
    cpSync(join(root, "bin"), join(copy, "bin"), { recursive: true });
    copyFileSync(join(root, "package.json"), join(copy, "package.json"));
    for (const pkg of readdirSync(join(root, "node_modules"))) {
      if (keep(pkg) && !pkg.startsWith(".")) symlinkSync(join(root, "node_modules", pkg), join(copy, "node_modules", pkg));
    }
    const child = spawnSync(CLI_NODE, [join(copy, "bin", "guzestli-check.js"), "all", "--offline", "--json", "--module", SOFTHSM_MODULE], {
      env: { ...process.env, ...validEnv, LANG: "en_US.UTF-8", NO_COLOR: "1" },
      timeout: 60_000,
    });
    return JSON.parse(child.stdout.toString()) as Doc;
  }

  it("reads the token through koffi when pkcs11js is not there (no compiler), and says which binding served", async () => {
    const doc = runWithout("no-pkcs11js", (pkg) => pkg === "pkcs11js");
    const mod = byId(doc, "token.module");
    expect([mod.status, mod.code]).toEqual(["pass", "MODULES_OK"]);
    expect((mod.data as { binding?: string }).binding).toBe("koffi");
    expect(byId(doc, "token.present").code).toBe("TOKEN_PRESENT");
  });

  /** The top folders of node_modules an install without devDependencies has, from the lock file. */
  function runtimeFolders(): Set<string> {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
    const folders = new Set<string>();
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path.startsWith("node_modules/") || entry.dev) continue;
      folders.add(path.slice("node_modules/".length).split("/")[0]!);
    }
    return folders;
  }

  it("runs from an install without devDependencies, as npx installs it: the bundle carries every library but the bindings", async () => {
    const runtime = runtimeFolders();
    // The lock file's view of what npx installs: the PKCS#11 bindings only.
    expect([...runtime].filter((f) => f !== "@koromix").sort()).toEqual(["koffi", "pkcs11js"]);
    const doc = runCopy("runtime-only", (pkg) => runtime.has(pkg));
    expect(
      doc.checks
        .filter((c) => c.code === "CHECK_CRASHED" || (c.status === "error" && c.code !== "USB_LIST_UNAVAILABLE"))
        .map((c) => `${c.id} ${c.code}`),
    ).toEqual([]);
    // The certificate parser (bundled) read the token's certificate.
    expect([byId(doc, "token.certificates").status, byId(doc, "token.certificates").code]).toEqual(["pass", "TOKEN_CERT_OK"]);
    expect(new Set(doc.checks.map((c) => c.group))).toEqual(new Set(["token", "certs", "signer", "browser", "network", "asan"]));
  });

  it("probes each module once a run: the probe started ahead of the checks is the one the token check uses", async () => {
    const r = await runCli(["all", "--offline", "--module", SOFTHSM_MODULE, "--json", "--verbose"], { env: validEnv });
    const doc = JSON.parse(r.stdout) as Doc & { commands: Array<{ command: string; args: string[] }> };
    expect(byId(doc, "token.certificates").code).toBe("TOKEN_CERT_OK");
    const probes = doc.commands.filter((c) => c.args.some((a) => a.endsWith("probe-child.js")));
    expect(probes).toHaveLength(1);
    expect(probes[0]!.args.join(" ")).toContain(SOFTHSM_MODULE);
  });

  it("keeps the tool's NODE_OPTIONS out of the probe child (a --require meant for the tool does not run in the token's process)", async () => {
    const log = join(dir, "node-options.log");
    const hook = join(dir, "record-start.cjs");
    writeFileSync(hook, `require("node:fs").appendFileSync(${JSON.stringify(log)}, process.argv[1] + "\\n");\n`);
    const r = await runCli(["token", "--module", SOFTHSM_MODULE, "--json"], { env: { ...validEnv, NODE_OPTIONS: `--require ${hook}` } });
    expect(byId(JSON.parse(r.stdout) as Doc, "token.module").code).toBe("MODULES_OK");
    const started = readFileSync(log, "utf8").trim().split("\n");
    // The hook ran in the tool (the test works) and in no probe child.
    expect(started.some((p) => p.endsWith("guzestli-check.js"))).toBe(true);
    expect(started.filter((p) => p.endsWith("probe-child.js"))).toEqual([]);
  });

  it("says so with status error when neither binding loads, and the other groups still report", async () => {
    const doc = runWithout("no-binding", (pkg) => pkg === "pkcs11js" || pkg === "koffi" || pkg === "@koromix");
    const mod = byId(doc, "token.module");
    expect([mod.status, mod.code]).toEqual(["error", "PKCS11_BINDING_MISSING"]);
    expect(mod.remedy.join(" ")).toContain("npm install");
    expect(new Set(doc.checks.map((c) => c.group)).size).toBeGreaterThan(1);
    expect(doc.checks.filter((c) => c.group !== "token").every((c) => c.code !== "CHECK_CRASHED")).toBe(true);
  });
});
