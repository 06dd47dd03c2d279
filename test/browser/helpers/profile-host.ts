import { createNodeHost } from "../../../src/host/node-host.js";
import type { Host } from "../../../src/host/host.js";
import type { CheckDefinition, Outcome } from "../../../src/core/types.js";
import { BROWSER_INSTALLED_CHECK } from "../../../src/checks/browser/ids.js";
import type { InstalledBrowser } from "../../../src/host/browsers/types.js";

/** The real host with its home and config folders moved into a temporary folder. */
export function hostWithHome(home: string, env: Record<string, string> = {}): Host {
  const real = createNodeHost({ offline: true, env: { PATH: process.env.PATH, ...env } });
  return { ...real, platform: { ...real.platform, homedir: home } };
}

/**
 * The installed-browsers inventory as the detection check hands it over. Detection
 * itself is tested elsewhere (and launching browsers to learn versions is on its way
 * out); here the versions are the input under test.
 */
export function inventory(found: InstalledBrowser[]): CheckDefinition {
  return {
    id: BROWSER_INSTALLED_CHECK.id,
    group: "browser",
    covers: [],
    title: "browser.installed.title",
    codes: { RECOMMENDED_BROWSER_INSTALLED: { status: "pass" } },
    async run(): Promise<Outcome> {
      return {
        code: "RECOMMENDED_BROWSER_INSTALLED",
        message: { key: "browser.installed.found" },
        output: { found, problems: [] },
      };
    },
  };
}
