import type { CheckCommand } from "./command.js";
import { allCommand } from "./all.js";
import { tokenCommand } from "./token.js";
import { certsCommand } from "./certs.js";
import { signerCommand } from "./signer.js";
import { browserCommand } from "./browser.js";
import { asanCommand } from "./asan.js";
import { planCommand } from "./plan.js";

/** The subcommands that run checks, in the order --help lists them. */
export const CHECK_COMMANDS: readonly CheckCommand[] = [
  allCommand,
  tokenCommand,
  certsCommand,
  signerCommand,
  browserCommand,
  asanCommand,
  planCommand,
];
