import type { CheckCommand } from "./command.js";
import { GROUPS } from "../core/types.js";

/** Every group; the sale-day plan only when the sale time is known. */
export const allCommand: CheckCommand = {
  name: "all",
  description: "cli.cmd.all",
  options: ["module", "cert", "ca", "sale", "phone", "ics"],
  groups: (o) => GROUPS.filter((g) => g !== "plan" || o.sale !== undefined),
};
