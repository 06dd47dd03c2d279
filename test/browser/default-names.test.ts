import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/runner.js";
import { browserDefaultCheck } from "../../src/checks/browser/default-browser.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { ExecResult, Host } from "../../src/host/host.js";
import { t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";
import { regQueryOutput, REG_MISSING_STDERR } from "../windows/formats.js";

/**
 * The default browser is named, never shown by its ProgId. reg.exe answers in its
 * documented format (test/windows/formats.ts; the Wine test in
 * test/windows/registry-cli.test.ts writes the same keys with Wine's reg.exe).
 */
function windowsHostWithProgId(progId: string): Host {
  const real = createNodeHost({ offline: true });
  const ok = (stdout: string): ExecResult => ({
    exitCode: 0,
    signal: null,
    stdout,
    stderr: "",
    timedOut: false,
    truncated: false,
    notFound: false,
    durationMs: 1,
  });
  return {
    ...real,
    platform: { ...real.platform, os: "win32" },
    async exec(command, args) {
      if (command === "reg.exe" && args[1]!.endsWith("\\https\\UserChoice")) {
        return ok(
          regQueryOutput([
            {
              path: args[1]!.replace(/^HKCU/, "HKEY_CURRENT_USER"),
              values: [
                ["ProgId", "REG_SZ", progId],
                ["Hash", "REG_SZ", "x1y2"],
              ],
            },
          ]),
        );
      }
      if (command === "reg.exe") return { ...ok(""), exitCode: 1, stderr: REG_MISSING_STDERR };
      return { ...ok(""), exitCode: null, notFound: true };
    },
  };
}

describe("the default browser by name", () => {
  it.each([
    ["ChromeHTML", "pass", "Google Chrome"],
    ["OperaStable", "pass", "Opera"],
    ["YandexHTML", "warn", "Yandex Browser"],
    ["MSEdgeHTM", "warn", "Microsoft Edge"],
    ["FirefoxURL-308046B0AF4A39CB", "warn", "Mozilla Firefox"],
    ["IE.HTTPS", "warn", "Internet Explorer"],
    ["IE.HTTP", "warn", "Internet Explorer"],
  ])("%s is shown as %s", async (progId, status, name) => {
    const [r] = await runChecks([browserDefaultCheck], { host: windowsHostWithProgId(progId), options: runOptions({ timeoutMs: 5_000 }) });
    expect(r!.status).toBe(status);
    expect(r!.message.values?.browser).toBe(name);
    const text = t("en", r!.message);
    expect(text).toContain(name);
    expect(text).not.toContain(progId);
  });

  it("an identifier no table knows is 'another browser' in the citizen's language, the ProgId stays in the data", async () => {
    const [r] = await runChecks([browserDefaultCheck], {
      host: windowsHostWithProgId("AppXq0fevzme2pys62n3e0fbqa7peapykr8v"),
      options: runOptions({ timeoutMs: 5_000 }),
    });
    expect(r!.status).toBe("warn");
    expect(r!.message.values?.browser).toEqual({ key: "browser.default.anotherBrowser" });
    expect(t("en", r!.message)).toContain("another browser");
    expect(t("az", r!.message)).toContain("başqa brauzer");
    expect(t("ru", r!.message)).toContain("другой браузер");
    expect(t("en", r!.message)).not.toContain("AppX");
    expect(r!.data.handler).toBe("AppXq0fevzme2pys62n3e0fbqa7peapykr8v");
  });
});
