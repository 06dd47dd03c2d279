import type { CheckCommand } from "./command.js";
import { t } from "../i18n/catalog.js";
import { handOverPin, takePin } from "../checks/token/pin-handoff.js";

export const tokenCommand: CheckCommand = {
  name: "token",
  description: "cli.cmd.token",
  options: ["module", "sale", "login"],
  groups: () => ["token"],
  /**
   * With --login on a terminal, the PIN is asked now, before the spinner takes the
   * terminal. token.login sends it to the token only if the token is neither blocked
   * nor on its final try; without --login nothing is asked and no PIN is ever tried.
   */
  async prepare(ctx) {
    if (!ctx.options.login || !ctx.options.interactiveTerminal || !ctx.host.prompt) return;
    try {
      handOverPin(await ctx.host.prompt.askHidden(t(ctx.options.lang, "token.login.promptBefore")));
    } catch {
      // Cancelled (Ctrl+C) or no terminal after all: token.login says the login was not tried.
    }
  },
  async finish() {
    takePin();
  },
};
