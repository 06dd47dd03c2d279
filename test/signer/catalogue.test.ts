import { describe, expect, it } from "vitest";
import { foldName, signerDisplayName, signerForAppName, signerForExecutable } from "../../src/checks/signer/match.js";
import { KNOWN_SIGNERS } from "../../src/checks/signer/known-signers.js";
import { parseCatalogueEntries, SignerCatalogError } from "../../src/checks/signer/catalogue.js";

describe("signer names are matched tolerantly", () => {
  it("Azerbaijani letters typed as ASCII, case and punctuation do not matter", () => {
    expect(foldName("SİMA İmzalayıcı")).toBe("simaimzalayici");
    expect(foldName("Online Elektron İmzalayıcı")).toBe("onlineelektronimzalayici");
    expect(foldName("ONLINE-IMZALAYICI")).toBe("onlineimzalayici");
    expect(foldName("Şəbəkə Çağrı Ölçü")).toBe("sebekecagriolcu");
  });

  it("installed-program names find their catalogue entry", () => {
    expect(signerForAppName("Online imzalayici 3.2", KNOWN_SIGNERS)?.id).toBe("online-imzalayici");
    expect(signerForAppName("Online Elektron Imzalayici", KNOWN_SIGNERS)?.id).toBe("online-imzalayici");
    expect(signerForAppName("SIMA IMZALAYICI", KNOWN_SIGNERS)?.id).toBe("sima-imzalayici");
    expect(signerForAppName("sima-imzalayici", KNOWN_SIGNERS)?.id).toBe("sima-imzalayici");
    expect(signerForAppName("Google Chrome", KNOWN_SIGNERS)).toBeUndefined();
    expect(signerForAppName("", KNOWN_SIGNERS)).toBeUndefined();
  });

  it("a name garbled by reg.exe's code page is shown by the catalogue's name; a name read intact stays as it is", () => {
    const sima = KNOWN_SIGNERS.find((s) => s.id === "sima-imzalayici")!;
    const online = KNOWN_SIGNERS.find((s) => s.id === "online-imzalayici")!;
    expect(signerDisplayName({ name: "SIMA Imzalay?c?", source: "registry:HKLM64" }, sima)).toBe("SİMA İmzalayıcı");
    expect(signerDisplayName({ name: "S\uFFFDMA \uFFFDmzalay\uFFFDc\uFFFD", source: "registry:HKLM64" }, sima)).toBe("SİMA İmzalayıcı");
    expect(signerDisplayName({ name: "SIMA Imzalayici", source: "registry:HKLM32" }, sima)).toBe("SİMA İmzalayıcı");
    expect(signerDisplayName({ name: "Online Elektron Imzalayici", source: "registry:HKCU" }, online)).toBe("Online Elektron İmzalayıcı");
    // Read from a desktop entry or with its letters intact: shown as the OS gives it.
    expect(signerDisplayName({ name: "SIMA Imzalayici", source: "desktop" }, sima)).toBe("SIMA Imzalayici");
    expect(signerDisplayName({ name: "SİMA İmzalayıcı 2.1", source: "registry:HKLM64" }, sima)).toBe("SİMA İmzalayıcı 2.1");
  });

  it("names as reg.exe prints them through a code page that lacks the letters", () => {
    // Wine and English Windows: best-fit ASCII, ə as "?".
    expect(signerForAppName("SIMA Imzalay?c?", KNOWN_SIGNERS)?.id).toBe("sima-imzalayici");
    // Code page 857 (Azerbaijani, Turkish) bytes for İ and ı read as UTF-8.
    expect(signerForAppName("S\uFFFDMA \uFFFDmzalay\uFFFDc\uFFFD", KNOWN_SIGNERS)?.id).toBe("sima-imzalayici");
    expect(signerForAppName("Online \uFFFDmzalay\uFFFDc\uFFFD 3.2", KNOWN_SIGNERS)?.id).toBe("online-imzalayici");
    // A name made mostly of unknown letters is no signer.
    expect(signerForAppName("?????????? ??????", KNOWN_SIGNERS)).toBeUndefined();
    expect(signerForAppName("\uFFFD".repeat(30), KNOWN_SIGNERS)).toBeUndefined();
    expect(signerForAppName("Google Chrome ?", KNOWN_SIGNERS)).toBeUndefined();
  });

  it("executables: Windows .exe paths, macOS bundles, not unrelated programs", () => {
    expect(signerForExecutable("C:\\Program Files\\SIMA\\SimaImzalayici.exe", KNOWN_SIGNERS)?.id).toBe("sima-imzalayici");
    expect(signerForExecutable("OnlineImzalayici.exe", KNOWN_SIGNERS)?.id).toBe("online-imzalayici");
    expect(signerForExecutable("/usr/bin/chromium", KNOWN_SIGNERS)).toBeUndefined();
    expect(signerForExecutable("node", KNOWN_SIGNERS)).toBeUndefined();
  });

  it("extra entries: validated, with clear reasons for bad ones", () => {
    const ok = parseCatalogueEntries([{ id: "x", names: ["Yeni İmzalayıcı"], ports: [8080] }], "f.json");
    expect(ok).toEqual([
      { id: "x", names: ["Yeni İmzalayıcı"], processNames: [], processPatterns: [], ports: [8080], verified: false, source: "f.json" },
    ]);
    expect(signerForAppName("Yeni Imzalayici", ok)?.id).toBe("x");
    expect(() => parseCatalogueEntries({}, "f.json")).toThrow(SignerCatalogError);
    expect(() => parseCatalogueEntries([{ id: "x" }], "f.json")).toThrow(/names/);
    expect(() => parseCatalogueEntries([{ id: "x", names: ["a"], ports: [70000] }], "f.json")).toThrow(/ports/);
  });

  it("every built-in entry names its source and claims no verified port", () => {
    for (const s of KNOWN_SIGNERS) {
      expect(s.source.length).toBeGreaterThan(10);
      expect(s.verified).toBe(false);
      expect(s.ports).toEqual([]);
    }
  });
});
