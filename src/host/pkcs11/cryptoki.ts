/**
 * The one read-only Cryptoki interface the probe child uses, whichever binding
 * serves it (pkcs11js, a compiled add-on, or koffi, a prebuilt FFI that needs no
 * compiler). Handles (slots, sessions, objects) are CK_ULONGs, as bigint. A failed
 * call throws an Error whose message is the CKR_… name of its return value, the same
 * text from both bindings so their answers are identical.
 */
export type BindingName = "pkcs11js" | "koffi";
export const BINDING_NAMES: readonly BindingName[] = ["pkcs11js", "koffi"];

export interface CkVersion {
  major: number;
  minor: number;
}

export interface CkInfo {
  manufacturerID: string;
  libraryDescription: string;
  cryptokiVersion: CkVersion;
  libraryVersion: CkVersion;
}

export interface CkSlotInfo {
  slotDescription: string;
  manufacturerID: string;
  flags: number;
}

export interface CkTokenInfo {
  label: string;
  manufacturerID: string;
  model: string;
  serialNumber: string;
  flags: number;
}

export interface Cryptoki {
  readonly binding: BindingName;
  /** Loads the module and takes its function table (C_GetFunctionList). */
  load(path: string): void;
  C_Initialize(): void;
  C_Finalize(): void;
  C_GetInfo(): CkInfo;
  C_GetSlotList(tokenPresent: boolean): bigint[];
  C_GetSlotInfo(slot: bigint): CkSlotInfo;
  C_GetTokenInfo(slot: bigint): CkTokenInfo;
  C_OpenSession(slot: bigint, flags: number): bigint;
  C_CloseSession(session: bigint): void;
  /** A search for objects whose CKA_CLASS is `objectClass`. */
  C_FindObjectsInit(session: bigint, objectClass: number): void;
  C_FindObjects(session: bigint, max: number): bigint[];
  C_FindObjectsFinal(session: bigint): void;
  /** One attribute's value; undefined when the token has none for it (empty). */
  C_GetAttributeValue(session: bigint, object: bigint, type: number): Buffer | undefined;
  /** Only for `token --login`. */
  C_Login(session: bigint, userType: number, pin: string): void;
  C_Logout(session: bigint): void;
}
