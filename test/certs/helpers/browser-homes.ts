import { beforeAll } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { CheckDefinition, CheckResult } from "../../../src/core/types.js";
import type { BrowserDetection, InstalledBrowser } from "../../../src/host/browsers/types.js";
import { createNodeHost } from "../../../src/host/node-host.js";
import { runChecks } from "../../../src/core/runner.js";
import { certsChecks } from "../../../src/checks/certs/index.js";
import { runOptions } from "../../helpers/options.js";
import { tempDir } from "../../helpers/tmp.js";
import { makePki, type Pki } from "./pki.js";

/**
 * For tests of the stores each browser installation reads on Linux: a test PKI made
 * once per file, temporary HOMEs to lay the installations' files out in, and a certs
 * run against one of them.
 */
export function browserHomes(prefix: string): { pki: () => Pki; newHome: () => string } {
  const dir = tempDir(prefix);
  let pki: Pki | undefined;
  let homes = 0;
  beforeAll(() => {
    const c = "http://127.0.0.1:9";
    pki = makePki(join(dir, "pki"), { ocsp: c, crl: c + "/c.crl", caIssuers: c + "/i.cer", closed: c, rogueOcsp: c, hanging: c });
  }, 60_000);
  return {
    pki: () => pki!,
    newHome: () => {
      const h = join(dir, `home${++homes}`);
      mkdirSync(h, { recursive: true });
      return h;
    },
  };
}

/** The browser group's detection as the certs group consumes it: its output only. */
function installedCheck(found: InstalledBrowser[]): CheckDefinition<BrowserDetection> {
  return {
    id: "browser.installed",
    group: "browser",
    covers: [],
    title: "browser.installed.title",
    codes: { FOUND: { status: "pass" } },
    run: async () => ({ code: "FOUND", message: { key: "browser.installed.title" }, output: { found, problems: [] } }),
  };
}

/** The certs group for `home` with these browsers installed, the user's certificate given with --cert. */
export async function certsRunIn(
  home: string,
  found: InstalledBrowser[],
  o: { certFile: string; caFiles?: string[] },
): Promise<Map<string, CheckResult>> {
  const env: Record<string, string> = { ...process.env, HOME: home } as Record<string, string>;
  for (const k of ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "CHROME_CONFIG_HOME"]) delete env[k];
  const results = await runChecks([installedCheck(found) as CheckDefinition, ...certsChecks], {
    host: createNodeHost({ offline: true, env }),
    options: runOptions({ timeoutMs: 10_000, certFiles: [o.certFile], caFiles: o.caFiles ?? [] }),
  });
  return new Map(results.map((r) => [r.id, r]));
}
