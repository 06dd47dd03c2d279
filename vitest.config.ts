import { configDefaults, defineConfig } from "vitest/config";
import { EXTRA_NODE_VERSIONS, NODE_VERSION_E2E } from "./test/setup/node-versions.js";

/**
 * Tests that change what every process on the machine sees (policy files in
 * /etc/chromium/policies, which chromium and the tool's own browser checks read) run in
 * a group of their own, after all others: a CLI test running `browser` at the same
 * moment would otherwise find those policies.
 */
const SYSTEM_WIDE = ["test/browser/chromium-lna.test.ts"];

export default defineConfig({
  test: {
    // Real-part tests start processes (SoftHSM, openssl ocsp, certutil); give them room
    // but never let one hang the suite.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    setupFiles: ["test/setup/catalogs.ts"],
    reporters: ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "main",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...SYSTEM_WIDE],
          // One Wine prefix per run, shared by the Windows tests (test/windows/wine.ts);
          // only this group has Windows tests, so only it sets the prefix up.
          globalSetup: ["test/windows/global-setup.ts"],
        },
      },
      { extends: true, test: { name: "system-wide", include: SYSTEM_WIDE, sequence: { groupOrder: 1 } } },
      // The CLI's end-to-end tests again under each Node.js version citizens and IT helpers
      // run (test/setup/node-versions.ts), after the main group.
      ...EXTRA_NODE_VERSIONS.map((v) => ({
        extends: true as const,
        test: { name: `node-${v}`, include: NODE_VERSION_E2E, globalSetup: ["test/setup/node-versions.ts"], sequence: { groupOrder: 2 } },
      })),
    ],
  },
});
