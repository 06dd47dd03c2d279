import type { MsgValue } from "./types.js";
import type { MessageKey } from "../i18n/keys.js";

/**
 * Wrong usage or unusable input (unknown option, bad date, unreadable --cert file).
 * The CLI prints it as one line in the user's language and exits 64.
 */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values: Record<string, MsgValue> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}
