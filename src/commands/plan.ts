import type { CheckCommand } from "./command.js";
import { UsageError } from "../core/errors.js";

export const planCommand: CheckCommand = {
  name: "plan",
  description: "cli.cmd.plan",
  options: ["sale", "ics", "cert", "module"],
  groups: () => ["plan"],
  async prepare(ctx) {
    if (!ctx.options.sale) throw new UsageError("cli.error.saleRequired");
  },
};
