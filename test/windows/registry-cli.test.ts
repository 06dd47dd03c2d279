import { beforeAll, describe, expect, it } from "vitest";
import { PREPARE_TIMEOUT_MS, prepareWine, runCliUnderWine, runUnderWine, WINE_REQUIRED } from "./wine.js";

/**
 * The CLI run for real with Windows node.exe under Wine, reading registry facts that
 * `wine reg add` wrote through Wine's real reg.exe. Wine's powershell.exe,
 * tasklist.exe and certutil.exe are stubs that print nothing and exit 0: what they
 * leave unknown must be reported as unknown, never as "not installed".
 */
interface Doc {
  checks: Array<{ id: string; status: string; code: string; message: string; data: Record<string, unknown> }>;
  commands?: Array<{ command: string; args: string[]; durationMs: number; exitCode: number | null; timedOut: boolean }>;
}

async function cli(args: string[]): Promise<Doc> {
  const r = await runCliUnderWine([...args, "--offline", "--json", "--lang", "en"], { timeoutMs: 240_000 });
  expect(r.timedOut, r.stderr).toBe(false);
  try {
    return JSON.parse(r.stdout) as Doc;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 500)}\n${r.stderr.slice(0, 2000)}`);
  }
}

const byId = (d: Doc, id: string) => d.checks.find((c) => c.id === id)!;

async function reg(...args: string[]): Promise<void> {
  const r = await runUnderWine("reg", args);
  if (r.code !== 0) throw new Error(`wine reg ${args.join(" ")}: exit ${r.code} ${r.stdout} ${r.stderr}`);
}

/**
 * Verdicts that say something is absent, which under Wine could only come from an
 * empty answer (stub PowerShell/tasklist, Wine's empty Uninstall list). "No browser"
 * is not among them: Wine's App Paths has entries (Internet Explorer), so reg.exe's
 * answer there is real; it is checked separately below.
 */
const ABSENCE_CODES = [
  "SIGNER_NOT_INSTALLED",
  "SIGNER_NOT_RUNNING",
  "SIGNER_NOT_LISTENING",
  "ROOT_NOT_INSTALLED",
  "ROOT_NOT_TRUSTED",
  "INTERMEDIATES_MISSING",
];

describe.skipIf(!WINE_REQUIRED)("registry facts and empty answers, for real under Wine", () => {
  beforeAll(async () => {
    await prepareWine();
  }, PREPARE_TIMEOUT_MS);

  it("with Wine's empty Uninstall list, stub tasklist and stub PowerShell: could not check, not 'not installed'", async () => {
    const d = await cli(["signer"]);
    expect(byId(d, "signer.installed")).toMatchObject({ status: "error", code: "SIGNER_INSTALL_UNKNOWN" });
    expect(d.checks.filter((c) => ABSENCE_CODES.includes(c.code))).toEqual([]);
  }, 300_000);

  it("reads a signer entry, Chrome's BLBeacon version and the default browser written with `wine reg add`", async () => {
    const uninstall = "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{6D1C0A52-GUZ-SIMA}";
    await reg("add", uninstall, "/v", "DisplayName", "/d", "SİMA İmzalayıcı", "/f");
    await reg("add", uninstall, "/v", "DisplayVersion", "/d", "2.1.0", "/f");
    await reg("add", uninstall, "/v", "Publisher", "/d", "B.EST", "/f");
    await reg("add", uninstall, "/v", "InstallLocation", "/d", "C:\\Program Files\\SIMA\\", "/f");
    await reg("add", "HKCU\\Software\\Google\\Chrome\\BLBeacon", "/v", "version", "/d", "120.0.6099.109", "/f");
    await reg(
      "add",
      "HKCU\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\https\\UserChoice",
      "/v",
      "ProgId",
      "/d",
      "ChromeHTML",
      "/f",
    );

    const signer = await cli(["signer"]);
    const installed = byId(signer, "signer.installed");
    expect(installed).toMatchObject({ status: "pass", code: "SIGNER_INSTALLED" });
    // reg.exe folds "SİMA İmzalayıcı" to the console code page; the match still holds.
    expect(installed.data.programs).toEqual([
      expect.objectContaining({ version: "2.1.0", source: "registry:HKLM64", signer: "sima-imzalayici" }),
    ]);
    // …and the citizen reads the program's own name, not what the code page left of it.
    expect(installed.message).toContain("SİMA İmzalayıcı");
    // …and where it lives, which signer.running matches processes against.
    expect(installed.data.locations).toEqual([expect.objectContaining({ signer: "sima-imzalayici" })]);
    expect(JSON.stringify(installed.data.locations)).toContain("Program Files");
    // tasklist.exe and powershell.exe print nothing: unknown, not "not running".
    expect(byId(signer, "signer.running")).toMatchObject({ status: "error", code: "SIGNER_PROCESSES_UNKNOWN" });

    const browser = await cli(["browser"]);
    const b = byId(browser, "browser.installed");
    expect(b).toMatchObject({ status: "pass", code: "RECOMMENDED_BROWSER_INSTALLED" });
    expect(b.data.browsers).toEqual([expect.objectContaining({ browser: "chrome", version: "120.0.6099.109" })]);
    expect(byId(browser, "browser.default")).toMatchObject({
      status: "pass",
      code: "DEFAULT_BROWSER_RECOMMENDED",
      data: expect.objectContaining({ handler: "ChromeHTML" }),
    });
    expect(byId(browser, "browser.default").message).toContain("Google Chrome");
    expect(byId(browser, "browser.default").message).not.toContain("ChromeHTML");

    // A browser the portal does not recommend is named too, not shown by its ProgId.
    await reg(
      "add",
      "HKCU\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\https\\UserChoice",
      "/v",
      "ProgId",
      "/d",
      "YandexHTML",
      "/f",
    );
    const yandex = byId(await cli(["browser"]), "browser.default");
    expect(yandex).toMatchObject({
      status: "warn",
      code: "DEFAULT_BROWSER_NOT_RECOMMENDED",
      data: expect.objectContaining({ handler: "YandexHTML" }),
    });
    expect(yandex.message).toContain("Yandex Browser");
    expect(yandex.message).not.toContain("YandexHTML");
  }, 600_000);

  it("`all --offline --json --verbose`: no absence verdict from an empty answer, one PowerShell at most, no browser started", async () => {
    const d = await cli(["all", "--verbose"]);
    expect(d.checks.filter((c) => ABSENCE_CODES.includes(c.code))).toEqual([]);
    expect(byId(d, "certs.stores")).toMatchObject({ status: "error", code: "STORES_UNREADABLE" });
    expect(byId(d, "token.usb-device")).toMatchObject({ status: "error", code: "USB_LIST_UNAVAILABLE" });
    // sc.exe under Wine knows no SCardSvr and prints nothing: unknown, not "not installed".
    expect(byId(d, "token.smartcard-service").code).toBe("PCSC_STATE_UNKNOWN");
    const browsers = byId(d, "browser.installed");
    if (browsers.status === "fail") expect(browsers.data.probeProblems).toEqual([]);
    const commands = d.commands ?? [];
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((c) => /powershell/i.test(c.command))).toHaveLength(1);
    expect(commands.filter((c) => /chrome|opera|msedge|firefox/i.test(c.command))).toEqual([]);
  }, 600_000);
});
