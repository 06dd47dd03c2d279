/**
 * The Cryptoki interface through pkcs11js, the compiled add-on (an optional
 * dependency: it needs build tools, which most Windows PCs lack). Its handles are
 * Buffers holding a CK_ULONG; here they become bigint, and each Buffer the module
 * gave is kept to hand back unchanged.
 */
import { createRequire } from "node:module";
import type { CkInfo, CkSlotInfo, CkTokenInfo, Cryptoki } from "./cryptoki.js";
import { CKA_CLASS } from "./constants.js";

type Handle = Buffer;

/** The part of pkcs11js used here, declared rather than imported: the package may be absent. */
interface Pkcs11 {
  load(path: string): void;
  C_Initialize(): void;
  C_Finalize(): void;
  C_GetInfo(): CkInfo;
  C_GetSlotList(tokenPresent?: boolean): Handle[];
  C_GetSlotInfo(slot: Handle): CkSlotInfo;
  C_GetTokenInfo(slot: Handle): CkTokenInfo;
  C_OpenSession(slot: Handle, flags: number): Handle;
  C_CloseSession(session: Handle): void;
  C_FindObjectsInit(session: Handle, template: Array<{ type: number; value?: number | boolean | string | Buffer }>): void;
  C_FindObjects(session: Handle, max: number): Handle[];
  C_FindObjectsFinal(session: Handle): void;
  C_GetAttributeValue(session: Handle, obj: Handle, template: Array<{ type: number }>): Array<{ type: number; value?: unknown }>;
  C_Login(session: Handle, userType: number, pin?: string): void;
  C_Logout(session: Handle): void;
}

/** Loads the add-on; throws (with Node's reason) where it is not installed or not built. */
export function loadPkcs11js(): new () => Pkcs11 {
  return (createRequire(import.meta.url)("pkcs11js") as { PKCS11: new () => Pkcs11 }).PKCS11;
}

/** pkcs11js's errors carry "CKR_NAME" first; only that, as the koffi binding says it. */
function plain<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const ckr = e instanceof Error ? /CKR_[A-Z0-9_]+/.exec(e.message)?.[0] : undefined;
    if (ckr) throw new Error(ckr);
    throw e;
  }
}

export class Pkcs11jsCryptoki implements Cryptoki {
  readonly binding = "pkcs11js" as const;
  private readonly p: Pkcs11;
  private readonly handles = new Map<bigint, Handle>();

  constructor(PKCS11: new () => Pkcs11 = loadPkcs11js()) {
    this.p = new PKCS11();
  }

  private big(h: Handle): bigint {
    const v = h.length >= 8 ? h.readBigUInt64LE(0) : BigInt(h.readUInt32LE(0));
    this.handles.set(v, h);
    return v;
  }

  private buf(h: bigint): Handle {
    const b = this.handles.get(h);
    if (!b) throw new Error("CKR_ARGUMENTS_BAD");
    return b;
  }

  load(path: string): void {
    this.p.load(path);
  }
  C_Initialize(): void {
    plain(() => this.p.C_Initialize());
  }
  C_Finalize(): void {
    plain(() => this.p.C_Finalize());
  }
  C_GetInfo(): CkInfo {
    return plain(() => this.p.C_GetInfo());
  }
  C_GetSlotList(tokenPresent: boolean): bigint[] {
    return plain(() => this.p.C_GetSlotList(tokenPresent)).map((h) => this.big(h));
  }
  C_GetSlotInfo(slot: bigint): CkSlotInfo {
    return plain(() => this.p.C_GetSlotInfo(this.buf(slot)));
  }
  C_GetTokenInfo(slot: bigint): CkTokenInfo {
    return plain(() => this.p.C_GetTokenInfo(this.buf(slot)));
  }
  C_OpenSession(slot: bigint, flags: number): bigint {
    return this.big(plain(() => this.p.C_OpenSession(this.buf(slot), flags)));
  }
  C_CloseSession(session: bigint): void {
    plain(() => this.p.C_CloseSession(this.buf(session)));
  }
  C_FindObjectsInit(session: bigint, objectClass: number): void {
    plain(() => this.p.C_FindObjectsInit(this.buf(session), [{ type: CKA_CLASS, value: objectClass }]));
  }
  C_FindObjects(session: bigint, max: number): bigint[] {
    return plain(() => this.p.C_FindObjects(this.buf(session), max)).map((h) => this.big(h));
  }
  C_FindObjectsFinal(session: bigint): void {
    plain(() => this.p.C_FindObjectsFinal(this.buf(session)));
  }
  C_GetAttributeValue(session: bigint, object: bigint, type: number): Buffer | undefined {
    const [a] = plain(() => this.p.C_GetAttributeValue(this.buf(session), this.buf(object), [{ type }]));
    const v = a?.value;
    return Buffer.isBuffer(v) && v.length > 0 ? v : undefined;
  }
  C_Login(session: bigint, userType: number, pin: string): void {
    plain(() => this.p.C_Login(this.buf(session), userType, pin));
  }
  C_Logout(session: bigint): void {
    plain(() => this.p.C_Logout(this.buf(session)));
  }
}
