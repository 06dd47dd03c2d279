import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExecResult, Host } from "../../src/host/host.js";
import { createNodeHost } from "../../src/host/node-host.js";
import {
  defaultValue,
  foldedIncludes,
  hklmViews,
  parseRegQuery,
  queryRegistry,
  regValue,
  splitMulti,
} from "../../src/host/windows/registry.js";
import { createWinePrefix, wineAvailable, type WinePrefix } from "./wine-prefix.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseRegQuery", () => {
  it("reads Wine's reg.exe output byte for byte (CRLF, default value, spaces, types, subkey)", () => {
    const keys = parseRegQuery(fixture("wine-reg-query-s.txt"));
    expect(keys.map((k) => k.path)).toEqual([
      "HKEY_CURRENT_USER\\Software\\Guzestli\\Test",
      "HKEY_CURRENT_USER\\Software\\Guzestli\\Test\\Sub Key",
    ]);
    const [test, sub] = keys;
    expect(defaultValue(test)).toBe("default val");
    expect(regValue(test, "")).toBe("default val");
    expect(regValue(test, "name")).toBe("Hello World");
    expect(regValue(test, "Value With Spaces")).toBe("%ProgramFiles%\\X Y");
    expect(test!.values.find((v) => v.name === "Value With Spaces")?.type).toBe("REG_EXPAND_SZ");
    expect(regValue(test, "Dw")).toBe("42");
    expect(splitMulti(regValue(test, "Multi")!)).toEqual(["a", "b c", "d"]);
    expect(regValue(test, "Empty")).toBe("");
    expect(regValue(test, "Bin")).toBe("0102FF");
    // Wine folds what the console code page cannot hold: İ→I, ı→i, ə→?.
    expect(regValue(test, "Az")).toBe("SIMA Imzalayici Ays?l");
    expect(regValue(sub, "V")).toBe("x");
    expect(test!.values.some((v) => /\r/.test(v.data) || /\r/.test(v.name))).toBe(false);
  });

  it("reads Windows' format: unset default value, localised default name, /f summary line, LF only", () => {
    const out = [
      "",
      "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\chrome.exe",
      "    (Standard)    REG_SZ    C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "    Path    REG_SZ    C:\\Program Files\\Google\\Chrome\\Application",
      "",
      "HKEY_CURRENT_USER\\Software\\Google\\Chrome\\BLBeacon",
      "    (Default)    REG_SZ    (value not set)",
      "    version    REG_SZ    120.0.6099.109",
      "    state    REG_DWORD    0x1",
      "    big    REG_QWORD    0x100000000",
      "",
      "End of search: 5 match(es) found.",
      "",
    ].join("\n");
    const [appPath, beacon] = parseRegQuery(out);
    expect(regValue(appPath, "")).toBe("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
    expect(regValue(beacon, "version")).toBe("120.0.6099.109");
    expect(regValue(beacon, "state")).toBe("1");
    expect(regValue(beacon, "big")).toBe("4294967296");
    expect(regValue(beacon, "")).toBeUndefined();
    expect(parseRegQuery(out)).toHaveLength(2);
  });

  it("takes a default value named in an unknown language only when it is the one name in parentheses", () => {
    const one = parseRegQuery("\r\nHKEY_CURRENT_USER\\X\r\n    (Varsayılan dəyər)    REG_SZ    C:\\a.exe\r\n");
    expect(defaultValue(one[0])).toBe("C:\\a.exe");
    const two = parseRegQuery("\r\nHKEY_CURRENT_USER\\X\r\n    (a)    REG_SZ    1\r\n    (b)    REG_SZ    2\r\n");
    expect(defaultValue(two[0])).toBeUndefined();
  });

  it("gives nothing for output that is not reg.exe's", () => {
    expect(parseRegQuery("")).toEqual([]);
    expect(parseRegQuery("reg: Unable to find the specified registry key\r\n")).toEqual([]);
  });
});

describe("hklmViews", () => {
  const host = (env: Record<string, string>): Host => ({ ...createNodeHost({ offline: true }), env });
  it("reads both views on 64-bit Windows, also from a 32-bit node.exe, and the one view on 32-bit Windows", () => {
    expect(hklmViews(host({ PROCESSOR_ARCHITECTURE: "AMD64" }))).toEqual([64, 32]);
    expect(hklmViews(host({ PROCESSOR_ARCHITECTURE: "x86", PROCESSOR_ARCHITEW6432: "AMD64" }))).toEqual([64, 32]);
    expect(hklmViews(host({ Processor_Architecture: "x86" }))).toEqual([undefined]);
    expect(hklmViews(host({}))).toEqual([64, 32]);
  });
});

describe("foldedIncludes", () => {
  it("matches a name whatever the code page did to its letters", () => {
    expect(foldedIncludes("SIMA Imzalayici Ays?l", "İmzalayıcı")).toBe(true);
    expect(foldedIncludes("Online imzalay\uFFFDc\uFFFD", "Online imzalayıcı")).toBe(true);
    expect(foldedIncludes("Online İmzalayıcı 2.1", "online imzalayici")).toBe(true);
    expect(foldedIncludes("Google Chrome", "imzalayıcı")).toBe(false);
  });
});

function fakeHost(r: Partial<ExecResult>): Host {
  const base = createNodeHost({ offline: true });
  return {
    ...base,
    exec: async () => ({
      exitCode: 0,
      signal: null,
      stdout: "",
      stderr: "",
      timedOut: false,
      truncated: false,
      notFound: false,
      durationMs: 1,
      ...r,
    }),
  };
}

describe("queryRegistry outcomes", () => {
  const o = { timeoutMs: 1000 };
  it("a stub that prints nothing and exits 0 could not check", async () => {
    expect(await queryRegistry(fakeHost({}), "HKCU\\Software", o)).toMatchObject({ ok: false, missing: false });
  });
  it("reg.exe missing or too slow could not check", async () => {
    expect(await queryRegistry(fakeHost({ notFound: true, exitCode: null }), "HKCU\\Software", o)).toMatchObject({
      ok: false,
      missing: false,
      reason: "reg.exe not found",
    });
    expect(await queryRegistry(fakeHost({ timedOut: true, exitCode: null }), "HKCU\\Software", o)).toMatchObject({
      ok: false,
      missing: false,
    });
  });
  it("Windows' and Wine's 'not found' messages mean the key is missing", async () => {
    const win = fakeHost({ exitCode: 1, stderr: "ERROR: The system was unable to find the specified registry key or value.\r\n" });
    expect(await queryRegistry(win, "HKCU\\Software\\Nope", o)).toMatchObject({ ok: false, missing: true });
    const wine = fakeHost({ exitCode: 1, stdout: fixture("wine-reg-missing-stdout.txt") });
    expect(await queryRegistry(wine, "HKCU\\Software\\Nope", o)).toMatchObject({ ok: false, missing: true });
  });
  it("access denied is not 'missing'", async () => {
    const denied = fakeHost({ exitCode: 1, stderr: "ERROR: Access is denied.\r\n" });
    expect(await queryRegistry(denied, "HKLM\\SAM\\SAM", o)).toMatchObject({ ok: false, missing: false });
  });
  it("garbage on exit 0 could not check", async () => {
    expect(await queryRegistry(fakeHost({ stdout: "Bad command or file name\r\n" }), "HKCU\\Software", o)).toMatchObject({
      ok: false,
      missing: false,
    });
  });
});

describe.skipIf(!wineAvailable && !process.env.CI)("queryRegistry against Wine's real reg.exe", () => {
  let wine: WinePrefix;
  const o = { timeoutMs: 60_000 };
  beforeAll(() => {
    wine = createWinePrefix();
    const k = "HKCU\\Software\\Guzestli\\Test";
    wine.reg("add", k, "/ve", "/d", "default val", "/f");
    wine.reg("add", k, "/v", "Value With Spaces", "/t", "REG_EXPAND_SZ", "/d", "%ProgramFiles%\\X Y", "/f");
    wine.reg("add", k, "/v", "Dw", "/t", "REG_DWORD", "/d", "42", "/f");
    wine.reg("add", k, "/v", "Multi", "/t", "REG_MULTI_SZ", "/d", "a\\0b c\\0d", "/f");
    wine.reg("add", k, "/v", "Az", "/d", "SİMA İmzalayıcı", "/f");
    wine.reg("add", `${k}\\Sub Key`, "/v", "V", "/d", "x", "/f");
    wine.reg("add", "HKLM\\Software\\Guzestli\\View", "/v", "Bits", "/d", "64", "/f", "/reg:64");
  }, 400_000);
  afterAll(() => wine?.dispose());

  it("reads values of every type, recursively", async () => {
    const r = await queryRegistry(wine.host(), "HKCU\\Software\\Guzestli\\Test", { ...o, recursive: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [test, sub] = r.keys;
    expect(test!.path).toBe("HKEY_CURRENT_USER\\Software\\Guzestli\\Test");
    expect(defaultValue(test)).toBe("default val");
    expect(regValue(test, "Value With Spaces")).toBe("%ProgramFiles%\\X Y");
    expect(regValue(test, "Dw")).toBe("42");
    expect(splitMulti(regValue(test, "Multi")!)).toEqual(["a", "b c", "d"]);
    expect(foldedIncludes(regValue(test, "Az")!, "SİMA İmzalayıcı")).toBe(true);
    expect(regValue(sub, "V")).toBe("x");
  });

  it("says 'missing' for a key that is not there, and only then", async () => {
    expect(await queryRegistry(wine.host(), "HKCU\\Software\\Guzestli\\Nope", o)).toMatchObject({ ok: false, missing: true });
    const empty = await queryRegistry(wine.host(), "HKCU\\Software\\Guzestli", o);
    expect(empty.ok).toBe(true);
  });

  it("asks the 64-bit view when told to", async () => {
    const r = await queryRegistry(wine.host(), "HKLM\\Software\\Guzestli\\View", { ...o, view: 64 });
    expect(r.ok && regValue(r.keys[0], "Bits")).toBe("64");
  });

  it("reports reg.exe not answering in time as could not check", async () => {
    const r = await queryRegistry(wine.host(), "HKCU\\Software\\Guzestli\\Test", { timeoutMs: 1 });
    expect(r).toMatchObject({ ok: false, missing: false });
  });
});
