/**
 * The Cryptoki interface through koffi, a prebuilt FFI: its native part comes as a
 * per-platform npm package (@koromix/koffi-win32-x64, ...) with no install script, so
 * it serves on a Windows PC without build tools, where pkcs11js cannot be built.
 *
 * Only koffi's plainest parts are used — load a library, one exported function,
 * function pointers decoded to callable prototypes whose pointer arguments are plain
 * Buffers, and a few stable allocations for attribute values — while the structures
 * are read and written here byte by byte with the platform's Cryptoki layout
 * (abi.ts), so that packing and CK_ULONG width are in one place and tested.
 */
import { createRequire } from "node:module";
import {
  CK_ATTRIBUTE_FIELDS,
  CK_C_INITIALIZE_ARGS_FIELDS,
  CK_INFO_FIELDS,
  CK_SLOT_INFO_FIELDS,
  CK_TOKEN_INFO_FIELDS,
  cryptokiAbi,
  FUNCTION_INDEX,
  functionOffset,
  layout,
  readPointer,
  readUlong,
  writePointer,
  writeUlong,
  type CryptokiAbi,
} from "./abi.js";
import { CKA_CLASS, CKR_BUFFER_TOO_SMALL, CKR_FUNCTION_NOT_SUPPORTED, CKR_OK, ckrName, isUnavailable } from "./constants.js";
import type { CkInfo, CkSlotInfo, CkTokenInfo, CkVersion, Cryptoki } from "./cryptoki.js";

/** The part of koffi's API used here (koffi 3: pointers are bigint). */
export interface Koffi {
  load(path: string): { func(name: string, result: string, args: string[]): (...args: unknown[]) => unknown };
  sizeof(type: string): number;
  proto(result: string, args: string[]): unknown;
  decode(pointer: bigint, type: unknown): unknown;
  view(pointer: bigint, length: number): ArrayBuffer;
  alloc(type: string, length: number): bigint;
  free(pointer: bigint): void;
}

/** Loads koffi itself; throws (with koffi's reason) where its platform package is missing. */
export function loadKoffi(): Koffi {
  return createRequire(import.meta.url)("koffi") as Koffi;
}

type Fn = (...args: unknown[]) => unknown;
type FunctionName = keyof typeof FUNCTION_INDEX;

/** CK_RV and CK_ULONG are the C `unsigned long`, 32-bit on Windows, 64-bit on Linux/macOS x64. */
const UL = "unsigned long";
const PTR = "void *";
const PROTOTYPES: Record<Exclude<FunctionName, "C_GetFunctionList">, string[]> = {
  C_Initialize: [PTR],
  C_Finalize: [PTR],
  C_GetInfo: [PTR],
  C_GetSlotList: ["uint8_t", PTR, PTR],
  C_GetSlotInfo: [UL, PTR],
  C_GetTokenInfo: [UL, PTR],
  C_OpenSession: [UL, UL, PTR, PTR, PTR],
  C_CloseSession: [UL],
  C_Login: [UL, UL, PTR, UL],
  C_Logout: [UL],
  C_GetAttributeValue: [UL, UL, PTR, UL],
  C_FindObjectsInit: [UL, PTR, UL],
  C_FindObjects: [UL, PTR, UL, PTR],
  C_FindObjectsFinal: [UL],
};

export class KoffiCryptoki implements Cryptoki {
  readonly binding = "koffi" as const;
  private readonly abi: CryptokiAbi;
  private readonly fns = new Map<FunctionName, Fn>();
  private readonly info;
  private readonly slotInfo;
  private readonly tokenInfo;
  private readonly attribute;
  private readonly initArgs;

  constructor(private readonly koffi: Koffi = loadKoffi()) {
    this.abi = cryptokiAbi(process.platform, koffi.sizeof(UL), koffi.sizeof(PTR));
    this.info = layout(this.abi, CK_INFO_FIELDS);
    this.slotInfo = layout(this.abi, CK_SLOT_INFO_FIELDS);
    this.tokenInfo = layout(this.abi, CK_TOKEN_INFO_FIELDS);
    this.attribute = layout(this.abi, CK_ATTRIBUTE_FIELDS);
    this.initArgs = layout(this.abi, CK_C_INITIALIZE_ARGS_FIELDS);
  }

  load(path: string): void {
    const lib = this.koffi.load(path);
    // Throws "Cannot find function 'C_GetFunctionList' ..." for a library that is not a PKCS#11 module.
    const getFunctionList = lib.func("C_GetFunctionList", UL, [PTR]);
    const out = Buffer.alloc(this.abi.pointer);
    this.check("C_GetFunctionList", getFunctionList(out));
    const list = readPointer(this.abi, out, 0);
    if (list === 0n) throw new Error("C_GetFunctionList returned no function list");
    const lastEntry = Math.max(...Object.values(FUNCTION_INDEX));
    const table = Buffer.from(this.koffi.view(list, functionOffset(this.abi, lastEntry) + this.abi.pointer));
    for (const [name, args] of Object.entries(PROTOTYPES) as Array<[Exclude<FunctionName, "C_GetFunctionList">, string[]]>) {
      const pointer = readPointer(this.abi, table, functionOffset(this.abi, FUNCTION_INDEX[name]));
      // A module may leave entries it does not implement empty; calling one answers "not supported".
      if (pointer !== 0n) this.fns.set(name, this.koffi.decode(pointer, this.koffi.proto(UL, args)) as Fn);
    }
  }

  private call(name: FunctionName, ...args: unknown[]): number {
    const fn = this.fns.get(name);
    if (!fn) return CKR_FUNCTION_NOT_SUPPORTED;
    return Number(fn(...args));
  }

  /** Throws the CKR_… name, as pkcs11js does, for anything but CKR_OK. */
  private check(name: string, rv: unknown): void {
    const n = Number(rv);
    if (n !== CKR_OK) {
      const e = new Error(ckrName(n));
      (e as Error & { method?: string }).method = name;
      throw e;
    }
  }

  private ulong(v: bigint | number): bigint | number {
    // koffi takes a 64-bit unsigned long as bigint, a 32-bit one as number.
    return this.abi.ulong === 8 ? BigInt(v) : Number(v);
  }

  C_Initialize(): void {
    // A zeroed CK_C_INITIALIZE_ARGS, as pkcs11js passes: the probe is single-threaded.
    const args = Buffer.alloc(this.initArgs.size);
    this.check("C_Initialize", this.call("C_Initialize", args));
  }

  C_Finalize(): void {
    this.check("C_Finalize", this.call("C_Finalize", null));
  }

  C_GetInfo(): CkInfo {
    const b = Buffer.alloc(this.info.size);
    this.check("C_GetInfo", this.call("C_GetInfo", b));
    const o = this.info.offset;
    return {
      cryptokiVersion: version(b, o.cryptokiVersion),
      manufacturerID: text(b, o.manufacturerID, 32),
      libraryDescription: text(b, o.libraryDescription, 32),
      libraryVersion: version(b, o.libraryVersion),
    };
  }

  C_GetSlotList(tokenPresent: boolean): bigint[] {
    const count = Buffer.alloc(this.abi.ulong);
    // The number of slots can change between the two calls (a reader plugged in): ask again.
    for (let attempt = 0; attempt < 5; attempt++) {
      this.check("C_GetSlotList", this.call("C_GetSlotList", tokenPresent ? 1 : 0, null, count));
      const n = Number(readUlong(this.abi, count, 0));
      if (n === 0) return [];
      const list = Buffer.alloc(n * this.abi.ulong);
      const rv = this.call("C_GetSlotList", tokenPresent ? 1 : 0, list, count);
      if (rv === CKR_BUFFER_TOO_SMALL) continue;
      this.check("C_GetSlotList", rv);
      const got = Number(readUlong(this.abi, count, 0));
      return Array.from({ length: Math.min(got, n) }, (_, i) => readUlong(this.abi, list, i * this.abi.ulong));
    }
    throw new Error(ckrName(CKR_BUFFER_TOO_SMALL));
  }

  C_GetSlotInfo(slot: bigint): CkSlotInfo {
    const b = Buffer.alloc(this.slotInfo.size);
    this.check("C_GetSlotInfo", this.call("C_GetSlotInfo", this.ulong(slot), b));
    const o = this.slotInfo.offset;
    return {
      slotDescription: text(b, o.slotDescription, 64),
      manufacturerID: text(b, o.manufacturerID, 32),
      flags: Number(readUlong(this.abi, b, o.flags)),
    };
  }

  C_GetTokenInfo(slot: bigint): CkTokenInfo {
    const b = Buffer.alloc(this.tokenInfo.size);
    this.check("C_GetTokenInfo", this.call("C_GetTokenInfo", this.ulong(slot), b));
    const o = this.tokenInfo.offset;
    return {
      label: text(b, o.label, 32),
      manufacturerID: text(b, o.manufacturerID, 32),
      model: text(b, o.model, 16),
      serialNumber: text(b, o.serialNumber, 16),
      flags: Number(readUlong(this.abi, b, o.flags)),
    };
  }

  C_OpenSession(slot: bigint, flags: number): bigint {
    const out = Buffer.alloc(this.abi.ulong);
    this.check("C_OpenSession", this.call("C_OpenSession", this.ulong(slot), this.ulong(flags), null, null, out));
    return readUlong(this.abi, out, 0);
  }

  C_CloseSession(session: bigint): void {
    this.check("C_CloseSession", this.call("C_CloseSession", this.ulong(session)));
  }

  C_FindObjectsInit(session: bigint, objectClass: number): void {
    const value = this.koffi.alloc("uint8_t", this.abi.ulong);
    try {
      const cls = Buffer.alloc(this.abi.ulong);
      writeUlong(this.abi, cls, 0, BigInt(objectClass));
      Buffer.from(this.koffi.view(value, this.abi.ulong)).set(cls);
      const template = this.template(BigInt(CKA_CLASS), value, BigInt(this.abi.ulong));
      this.check("C_FindObjectsInit", this.call("C_FindObjectsInit", this.ulong(session), template, this.ulong(1)));
    } finally {
      this.koffi.free(value);
    }
  }

  C_FindObjects(session: bigint, max: number): bigint[] {
    const objects = Buffer.alloc(max * this.abi.ulong);
    const count = Buffer.alloc(this.abi.ulong);
    this.check("C_FindObjects", this.call("C_FindObjects", this.ulong(session), objects, this.ulong(max), count));
    const n = Math.min(Number(readUlong(this.abi, count, 0)), max);
    return Array.from({ length: n }, (_, i) => readUlong(this.abi, objects, i * this.abi.ulong));
  }

  C_FindObjectsFinal(session: bigint): void {
    this.check("C_FindObjectsFinal", this.call("C_FindObjectsFinal", this.ulong(session)));
  }

  C_GetAttributeValue(session: bigint, object: bigint, type: number): Buffer | undefined {
    // First the length (pValue NULL), then the value into memory that stays put.
    const ask = this.template(BigInt(type), 0n, 0n);
    this.check("C_GetAttributeValue", this.call("C_GetAttributeValue", this.ulong(session), this.ulong(object), ask, this.ulong(1)));
    const len = readUlong(this.abi, ask, this.attribute.offset.ulValueLen);
    if (isUnavailable(len, this.abi.ulong) || len === 0n) return undefined;
    const size = Number(len);
    const value = this.koffi.alloc("uint8_t", size);
    try {
      const get = this.template(BigInt(type), value, len);
      this.check("C_GetAttributeValue", this.call("C_GetAttributeValue", this.ulong(session), this.ulong(object), get, this.ulong(1)));
      const got = readUlong(this.abi, get, this.attribute.offset.ulValueLen);
      if (isUnavailable(got, this.abi.ulong) || got === 0n) return undefined;
      return Buffer.from(Buffer.from(this.koffi.view(value, size)).subarray(0, Math.min(Number(got), size)));
    } finally {
      this.koffi.free(value);
    }
  }

  C_Login(session: bigint, userType: number, pin: string): void {
    const p = Buffer.from(pin, "utf8");
    try {
      this.check("C_Login", this.call("C_Login", this.ulong(session), this.ulong(userType), p, this.ulong(p.length)));
    } finally {
      p.fill(0);
    }
  }

  C_Logout(session: bigint): void {
    this.check("C_Logout", this.call("C_Logout", this.ulong(session)));
  }

  /** One CK_ATTRIBUTE in this platform's layout. */
  private template(type: bigint, pValue: bigint, length: bigint): Buffer {
    const b = Buffer.alloc(this.attribute.size);
    writeUlong(this.abi, b, this.attribute.offset.type, type);
    writePointer(this.abi, b, this.attribute.offset.pValue, pValue);
    writeUlong(this.abi, b, this.attribute.offset.ulValueLen, length);
    return b;
  }
}

function version(b: Buffer, at: number): CkVersion {
  return { major: b[at]!, minor: b[at + 1]! };
}

/** A blank-padded CK_UTF8CHAR field, whole (the probe trims it), as pkcs11js gives it. */
function text(b: Buffer, at: number, length: number): string {
  return b.toString("utf8", at, at + length);
}
