import type { CheckCommand } from "./command.js";

export const certsCommand: CheckCommand = {
  name: "certs",
  description: "cli.cmd.certs",
  groups: () => ["certs"],
  // Only with --fix is anything written, and only official certificates from --ca.
  async finish(ctx) {
    if (!ctx.options.fix) return;
    const { runFix } = await import("../certs/fix.js");
    await runFix(ctx);
  },
};
