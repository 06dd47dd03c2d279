import type { CheckCommand } from "./command.js";
import { t } from "../i18n/catalog.js";

export const asanCommand: CheckCommand = {
  name: "asan",
  description: "cli.cmd.asan",
  options: ["phone", "interactive"],
  groups: () => ["asan"],
  async prepare(ctx) {
    // --interactive needs a terminal to ask on; without one (a pipe, a script, --json)
    // the guide is shown instead. Say so on stderr, so stdout stays the report.
    if (ctx.options.interactive && !ctx.host.prompt && !ctx.json) {
      ctx.io.stderr(t(ctx.options.lang, "asan.interactive.noTerminal") + "\n");
    }
  },
};
