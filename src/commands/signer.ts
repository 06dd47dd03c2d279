import type { CheckCommand } from "./command.js";

export const signerCommand: CheckCommand = {
  name: "signer",
  description: "cli.cmd.signer",
  options: [],
  groups: () => ["signer"],
};
