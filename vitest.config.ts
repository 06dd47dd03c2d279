import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real-part tests start processes (SoftHSM, openssl ocsp, certutil); give them room
    // but never let one hang the suite.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // One Wine prefix per run, shared by the Windows tests (test/windows/wine.ts).
    globalSetup: ["test/windows/global-setup.ts"],
    reporters: ["default"],
  },
});
