import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { unitTestFiles } from "./test/setup/test-sets.js";

/**
 * The fast loop (`npm run test:unit`): every test that needs no real part (no process,
 * no SoftHSM, NSS, openssl, chromium or Wine), chosen by test/setup/test-sets.ts.
 * `npm test` still runs everything, these included.
 */
const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    include: unitTestFiles(root),
    testTimeout: 20_000,
    setupFiles: ["test/setup/catalogs.ts"],
  },
});
