import type { Msg } from "../core/types.js";
import type { MessageKey } from "../i18n/keys.js";

/**
 * One thing `explain` knows: a code the tool emits, or an error a citizen meets
 * elsewhere (a portal message, a PKCS#11 return value, a browser certificate error).
 */
export interface ExplainEntry {
  /** Stable code, matched exactly (case-insensitive). */
  code: string;
  /** Catalogue key: what it means. */
  meaning: MessageKey;
  /** Catalogue keys: what to do, in order. */
  remedy: readonly MessageKey[];
  /** Message texts that mean this entry (matched tolerantly: case, Azerbaijani letters typed as ASCII). */
  texts?: readonly string[];
  /**
   * Where the fact comes from, when it is not the tool's own code: the official notice
   * (a catalogue message, see sources.ts) or a technical reference (a specification).
   */
  source?: string | Msg;
}
