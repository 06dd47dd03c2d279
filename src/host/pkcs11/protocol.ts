/**
 * What the PKCS#11 probe child (probe-child.ts) is asked and what it answers, shared
 * by both sides. The child prints exactly one line starting with PROBE_MARKER and
 * followed by the JSON answer; vendor modules sometimes write their own noise to
 * stdout, so the parent looks for the marked line only.
 */
import type { BindingName } from "./cryptoki.js";

export const PROBE_MARKER = "GUZESTLI-PKCS11-PROBE ";

export interface ProbeRequest {
  module: string;
  /** "read": everything readable without login. "login": C_Login on one slot, then list private keys. */
  mode: "read" | "login";
  /** For "login": the slot to log in to. The PIN comes on stdin, never in argv or env. */
  slotId?: string;
  /**
   * The parent holds the child's stdin open for as long as it lives (after the PIN line
   * in "login" mode): end-of-file there means the parent is gone, and the child ends.
   */
  watchParent?: boolean;
}

export interface LibraryInfo {
  manufacturer: string;
  description: string;
  cryptokiVersion: string;
  libraryVersion: string;
}

export interface ProbeCertificate {
  derBase64: string;
  label?: string;
  idHex?: string;
}

export interface ProbeKey {
  label?: string;
  idHex?: string;
}

export interface ProbeToken {
  label: string;
  manufacturer: string;
  model: string;
  serial: string;
  flags: number;
  /** Certificate objects read in a session without login. */
  certificates: ProbeCertificate[];
  /** Public-key objects visible without login. */
  publicKeys: ProbeKey[];
  /** Private-key objects visible without login (usually none: they are private). */
  privateKeys: ProbeKey[];
  /** A step that failed while reading objects (e.g. CKR_... from C_OpenSession). */
  objectsError?: string;
}

export interface ProbeSlot {
  /** CK_SLOT_ID as a decimal string (it is a CK_ULONG, may exceed 2^53). */
  slotId: string;
  description: string;
  manufacturer: string;
  flags: number;
  tokenPresent: boolean;
  token?: ProbeToken;
  /** C_GetTokenInfo failed although the slot says a token is there. */
  tokenError?: string;
}

/** The child's answer. `ok: false` names the step that failed and the text it gave. */
export type ProbeAnswer =
  | { ok: true; mode: "read"; binding: BindingName; library: LibraryInfo; slots: ProbeSlot[] }
  | { ok: true; mode: "login"; binding: BindingName; privateKeys: ProbeKey[] }
  /** `binding` is there once a binding had loaded (every stage after "binding"). */
  | { ok: false; stage: ProbeStage; message: string; ckr?: string; binding?: BindingName; file?: ModuleFileFacts };

/**
 * What the child saw of the module file when it did not load: Windows' error 126
 * ("module not found") is the same whether the module or a DLL it needs is missing,
 * and error 193 the same for a text file and a DLL of the wrong architecture.
 */
export interface ModuleFileFacts {
  exists: boolean;
  /** The file's first bytes in hex ("4d5a…" for a Windows DLL, "7f454c46" ELF, …). */
  magicHex?: string;
}

export type ProbeStage = "binding" | "load" | "initialize" | "info" | "slots" | "session" | "login" | "request";
