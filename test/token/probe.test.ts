import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { createNodeHost } from "../../src/host/node-host.js";
import { loginProbe, probeModule } from "../../src/host/pkcs11/probe.js";
import { CKF_TOKEN_INITIALIZED, CKF_USER_PIN_FINAL_TRY } from "../../src/host/pkcs11/constants.js";
import { BINDING_NAMES, type BindingName } from "../../src/host/pkcs11/cryptoki.js";
import { BINDING_ENV } from "../../src/host/pkcs11/binding.js";
import { tempDir } from "../helpers/tmp.js";
import {
  buildTestModule,
  buildTestModuleMissingDependency,
  importCert,
  loginCount,
  makeCert,
  NOT_PKCS11_LIBRARY,
  OPENSC_MODULE,
  opensslDate,
  softHsm,
  SOFTHSM_MODULE,
  USER_PIN,
  wrongClassLibrary,
} from "./parts.js";

const dir = tempDir("gc-probe-");
let testModule: string;
const hostFor = (binding: BindingName) => (env: Record<string, string>) =>
  createNodeHost({ offline: true, env: { ...process.env, ...env, [BINDING_ENV]: binding } });

beforeAll(() => {
  testModule = buildTestModule(dir);
});

// Every test runs through both bindings: pkcs11js (compiled add-on) and koffi (the
// prebuilt FFI that serves where nothing can be compiled, as on most Windows PCs).
describe.each(BINDING_NAMES)("the PKCS#11 probe child against real modules, through %s", (binding) => {
  const hostWith = hostFor(binding);

  it("reads a SoftHSM token, its certificate and public key without login; the private key stays hidden", async () => {
    const d = join(dir, binding, "hsm1");
    const hsm = softHsm(d, "Probe Token");
    const cert = makeCert(d, "user", { cn: "Test User", fin: "1AB2C3D", start: opensslDate(-1), end: opensslDate(200) });
    importCert(hsm, cert, { id: "a1", label: "signing", publicKey: true, privateKey: true });

    const p = await probeModule(hostWith(hsm.env), SOFTHSM_MODULE, { timeoutMs: 10_000 });
    expect(p.kind).toBe("ok");
    if (p.kind !== "ok") return;
    expect(p.binding).toBe(binding);
    expect(p.library.manufacturer).toBe("SoftHSM");
    const withToken = p.slots.filter((s) => s.token && s.token.flags & CKF_TOKEN_INITIALIZED);
    expect(withToken).toHaveLength(1);
    const token = withToken[0]!.token!;
    expect(token.label).toBe("Probe Token");
    expect(token.model).toBe("SoftHSM v2");
    expect(token.serial).not.toBe("");
    expect(token.certificates).toHaveLength(1);
    expect(token.certificates[0]!.idHex).toBe("a1");
    expect(token.certificates[0]!.label).toBe("signing");
    expect(token.publicKeys.map((k) => k.idHex)).toEqual(["a1"]);
    // SoftHSM keeps private keys private until login, as real tokens do.
    expect(token.privateKeys).toEqual([]);
  });

  it("logs in only in login mode, with the PIN from stdin, and then sees the private key", async () => {
    const d = join(dir, binding, "hsm2");
    const hsm = softHsm(d, "Login Token");
    const cert = makeCert(d, "user", { cn: "Test User", fin: "1AB2C3D", start: opensslDate(-1), end: opensslDate(200) });
    importCert(hsm, cert, { id: "b2", label: "signing", privateKey: true });
    const host = hostWith(hsm.env);
    const read = await probeModule(host, SOFTHSM_MODULE, { timeoutMs: 10_000 });
    if (read.kind !== "ok") throw new Error(read.kind);
    const slot = read.slots.find((s) => s.token?.label === "Login Token")!;
    const good = await loginProbe(host, SOFTHSM_MODULE, slot.slotId, USER_PIN, { timeoutMs: 10_000 });
    expect(good).toMatchObject({ kind: "login-ok", binding, privateKeys: [{ idHex: "b2" }] });
    const bad = await loginProbe(host, SOFTHSM_MODULE, slot.slotId, "0000", { timeoutMs: 10_000 });
    expect(bad).toMatchObject({ kind: "call-failed", stage: "login", ckr: "CKR_PIN_INCORRECT" });
  });

  it("loads OpenSC as a real module with no reader: no slots, no error", async () => {
    const p = await probeModule(hostWith({}), OPENSC_MODULE, { timeoutMs: 10_000 });
    expect(p.kind).toBe("ok");
    if (p.kind === "ok") expect(p.slots.filter((s) => s.token)).toEqual([]);
  });

  it("reads the test module's PIN flags without calling C_Login", async () => {
    const counter = join(dir, `logins-read-${binding}`);
    const p = await probeModule(hostWith({ TESTP11_FLAGS: "FINAL_TRY", TESTP11_LOGIN_COUNT: counter }), testModule, {
      timeoutMs: 10_000,
    });
    if (p.kind !== "ok") throw new Error(p.kind);
    expect(p.slots[0]!.token!.flags & CKF_USER_PIN_FINAL_TRY).toBe(CKF_USER_PIN_FINAL_TRY);
    expect(loginCount(counter)).toBe(0);
  });

  it("ends a module that hangs in C_GetSlotList as a timeout and kills it", async () => {
    const p = await probeModule(hostWith({ TESTP11_HANG: "C_GetSlotList" }), testModule, { timeoutMs: 1_000 });
    expect(p).toEqual({ module: testModule, kind: "timeout", timeoutMs: 1_000 });
  });

  it("reports a module that crashes (SIGSEGV) as crashed, naming the signal", async () => {
    const p = await probeModule(hostWith({ TESTP11_CRASH: "C_GetTokenInfo" }), testModule, { timeoutMs: 10_000 });
    expect(p).toMatchObject({ module: testModule, kind: "crashed", signal: "SIGSEGV" });
  });

  it("gives the reason a module does not load, from the loader's own text", async () => {
    const host = hostWith({});
    const notFound = await probeModule(host, join(dir, "no-such-module.so"), { timeoutMs: 10_000 });
    expect(notFound).toMatchObject({ kind: "load-failed", reason: "not-found" });
    const notPkcs11 = await probeModule(host, NOT_PKCS11_LIBRARY, { timeoutMs: 10_000 });
    expect(notPkcs11).toMatchObject({ kind: "load-failed", reason: "not-pkcs11" });
    const wrongArch = await probeModule(host, wrongClassLibrary(dir, testModule), { timeoutMs: 10_000 });
    expect(wrongArch).toMatchObject({ kind: "load-failed", reason: "wrong-arch" });
    const text = join(dir, "not-a-library.so");
    writeFileSync(text, "this is a text file, not a library\n".repeat(40));
    const notLib = await probeModule(host, text, { timeoutMs: 10_000 });
    expect(notLib).toMatchObject({ kind: "load-failed", reason: "not-a-library" });
    const needsDep = await probeModule(host, buildTestModuleMissingDependency(join(dir, binding)), { timeoutMs: 10_000 });
    expect(needsDep).toMatchObject({ kind: "load-failed", reason: "missing-dependency", dependency: "libgcdep.so" });
  });

  it("reads the test module's certificate object (attribute lengths first, then values)", async () => {
    const d = join(dir, `cert-${binding}`);
    const made = makeCert(d, "user", { cn: "Test User", fin: "1AB2C3D", start: opensslDate(-1), end: opensslDate(200) });
    const p = await probeModule(hostWith({ TESTP11_CERT: made.certDer }), testModule, { timeoutMs: 10_000 });
    if (p.kind !== "ok") throw new Error(p.kind);
    expect(p.slots[0]!.token!.certificates).toEqual([
      { derBase64: readFileSync(made.certDer).toString("base64"), label: "signing", idHex: "a1" },
    ]);
    expect(p.slots[0]!.token!.publicKeys).toEqual([]);
  });

  it("says which Cryptoki call failed when the module loads but refuses to work", async () => {
    const init = await probeModule(hostWith({ TESTP11_FAIL: "C_Initialize" }), testModule, { timeoutMs: 10_000 });
    expect(init).toMatchObject({ kind: "call-failed", stage: "initialize", ckr: "CKR_DEVICE_ERROR" });
    const slots = await probeModule(hostWith({ TESTP11_FAIL: "C_GetSlotList" }), testModule, { timeoutMs: 10_000 });
    expect(slots).toMatchObject({ kind: "call-failed", stage: "slots", ckr: "CKR_DEVICE_ERROR" });
  });

  it("keeps a slot whose C_GetSlotInfo or C_GetTokenInfo fails, with the error, instead of losing the module", async () => {
    for (const fn of ["C_GetSlotInfo", "C_GetTokenInfo"]) {
      const p = await probeModule(hostWith({ TESTP11_FAIL: fn }), testModule, { timeoutMs: 10_000 });
      expect(p.kind, fn).toBe("ok");
      if (p.kind === "ok") expect(p.slots[0]!.tokenError, fn).toContain("CKR_DEVICE_ERROR");
    }
  });
});

describe("both bindings give the same answer", () => {
  it("for SoftHSM with a certificate and keys, OpenSC without a reader, and the test module in its PIN states", async () => {
    const d = join(dir, "same");
    const hsm = softHsm(d, "Same Token");
    const cert = makeCert(d, "user", { cn: "Test User", fin: "1AB2C3D", start: opensslDate(-1), end: opensslDate(200) });
    importCert(hsm, cert, { id: "c3", label: "signing", publicKey: true, privateKey: true });
    const cases: Array<[string, Record<string, string>]> = [
      [SOFTHSM_MODULE, hsm.env],
      [OPENSC_MODULE, {}],
      [testModule, { TESTP11_FLAGS: "COUNT_LOW", TESTP11_CERT: cert.certDer }],
      [testModule, { TESTP11_FLAGS: "LOCKED" }],
      [testModule, { TESTP11_NO_TOKEN: "1" }],
      [testModule, { TESTP11_FAIL: "C_GetTokenInfo" }],
      [testModule, { TESTP11_FAIL: "C_Initialize" }],
    ];
    for (const [module, env] of cases) {
      const [a, b] = await Promise.all(BINDING_NAMES.map((binding) => probeModule(hostFor(binding)(env), module, { timeoutMs: 10_000 })));
      const { binding: ba, ...restA } = a as { binding?: string };
      const { binding: bb, ...restB } = b as { binding?: string };
      expect([ba, bb]).toEqual(["pkcs11js", "koffi"]);
      expect(restB, `${module} ${JSON.stringify(env)}`).toEqual(restA);
    }
  });
});
