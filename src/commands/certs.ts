import type { CheckCommand } from "./command.js";

export const certsCommand: CheckCommand = {
  name: "certs",
  description: "cli.cmd.certs",
  groups: () => ["certs"],
};
