import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { runChecks } from "../../src/core/runner.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import type { Prompter } from "../../src/host/prompt.js";
import type { CheckResult, RunOptions } from "../../src/core/types.js";
import type { TokenCertificatesOutput } from "../../src/core/handover.js";
import { isPii } from "../../src/core/pii.js";
import { t } from "../../src/i18n/catalog.js";
import { tokenChecks } from "../../src/checks/token/index.js";
import { cataloguePaths } from "../../src/checks/token/module-catalogue.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import {
  buildTestModule,
  importCaCert,
  importCert,
  loginCount,
  makeCert,
  OPENSC_MODULE,
  opensslDate,
  softHsm,
  SOFTHSM_MODULE,
} from "./parts.js";
import { EPASS2003, fakeSysfs, hostWithFakeUsb, MOUSE, ROOT_HUB, UNKNOWN_CCID } from "./sysfs.js";

const dir = tempDir("gc-token-checks-");
let testModule: string;
let emptyUsb: string;
let epassUsb: string;
let readerUsb: string;
beforeAll(() => {
  testModule = buildTestModule(dir);
  emptyUsb = fakeSysfs(join(dir, "sys-empty"), [ROOT_HUB, MOUSE]);
  epassUsb = fakeSysfs(join(dir, "sys-epass"), [ROOT_HUB, EPASS2003, MOUSE]);
  readerUsb = fakeSysfs(join(dir, "sys-reader"), [ROOT_HUB, UNKNOWN_CCID, MOUSE]);
});

function host(env: Record<string, string>, usb = emptyUsb, extra: Partial<Host> = {}, hidden?: (p: string) => boolean): Host {
  return { ...hostWithFakeUsb(createNodeHost({ offline: true, env: { ...process.env, ...env } }), usb, hidden), ...extra };
}

async function run(h: Host, over: Partial<RunOptions>): Promise<Map<string, CheckResult>> {
  const results = await runChecks(tokenChecks, { host: h, options: runOptions({ timeoutMs: 5_000, ...over }) });
  return new Map(results.map((r) => [r.id, r]));
}

const summary = (r: CheckResult | undefined) => [r?.status, r?.code];

let n = 0;
function tokenWith(certs: Array<{ days: [number, number]; keyUsage?: string; id: string; cn?: string }>, label = "E-imza Test") {
  const d = join(dir, `hsm${n++}`);
  const hsm = softHsm(d, label);
  for (const c of certs) {
    const made = makeCert(d, `cert-${c.id}`, {
      cn: c.cn ?? "Məmmədova Günay",
      fin: "7XYZ9K2",
      start: opensslDate(c.days[0]),
      end: opensslDate(c.days[1]),
      keyUsage: c.keyUsage,
    });
    importCert(hsm, made, { id: c.id, label: `cert ${c.id}`, publicKey: true });
  }
  return hsm;
}

describe("token checks on a SoftHSM token", () => {
  it("passes with a valid certificate and puts every fact in data, reading no PIN", async () => {
    const hsm = tokenWith([{ days: [-30, 300], id: "01" }]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    expect(summary(r.get("token.usb-device"))).toEqual(["info", "NO_USB_DEVICE"]);
    expect(summary(r.get("token.module"))).toEqual(["pass", "MODULES_OK"]);
    expect(summary(r.get("token.present"))).toEqual(["pass", "TOKEN_PRESENT"]);
    expect(summary(r.get("token.pin-state"))).toEqual(["pass", "PIN_OK"]);
    expect(summary(r.get("token.certificates"))).toEqual(["pass", "TOKEN_CERT_OK"]);
    expect(summary(r.get("token.login"))).toEqual(["skip", "TOKEN_LOGIN_NOT_REQUESTED"]);

    const present = r.get("token.present")!.data as { tokens: Array<Record<string, unknown>> };
    expect(present.tokens).toHaveLength(1);
    expect(present.tokens[0]).toMatchObject({ manufacturer: "SoftHSM project", model: "SoftHSM v2" });
    // A token label is often the holder's name: personal data.
    expect(present.tokens[0]!.label).toEqual({ $pii: "name", value: "E-imza Test" });
    expect(isPii(present.tokens[0]!.serial)).toBe(true);

    const certs = r.get("token.certificates")!;
    const tokenData = (certs.data.tokens as Array<{ certificates: Array<Record<string, unknown>> }>)[0]!;
    const c = tokenData.certificates[0]!;
    expect(c).toMatchObject({
      validity: "valid",
      ca: false,
      usableForSigning: true,
      keyUsage: ["digitalSignature", "nonRepudiation"],
      publicKeyOnToken: true,
      privateKeyVisibleWithoutLogin: false,
      id: "01",
    });
    expect(c.daysLeft).toBeGreaterThanOrEqual(299);
    expect(isPii(c.subject)).toBe(true);
    expect(isPii(c.serialNumber)).toBe(true);
    expect(String(c.issuer)).toContain("Test Root CA");
    expect(isPii(certs.message.values!.holder)).toBe(true);
    expect((certs.message.values!.holder as { value: string }).value).toBe("Məmmədova Günay");

    // The hand-over to the certs group carries the DER read from the token.
    const out = certs.output as TokenCertificatesOutput;
    const der = readFileSync(join(dir, `hsm${n - 1}`, "cert-01.cert.der")).toString("base64");
    expect(out.certificates).toEqual([
      {
        derBase64: der,
        label: "cert 01",
        idHex: "01",
        module: SOFTHSM_MODULE,
        slotId: expect.any(Number),
        tokenLabel: "E-imza Test",
        tokenModel: "SoftHSM v2",
        role: "signing",
      },
    ]);
  });

  it("fails an expired certificate, with a remedy that says to call 157", async () => {
    const hsm = tokenWith([{ days: [-400, -5], id: "02" }]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    const certs = r.get("token.certificates")!;
    expect(summary(certs)).toEqual(["fail", "TOKEN_CERT_EXPIRED"]);
    expect(certs.remedy.map((m) => m.key)).toEqual(["token.remedy.renewExpired"]);
  });

  it("warns about a certificate expiring in 10 days", async () => {
    const hsm = tokenWith([{ days: [-300, 10], id: "03" }]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    const certs = r.get("token.certificates")!;
    expect(summary(certs)).toEqual(["warn", "TOKEN_CERT_EXPIRING_SOON"]);
    expect([9, 10]).toContain(certs.message.values!.days);
  });

  it("fails a certificate that expires before the sale given with --sale", async () => {
    const hsm = tokenWith([{ days: [-30, 60], id: "04" }]);
    const sale = new Date(Date.now() + 90 * 86_400_000);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE], sale, saleText: sale.toISOString().slice(0, 10) });
    expect(summary(r.get("token.certificates"))).toEqual(["fail", "TOKEN_CERT_EXPIRES_BEFORE_SALE"]);
    // Without --sale the same certificate is fine.
    const plain = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    expect(summary(plain.get("token.certificates"))).toEqual(["pass", "TOKEN_CERT_OK"]);
  });

  it("fails a certificate whose keyUsage does not allow signing", async () => {
    const hsm = tokenWith([{ days: [-30, 300], id: "05", keyUsage: "keyEncipherment" }]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    expect(summary(r.get("token.certificates"))).toEqual(["fail", "TOKEN_CERT_WRONG_KEY_USAGE"]);
  });

  it("judges by the best signing certificate when an old expired one is still on the token", async () => {
    const hsm = tokenWith([
      { days: [-800, -400], id: "06" },
      { days: [-10, 700], id: "07" },
    ]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    const certs = r.get("token.certificates")!;
    expect(summary(certs)).toEqual(["pass", "TOKEN_CERT_OK"]);
    expect((certs.output as TokenCertificatesOutput).certificates.map((c) => c.idHex)).toEqual(["07", "06"]);
  });

  it("fails a certificate that is not valid yet", async () => {
    const hsm = tokenWith([{ days: [5, 300], id: "08" }]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    expect(summary(r.get("token.certificates"))).toEqual(["fail", "TOKEN_CERT_NOT_YET_VALID"]);
  });

  it("does not take the CA certificate kept on the token for the user's, nor hand it over", async () => {
    const hsm = tokenWith([{ days: [-30, 300], id: "09" }]);
    importCaCert(hsm, join(dir, `hsm${n - 1}`));
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    const certs = r.get("token.certificates")!;
    expect(summary(certs)).toEqual(["pass", "TOKEN_CERT_OK"]);
    const listed = (certs.data.tokens as Array<{ certificates: Array<{ ca: boolean; subject: unknown }> }>)[0]!.certificates;
    expect(listed.map((c) => c.ca).sort()).toEqual([false, true]);
    // A CA's subject is not personal data; the user's is.
    expect(listed.find((c) => c.ca)!.subject).toBe("C=AZ, O=Test E-Imza CA, CN=Test Root CA");
    expect((certs.output as TokenCertificatesOutput).certificates.map((c) => c.idHex)).toEqual(["09"]);
  });

  it("fails a token with no certificate on it", async () => {
    const hsm = tokenWith([]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    expect(summary(r.get("token.certificates"))).toEqual(["fail", "TOKEN_NO_CERTIFICATE"]);
    expect(r.get("token.certificates")!.message.key).toBe("token.cert.none");
  });

  it("does not say 'no certificate' of a token holding only a CA's: it says the citizen's own is missing", async () => {
    const d = join(dir, "hsm-only-ca");
    const hsm = softHsm(d, "Only CA");
    // A user certificate is made only for its CA, which alone goes on the token.
    makeCert(d, "unused", { cn: "Məmmədova Günay", fin: "7XYZ9K2", start: opensslDate(-30), end: opensslDate(300) });
    importCaCert(hsm, d);
    const certs = (await run(host(hsm.env), { modules: [SOFTHSM_MODULE] })).get("token.certificates")!;
    expect(summary(certs)).toEqual(["fail", "TOKEN_NO_CERTIFICATE"]);
    expect(certs.message).toMatchObject({ key: "token.cert.onlyCa", values: { count: 1 } });
    expect(t("en", certs.message)).toContain("your own certificate, the one you sign with, is not on it");
    expect(t("az", certs.message)).toContain("sizin öz sertifikatınız");
    expect((certs.output as TokenCertificatesOutput).certificates).toEqual([]);
  });

  it("reports several tokens each on its own, the expired one named", async () => {
    const d = join(dir, "hsm-two");
    const hsm = softHsm(d, "First Token");
    const good = makeCert(d, "good", { cn: "Birinci", fin: "1111111", start: opensslDate(-10), end: opensslDate(300) });
    importCert(hsm, good, { id: "11", label: "good" });
    // A second token in the same SoftHSM store.
    const { execFileSync } = await import("node:child_process");
    execFileSync("softhsm2-util", ["--init-token", "--free", "--label", "Second Token", "--pin", "4321", "--so-pin", "87654321"], {
      env: { ...process.env, ...hsm.env },
      stdio: "ignore",
    });
    const old = makeCert(d, "old", { cn: "Ikinci", fin: "2222222", start: opensslDate(-400), end: opensslDate(-1) });
    execFileSync(
      "pkcs11-tool",
      [
        "--module",
        SOFTHSM_MODULE,
        "--token-label",
        "Second Token",
        "--login",
        "--pin",
        "4321",
        "--write-object",
        old.certDer,
        "--type",
        "cert",
        "--id",
        "22",
      ],
      { env: { ...process.env, ...hsm.env }, stdio: "ignore" },
    );
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    const present = r.get("token.present")!;
    expect(present.message.values!.count).toBe(2);
    const certs = r.get("token.certificates")!;
    expect(summary(certs)).toEqual(["fail", "TOKEN_CERT_EXPIRED"]);
    expect(certs.message.values!.token).toEqual({ $pii: "name", value: "Second Token" });
    expect((certs.data.tokens as Array<{ token: { value: string } }>).map((t) => t.token.value).sort()).toEqual([
      "First Token",
      "Second Token",
    ]);
  });
});

describe("token checks against the misbehaving test module", () => {
  const flagCases: Array<[string, string, string]> = [
    ["FINAL_TRY", "fail", "PIN_FINAL_TRY"],
    ["LOCKED", "fail", "PIN_LOCKED"],
    ["COUNT_LOW", "warn", "PIN_COUNT_LOW"],
    ["TO_BE_CHANGED", "warn", "PIN_TO_BE_CHANGED"],
  ];
  for (const [flag, status, code] of flagCases) {
    it(`reads ${flag} from the token flags without spending a PIN attempt`, async () => {
      const counter = join(dir, `logins-${flag}`);
      const r = await run(host({ TESTP11_FLAGS: flag, TESTP11_LOGIN_COUNT: counter }), { modules: [testModule] });
      expect(summary(r.get("token.pin-state"))).toEqual([status, code]);
      expect(loginCount(counter)).toBe(0);
    });
  }

  it("sends the user to 157 with the PUK when the PIN is locked", async () => {
    const r = await run(host({ TESTP11_FLAGS: "LOCKED" }), { modules: [testModule] });
    expect(r.get("token.pin-state")!.remedy.map((m) => m.key)).toContain("token.remedy.call157Puk");
  });

  it("with --login but no terminal, asks nothing and spends no PIN attempt", async () => {
    const counter = join(dir, "logins-noterm");
    const r = await run(host({ TESTP11_LOGIN_COUNT: counter }), { modules: [testModule], login: true });
    expect(summary(r.get("token.login"))).toEqual(["skip", "TOKEN_LOGIN_NEEDS_TERMINAL"]);
    expect(loginCount(counter)).toBe(0);
  });

  it("with --login on a terminal, logs in once with the PIN typed, and never on a final try", async () => {
    const asked: string[] = [];
    const prompter = (pin: string): Prompter => ({
      ask: async () => "",
      askHidden: async (q) => {
        asked.push(q);
        return pin;
      },
      close: () => {},
    });
    const counter = join(dir, "logins-term");
    const wrong = await run(host({ TESTP11_LOGIN_COUNT: counter }, emptyUsb, { prompt: prompter("9999") }), {
      modules: [testModule],
      login: true,
      interactiveTerminal: true,
    });
    expect(summary(wrong.get("token.login"))).toEqual(["fail", "PIN_INCORRECT"]);
    expect(loginCount(counter)).toBe(1);
    expect(JSON.stringify(wrong.get("token.login"))).not.toContain("9999");

    const right = await run(host({ TESTP11_LOGIN_COUNT: counter }, emptyUsb, { prompt: prompter("1234") }), {
      modules: [testModule],
      login: true,
      interactiveTerminal: true,
    });
    // The test module holds no private key: the PIN is right, the key is missing.
    expect(summary(right.get("token.login"))).toEqual(["fail", "TOKEN_PRIVATE_KEY_MISSING"]);
    expect(loginCount(counter)).toBe(2);

    asked.length = 0;
    const final = await run(host({ TESTP11_FLAGS: "FINAL_TRY", TESTP11_LOGIN_COUNT: counter }, emptyUsb, { prompt: prompter("1234") }), {
      modules: [testModule],
      login: true,
      interactiveTerminal: true,
    });
    expect(summary(final.get("token.login"))).toEqual(["skip", "DEPENDENCY_NOT_MET"]);
    expect(asked).toEqual([]);
    expect(loginCount(counter)).toBe(2);
  });

  it("ends a module that hangs as timeout naming it, and the report is complete", async () => {
    const r = await run(host({ TESTP11_HANG: "C_GetSlotList" }), { modules: [testModule], timeoutMs: 1_500 });
    const mod = r.get("token.module")!;
    // The check's own timeout (naming the module), not the runner's budget.
    expect(summary(mod)).toEqual(["timeout", "MODULE_TIMEOUT"]);
    expect(mod.message.values!.module).toBe(testModule);
    expect([...r.keys()]).toEqual(tokenChecks.map((c) => c.id));
    // The module could not be read: the token could not be checked either (not a skip).
    expect(summary(r.get("token.present"))).toEqual(["error", "DEPENDENCY_NOT_CHECKED"]);
    expect(r.get("token.present")!.data.blockedBy).toBe("token.module");
  });

  it("reports a hung module and a working one each on its own", async () => {
    const hsm = tokenWith([{ days: [-30, 300], id: "21" }]);
    const r = await run(host({ ...hsm.env, TESTP11_HANG: "C_GetSlotList" }), {
      modules: [SOFTHSM_MODULE, testModule],
      timeoutMs: 1_500,
    });
    const mod = r.get("token.module")!;
    expect(summary(mod)).toEqual(["warn", "SOME_MODULES_FAILED"]);
    expect((mod.data.modules as Array<{ module: string; result: string }>).map((m) => [m.module, m.result])).toEqual([
      [SOFTHSM_MODULE, "ok"],
      [testModule, "timeout"],
    ]);
    expect(summary(r.get("token.certificates"))).toEqual(["pass", "TOKEN_CERT_OK"]);
  });

  it("names each of several broken modules with its own code, the worst deciding the status", async () => {
    const missing = join(dir, "no-such-driver.so");
    const r = await run(host({ TESTP11_CRASH: "C_GetTokenInfo" }), { modules: [missing, testModule] });
    const mod = r.get("token.module")!;
    expect(summary(mod)).toEqual(["fail", "MODULE_NOT_FOUND"]);
    expect(mod.message).toEqual({
      key: "token.module.noneWorks",
      values: { count: 2, modules: "no-such-driver.so — MODULE_NOT_FOUND; testp11.so — MODULE_CRASHED" },
    });
    expect((mod.data.modules as Array<{ result: string }>).map((m) => m.result)).toEqual(["load-failed", "crashed"]);
  });

  it("reports a module that crashes as error naming it", async () => {
    const r = await run(host({ TESTP11_CRASH: "C_GetTokenInfo" }), { modules: [testModule] });
    const mod = r.get("token.module")!;
    expect(summary(mod)).toEqual(["error", "MODULE_CRASHED"]);
    expect(mod.message.values).toEqual({ module: testModule, how: "SIGSEGV" });
  });

  it("tells a blank (uninitialised) token apart", async () => {
    const r = await run(host({ TESTP11_UNINITIALIZED: "1" }), { modules: [testModule] });
    expect(summary(r.get("token.present"))).toEqual(["fail", "TOKEN_NOT_INITIALIZED"]);
  });

  it("tells a token the driver cannot read apart from an empty reader", async () => {
    const r = await run(host({ TESTP11_FAIL: "C_GetTokenInfo" }), { modules: [testModule] });
    const present = r.get("token.present")!;
    expect(summary(present)).toEqual(["fail", "TOKEN_UNREADABLE"]);
    expect(String(present.message.values!.error)).toContain("CKR_DEVICE_ERROR");
  });

  it("an empty slot with no card reader on USB and no reader's name is 'no token found', not 'insert the ID card' (#19.13)", async () => {
    const r = await run(host({ TESTP11_NO_TOKEN: "1" }), { modules: [testModule] });
    const present = r.get("token.present")!;
    expect(summary(present)).toEqual(["fail", "NOTHING_PLUGGED_IN"]);
    expect(present.remedy.map((m) => m.key)).not.toContain("token.remedy.insertCard");
  });

  it("tells an empty card reader apart when a card reader is seen on USB (#19.13)", async () => {
    const r = await run(host({ TESTP11_NO_TOKEN: "1" }, readerUsb), { modules: [testModule] });
    const present = r.get("token.present")!;
    expect(summary(present)).toEqual(["fail", "NO_CARD_IN_READER"]);
    expect(present.remedy.map((m) => m.key)).toEqual(["token.remedy.insertCard"]);
    expect(present.data).toMatchObject({ reader: "Some Reader", readerSeenBy: "usb" });
  });

  it("tells an empty card reader apart when the slot is a known card reader by its PC/SC name (#19.13)", async () => {
    const r = await run(host({ TESTP11_NO_TOKEN: "1", TESTP11_SLOT_DESCRIPTION: "Gemalto PC Twin Reader 00 00" }), {
      modules: [testModule],
    });
    const present = r.get("token.present")!;
    expect(summary(present)).toEqual(["fail", "NO_CARD_IN_READER"]);
    expect(present.message.values).toEqual({ slot: "Gemalto PC Twin Reader 00 00" });
    expect(present.data).toMatchObject({ readerSeenBy: "slot-name" });
  });
});

describe("nothing plugged in versus plugged in without a working driver", () => {
  it("says once that nothing is plugged in, and skips the checks after it pointing there", async () => {
    const r = await run(host({}), { modules: [OPENSC_MODULE] });
    expect(summary(r.get("token.usb-device"))).toEqual(["info", "NO_USB_DEVICE"]);
    expect(summary(r.get("token.module"))).toEqual(["pass", "MODULES_OK"]);
    expect(summary(r.get("token.present"))).toEqual(["fail", "NOTHING_PLUGGED_IN"]);
    for (const id of ["token.pin-state", "token.certificates", "token.login"]) {
      expect(summary(r.get(id))).toEqual(["skip", "DEPENDENCY_NOT_MET"]);
      expect(r.get(id)!.data.blockedBy).toBe("token.present");
    }
    const fails = [...r.values()].filter((x) => x.status === "fail");
    expect(fails.map((x) => x.id)).toEqual(["token.present"]);
  });

  it("a token seen on USB that the installed driver does not see names the driver to install", async () => {
    const r = await run(host({}, epassUsb), { modules: [OPENSC_MODULE] });
    const usb = r.get("token.usb-device")!;
    expect(summary(usb)).toEqual(["pass", "USB_TOKEN_FOUND"]);
    expect(usb.data.devices).toEqual([
      expect.objectContaining({ name: "Feitian ePass2003", vendorId: "096e", productId: "0807", kind: "token", driver: "feitian" }),
    ]);
    const present = r.get("token.present")!;
    expect(summary(present)).toEqual(["fail", "TOKEN_NOT_SEEN_BY_DRIVER"]);
    expect(present.remedy[0]).toEqual({
      key: "token.remedy.installDriver",
      values: { driver: "Feitian ePass2003 middleware", device: "Feitian ePass2003" },
    });
  });

  it("with no driver installed at all, a plugged-in token and an empty machine get different verdicts", async () => {
    const catalogue = new Set(cataloguePaths("linux", {}).map((c) => c.path));
    const noDrivers = (p: string) => catalogue.has(p);
    // Nor any module registered with p11-kit (this machine's registry names SoftHSM and OpenSC).
    const noRegistry = { pkcs11Registry: { configDirs: [], moduleDirs: [] } };
    const plugged = await run(host({}, epassUsb, noRegistry, noDrivers), {});
    expect(summary(plugged.get("token.module"))).toEqual(["fail", "DRIVER_MISSING_FOR_DEVICE"]);
    expect(plugged.get("token.module")!.message.values).toEqual({ device: "Feitian ePass2003" });
    const empty = await run(host({}, emptyUsb, noRegistry, noDrivers), {});
    expect(summary(empty.get("token.module"))).toEqual(["fail", "NO_MODULE"]);
    expect(empty.get("token.module")!.message.key).toBe("token.module.none");
  });

  it("says 'no token plugged in' only when the USB list was read (#19.16)", async () => {
    const catalogue = new Set(cataloguePaths("linux", {}).map((c) => c.path));
    // No sysfs (a container): the USB list is not read.
    const unread = await run(
      host({}, join(dir, "no-sysfs-here"), { pkcs11Registry: { configDirs: [], moduleDirs: [] } }, (p) => catalogue.has(p)),
      {},
    );
    expect(summary(unread.get("token.usb-device"))).toEqual(["error", "USB_LIST_UNAVAILABLE"]);
    const mod = unread.get("token.module")!;
    expect(summary(mod)).toEqual(["fail", "NO_MODULE"]);
    expect(mod.message.key).toBe("token.module.noneNoUsb");
    expect(t("en", mod.message)).not.toMatch(/plugged in/);
  });

  it("probes the catalogue's modules when no --module is given", async () => {
    const r = await run(host({}), {});
    const modules = (r.get("token.module")!.data.modules as Array<{ module: string; driver?: string }>).map((m) => [m.module, m.driver]);
    expect(modules).toContainEqual([OPENSC_MODULE, "OpenSC"]);
  });
});

describe("token --login asks the PIN before the checks start", () => {
  it("hands the PIN typed in the command's prepare step to token.login once, and drops it after the run", async () => {
    const { tokenCommand } = await import("../../src/commands/token.js");
    const { takePin } = await import("../../src/checks/token/pin-handoff.js");
    const counter = join(dir, "logins-prepare");
    const questions: string[] = [];
    const prompt: Prompter = {
      ask: async () => "",
      askHidden: async (q) => {
        questions.push(q);
        return "1234";
      },
      close: () => {},
    };
    const h = host({ TESTP11_LOGIN_COUNT: counter }, emptyUsb, { prompt });
    const options = runOptions({ modules: [testModule], login: true, interactiveTerminal: true });
    const io = { stdout: () => {}, stderr: () => {}, isTTY: true, env: {} };
    await tokenCommand.prepare!({ host: h, options, json: false, io });
    expect(questions).toHaveLength(1);
    const results = await runChecks(tokenChecks, { host: h, options });
    const login = results.find((r) => r.id === "token.login")!;
    // Asked once, before the run; the check used the PIN handed over and asked nothing more.
    expect(questions).toHaveLength(1);
    expect([login.status, login.code]).toEqual(["fail", "TOKEN_PRIVATE_KEY_MISSING"]);
    expect(loginCount(counter)).toBe(1);
    await tokenCommand.finish!({ host: h, options, json: false, io }, undefined as never);
    expect(takePin()).toBeUndefined();
  });

  it("asks nothing without --login", async () => {
    const { tokenCommand } = await import("../../src/commands/token.js");
    const questions: string[] = [];
    const prompt: Prompter = { ask: async () => "", askHidden: async (q) => (questions.push(q), "1234"), close: () => {} };
    const h = host({}, emptyUsb, { prompt });
    await tokenCommand.prepare!({
      host: h,
      options: runOptions({ interactiveTerminal: true }),
      json: false,
      io: { stdout: () => {}, stderr: () => {}, isTTY: true, env: {} },
    });
    expect(questions).toEqual([]);
  });
});

describe("a path typed with --module is judged as typed (#19.19)", () => {
  const keysOf = (r: CheckResult) => [r.message.key, r.remedy.map((m) => m.key)];
  it("a text file, a real library without C_GetFunctionList, a folder and a missing file: check the path, not reinstall", async () => {
    const readme = join(dir, "readme.txt");
    writeFileSync(readme, "Token driver: see the installer.\n");
    const folder = join(dir, "a-folder");
    mkdirSync(folder, { recursive: true });
    // A real ELF shared library that is no PKCS#11 module: the test module's own dependency.
    const notPkcs11 = realLibrary();
    const cases: Array<[string, string, string]> = [
      [readme, "MODULE_NOT_A_LIBRARY", "token.module.givenNotDriver"],
      [notPkcs11, "MODULE_NOT_PKCS11", "token.module.givenNotDriver"],
      [folder, "MODULE_NOT_A_LIBRARY", "token.module.givenFolder"],
      [join(dir, "no-such-driver.so"), "MODULE_NOT_FOUND", "token.module.givenNotFound"],
    ];
    for (const [path, code, key] of cases) {
      const mod = (await run(host({}), { modules: [path] })).get("token.module")!;
      expect(summary(mod), path).toEqual(["fail", code]);
      expect(keysOf(mod), path).toEqual([key, ["token.remedy.checkModulePath"]]);
      expect(mod.message.values).toEqual({ module: path });
      const en = t("en", mod.message) + " " + mod.remedy.map((m) => t("en", m)).join(" ");
      expect(en).toContain("--module");
      expect(en).not.toContain("e-imza.az");
    }
  });

  it("the same file found by the catalogue (not typed) still says to reinstall the driver", async () => {
    const { verdict } = await import("../../src/checks/token/module.js");
    const v = verdict({ module: "/usr/lib/libeTPkcs11.so", kind: "load-failed", reason: "not-a-library", detail: "file too short" });
    expect(v.remedy.map((m) => m.key)).toEqual(["token.remedy.reinstallDriver"]);
  });
});

/** A real shared library on this machine that exports no C_GetFunctionList. */
function realLibrary(): string {
  const candidates = ["/usr/lib/x86_64-linux-gnu/libz.so.1", "/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/aarch64-linux-gnu/libz.so.1"];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error("no libz.so.1 found to stand for a library that is not a PKCS#11 module");
  return found;
}

describe("an empty token beside a working one (#19.12)", () => {
  /** Two real SoftHSM tokens in one SoftHSM: the first as `tokenWith` makes it, a second one added empty. */
  function twoTokens(first: Parameters<typeof tokenWith>[0], opts: { publicKey?: boolean } = {}) {
    const d = join(dir, `two${n++}`);
    const hsm = softHsm(d, "Mənim tokenim");
    const add = spawnSync("softhsm2-util", ["--init-token", "--free", "--label", "Boş token", "--pin", "1111", "--so-pin", "22222222"], {
      env: { ...process.env, ...hsm.env },
      encoding: "utf8",
    });
    if (add.status !== 0) throw new Error(add.stderr);
    for (const c of first) {
      const made = makeCert(d, `cert-${c.id}`, {
        cn: "Məmmədova Günay",
        fin: "7XYZ9K2",
        start: opensslDate(c.days[0]),
        end: opensslDate(c.days[1]),
        keyUsage: c.keyUsage,
      });
      importCert(hsm, made, { id: c.id, label: `cert ${c.id}`, publicKey: opts.publicKey ?? true, token: "Mənim tokenim" });
    }
    return hsm;
  }

  it("a valid signing certificate with its key on one token: the empty one is a note naming it, the group passes", async () => {
    const hsm = twoTokens([{ days: [-30, 300], id: "01" }]);
    const r = await run(host(hsm.env), { modules: [SOFTHSM_MODULE] });
    expect(summary(r.get("token.present"))).toEqual(["pass", "TOKEN_PRESENT"]);
    expect((r.get("token.present")!.data.tokens as unknown[]).length).toBe(2);
    const certs = r.get("token.certificates")!;
    expect(summary(certs)).toEqual(["pass", "TOKEN_CERT_OK"]);
    expect(certs.message.key).toBe("token.cert.emptyBeside");
    expect(certs.message.values!.token).toEqual({ $pii: "name", value: "Boş token" });
    expect((certs.message.values!.verdict as { key: string }).key).toBe("token.cert.ok");
    expect(certs.remedy).toEqual([]);
    const en = t("en", certs.message);
    expect(en).toMatch(/^Token .*valid until .* Note: the other token, .*Boş token.* holds no certificate/);
    // SoftHSM orders its slots by its own ids: compare by token, not by position.
    const flagged = (certs.data.tokens as Array<{ token: { value: string }; emptyBesideWorkingToken?: boolean }>).map((x) => [
      x.token.value,
      x.emptyBesideWorkingToken ?? false,
    ]);
    expect(flagged.sort()).toEqual([
      ["Boş token", true],
      ["Mənim tokenim", false],
    ]);
    const group = tokenChecks.map((c) => r.get(c.id)!);
    expect(
      group.filter((x) => x.status === "fail" || x.status === "error" || x.status === "timeout").map((x) => `${x.id} ${x.code}`),
    ).toEqual([]);
  });

  it("without a working token, the empty one still fails", async () => {
    const expired = twoTokens([{ days: [-400, -10], id: "01" }]);
    const r = await run(host(expired.env), { modules: [SOFTHSM_MODULE] });
    // Two failing tokens: either may be named first (SoftHSM's slot order), neither is a note.
    const c = r.get("token.certificates")!;
    expect(c.status).toBe("fail");
    expect(["TOKEN_CERT_EXPIRED", "TOKEN_NO_CERTIFICATE"]).toContain(c.code);
    expect(c.message.key).not.toBe("token.cert.emptyBeside");
    expect((c.data.tokens as Array<Record<string, unknown>>).filter((x) => x.emptyBesideWorkingToken)).toEqual([]);
    const noKey = twoTokens([{ days: [-30, 300], id: "01" }], { publicKey: false });
    const k = await run(host(noKey.env), { modules: [SOFTHSM_MODULE] });
    // A certificate whose key the token does not show is not known to sign: no note, the empty token counts.
    expect(k.get("token.certificates")!.status).toBe("fail");
    expect(k.get("token.certificates")!.message.key).not.toBe("token.cert.emptyBeside");
  });
});
