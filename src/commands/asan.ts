import type { CheckCommand } from "./command.js";

export const asanCommand: CheckCommand = {
  name: "asan",
  description: "cli.cmd.asan",
  groups: () => ["asan"],
};
