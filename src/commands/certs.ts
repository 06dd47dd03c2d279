import type { CheckCommand } from "./command.js";
import { TOKEN_CERTIFICATES_CHECK } from "../core/handover.js";

export const certsCommand: CheckCommand = {
  name: "certs",
  description: "cli.cmd.certs",
  options: ["module", "cert", "ca", "sale", "fix", "yes"],
  groups: () => ["certs"],
  // With --module the token is read here too, so its certificates are judged without a
  // separate `token` run (their chain and revocation are this group's to judge).
  extraChecks: (options) => (options.modules.length > 0 ? [TOKEN_CERTIFICATES_CHECK.id] : []),
  // Only with --fix is anything written, and only official certificates from --ca.
  async finish(ctx) {
    if (!ctx.options.fix) return;
    const { runFix } = await import("../certs/fix.js");
    await runFix(ctx);
  },
};
