/**
 * Where the fields of the Cryptoki structures lie in memory, per platform. PKCS #11
 * says: on Windows the structures are packed to 1 byte (#pragma pack(push, cryptoki, 1))
 * and CK_ULONG is an unsigned long, 32-bit there (LLP64); on Linux and macOS the C
 * compiler's natural alignment applies and CK_ULONG is 64-bit on 64-bit systems (LP64).
 * A wrong layout reads a flag from the wrong bytes: a locked PIN would look fine.
 */
export interface CryptokiAbi {
  /** sizeof(CK_ULONG) */
  ulong: number;
  /** sizeof(void *) */
  pointer: number;
  /** 1-byte packing (Windows) instead of natural alignment. */
  packed: boolean;
}

export function cryptokiAbi(platform: NodeJS.Platform, ulongBytes: number, pointerBytes: number): CryptokiAbi {
  return { ulong: ulongBytes, pointer: pointerBytes, packed: platform === "win32" };
}

type FieldKind = "ulong" | "pointer" | "version" | { bytes: number };

export interface Layout<F extends string> {
  offset: Record<F, number>;
  size: number;
}

/** Offsets as the C compiler lays the fields out under this ABI. */
export function layout<F extends string>(abi: CryptokiAbi, fields: ReadonlyArray<readonly [F, FieldKind]>): Layout<F> {
  const offset = {} as Record<F, number>;
  let at = 0;
  let structAlign = 1;
  for (const [name, kind] of fields) {
    const [size, naturalAlign] =
      kind === "ulong"
        ? [abi.ulong, abi.ulong]
        : kind === "pointer"
          ? [abi.pointer, abi.pointer]
          : kind === "version"
            ? [2, 1]
            : [kind.bytes, 1];
    const align = abi.packed ? 1 : naturalAlign;
    at = roundUp(at, align);
    offset[name] = at;
    at += size;
    structAlign = Math.max(structAlign, align);
  }
  return { offset, size: roundUp(at, structAlign) };
}

function roundUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

const bytes = (n: number) => ({ bytes: n });

export const CK_INFO_FIELDS = [
  ["cryptokiVersion", "version"],
  ["manufacturerID", bytes(32)],
  ["flags", "ulong"],
  ["libraryDescription", bytes(32)],
  ["libraryVersion", "version"],
] as const;

export const CK_SLOT_INFO_FIELDS = [
  ["slotDescription", bytes(64)],
  ["manufacturerID", bytes(32)],
  ["flags", "ulong"],
  ["hardwareVersion", "version"],
  ["firmwareVersion", "version"],
] as const;

export const CK_TOKEN_INFO_FIELDS = [
  ["label", bytes(32)],
  ["manufacturerID", bytes(32)],
  ["model", bytes(16)],
  ["serialNumber", bytes(16)],
  ["flags", "ulong"],
  ["ulMaxSessionCount", "ulong"],
  ["ulSessionCount", "ulong"],
  ["ulMaxRwSessionCount", "ulong"],
  ["ulRwSessionCount", "ulong"],
  ["ulMaxPinLen", "ulong"],
  ["ulMinPinLen", "ulong"],
  ["ulTotalPublicMemory", "ulong"],
  ["ulFreePublicMemory", "ulong"],
  ["ulTotalPrivateMemory", "ulong"],
  ["ulFreePrivateMemory", "ulong"],
  ["hardwareVersion", "version"],
  ["firmwareVersion", "version"],
  ["utcTime", bytes(16)],
] as const;

export const CK_ATTRIBUTE_FIELDS = [
  ["type", "ulong"],
  ["pValue", "pointer"],
  ["ulValueLen", "ulong"],
] as const;

/** CK_C_INITIALIZE_ARGS: four mutex callbacks, flags, pReserved (all zero: no threads, no locking). */
export const CK_C_INITIALIZE_ARGS_FIELDS = [
  ["CreateMutex", "pointer"],
  ["DestroyMutex", "pointer"],
  ["LockMutex", "pointer"],
  ["UnlockMutex", "pointer"],
  ["flags", "ulong"],
  ["pReserved", "pointer"],
] as const;

/**
 * The entries of CK_FUNCTION_LIST (pkcs11f.h order) the probe calls, by their index
 * after the leading CK_VERSION.
 */
export const FUNCTION_INDEX = {
  C_Initialize: 0,
  C_Finalize: 1,
  C_GetInfo: 2,
  C_GetFunctionList: 3,
  C_GetSlotList: 4,
  C_GetSlotInfo: 5,
  C_GetTokenInfo: 6,
  C_OpenSession: 12,
  C_CloseSession: 13,
  C_Login: 18,
  C_Logout: 19,
  C_GetAttributeValue: 24,
  C_FindObjectsInit: 26,
  C_FindObjects: 27,
  C_FindObjectsFinal: 28,
} as const;

/** Offset of function-table entry `index`: the CK_VERSION, then pointers (aligned unless packed). */
export function functionOffset(abi: CryptokiAbi, index: number): number {
  const first = abi.packed ? 2 : abi.pointer;
  return first + index * abi.pointer;
}

export function readUlong(abi: CryptokiAbi, buf: Buffer, at: number): bigint {
  return abi.ulong === 8 ? buf.readBigUInt64LE(at) : BigInt(buf.readUInt32LE(at));
}

export function writeUlong(abi: CryptokiAbi, buf: Buffer, at: number, value: bigint): void {
  if (abi.ulong === 8) buf.writeBigUInt64LE(value, at);
  else buf.writeUInt32LE(Number(value), at);
}

export function readPointer(abi: CryptokiAbi, buf: Buffer, at: number): bigint {
  return abi.pointer === 8 ? buf.readBigUInt64LE(at) : BigInt(buf.readUInt32LE(at));
}

export function writePointer(abi: CryptokiAbi, buf: Buffer, at: number, value: bigint): void {
  if (abi.pointer === 8) buf.writeBigUInt64LE(value, at);
  else buf.writeUInt32LE(Number(value), at);
}
