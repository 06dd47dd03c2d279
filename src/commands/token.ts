import type { CheckCommand } from "./command.js";

export const tokenCommand: CheckCommand = {
  name: "token",
  description: "cli.cmd.token",
  groups: () => ["token"],
};
