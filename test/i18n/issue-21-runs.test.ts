import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/** Issue #21: what the citizen sees in a real run of the built CLI. */
describe("issue #21 in runs (built CLI)", () => {
  it('explain "Bağlantınız məxfi deyil" finds Chrome\'s warning (#21.4)', async () => {
    const r = await runCli(["explain", "Bağlantınız məxfi deyil", "--lang", "az"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("CONNECTION_NOT_PRIVATE");
    expect(r.stdout).toContain('"Bağlantınız məxfi deyil" (Your connection is not private)');
  });

  it('an az run of certs on Linux shows Chrome\'s "Ayarlar" (#21.4)', async () => {
    // An empty home: no certificate is installed anywhere Chrome looks, so the steps are shown.
    const home = mkdtempSync(join(tmpdir(), "gc-home-"));
    const r = await runCli(["certs", "--offline", "--lang", "az"], { env: { HOME: home, XDG_CONFIG_HOME: undefined } });
    expect(r.stdout).toContain('"Ayarlar" (Settings) → "Məxfilik və təhlükəsizlik" (Privacy and security)');
    expect(r.stdout).not.toContain("Настройки");
  });
});

describe("#21.12 no English placeholder in az and ru runs (built CLI)", () => {
  it("a certificate's hidden holder reads [gizlədilib] / [скрыто], never [redacted], even with --verbose", async () => {
    const { execFileSync } = await import("node:child_process");
    const dir = mkdtempSync(join(tmpdir(), "gc-redact-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        join(dir, "k.pem"),
        "-out",
        join(dir, "c.pem"),
        "-days",
        "10",
        "-subj",
        "/CN=Test Citizen/serialNumber=1ABCDEF/C=AZ",
        "-addext",
        "basicConstraints=critical,CA:FALSE",
      ],
      { stdio: "ignore" },
    );
    for (const [lang, mark] of [
      ["az", "[gizlədilib]"],
      ["ru", "[скрыто]"],
    ] as const) {
      const r = await runCli(["certs", "--offline", "--cert", join(dir, "c.pem"), "--verbose", "--lang", lang]);
      expect(r.stdout).not.toContain("[redacted]");
      expect(r.stdout).not.toContain("Test Citizen");
      expect(r.stdout).toContain(mark);
    }
  });
});
