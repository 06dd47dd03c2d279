import type { CheckCommand } from "./command.js";

/** The browser and the way to the portal it has to reach. */
export const browserCommand: CheckCommand = {
  name: "browser",
  description: "cli.cmd.browser",
  options: [],
  groups: () => ["browser", "network"],
};
