/**
 * The PKCS#11 probe, run as a child process by probe.ts (never imported by the CLI
 * itself). Vendor modules hang in C_GetSlotList and crash on bad states; in a child
 * the parent can kill a hang and survive a crash. It loads the pkcs11js binding
 * lazily (it is an optional dependency), reads what a token shows WITHOUT login
 * (library, slots, tokens, certificate and key objects through a read-only
 * CKF_SERIAL_SESSION) and prints one marked JSON line. C_Login is called only in
 * "login" mode, which the parent uses only when the user gave --login; the PIN then
 * comes on stdin and is never printed.
 *
 * Usage: node probe-child.js '<ProbeRequest JSON>'
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import {
  CKA_CLASS,
  CKA_ID,
  CKA_LABEL,
  CKA_VALUE,
  CKF_SERIAL_SESSION,
  CKF_TOKEN_INITIALIZED,
  CKF_TOKEN_PRESENT,
  CKO_CERTIFICATE,
  CKO_PRIVATE_KEY,
  CKO_PUBLIC_KEY,
  CKU_USER,
} from "./constants.js";
import {
  PROBE_MARKER,
  type ProbeAnswer,
  type ProbeCertificate,
  type ProbeKey,
  type ProbeRequest,
  type ProbeSlot,
  type ProbeStage,
  type ProbeToken,
} from "./protocol.js";

type Handle = Buffer;

/**
 * The part of the pkcs11js binding the probe uses, declared here rather than taken
 * from its typings: pkcs11js is an optional dependency and may be absent.
 */
interface Version {
  major: number;
  minor: number;
}
interface Pkcs11 {
  load(path: string): void;
  C_Initialize(): void;
  C_Finalize(): void;
  C_GetInfo(): { manufacturerID: string; libraryDescription: string; cryptokiVersion: Version; libraryVersion: Version };
  C_GetSlotList(tokenPresent?: boolean): Handle[];
  C_GetSlotInfo(slot: Handle): { slotDescription: string; manufacturerID: string; flags: number };
  C_GetTokenInfo(slot: Handle): { label: string; manufacturerID: string; model: string; serialNumber: string; flags: number };
  C_OpenSession(slot: Handle, flags: number): Handle;
  C_CloseSession(session: Handle): void;
  C_FindObjectsInit(session: Handle, template: Array<{ type: number; value?: number | boolean | string | Buffer }>): void;
  C_FindObjects(session: Handle, max: number): Handle[];
  C_FindObjectsFinal(session: Handle): void;
  C_GetAttributeValue(session: Handle, obj: Handle, template: Array<{ type: number }>): Array<{ type: number; value?: unknown }>;
  C_Login(session: Handle, userType: number, pin?: string): void;
  C_Logout(session: Handle): void;
}
interface Pkcs11Module {
  PKCS11: new () => Pkcs11;
}

/** Objects read per class at most: a token holds a handful; a broken one must not flood. */
const MAX_OBJECTS = 64;

function answer(a: ProbeAnswer): never {
  process.stdout.write(PROBE_MARKER + JSON.stringify(a) + "\n");
  process.exit(0);
}

function fail(stage: ProbeStage, e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  const ckr = /CKR_[A-Z0-9_]+/.exec(message)?.[0];
  answer({ ok: false, stage, message: message.split("\n")[0]!.slice(0, 500), ckr });
}

function trimmed(s: string | undefined): string {
  return (s ?? "").replace(/[\s\0]+$/, "");
}

function handleToDecimal(h: Handle): string {
  return h.length >= 8 ? h.readBigUInt64LE(0).toString() : h.readUInt32LE(0).toString();
}

function loadBinding(): Pkcs11Module {
  try {
    return createRequire(import.meta.url)("pkcs11js") as Pkcs11Module;
  } catch (e) {
    fail("binding", e);
  }
}

function findObjects(p: Pkcs11, session: Handle, objectClass: number): Handle[] {
  p.C_FindObjectsInit(session, [{ type: CKA_CLASS, value: objectClass }]);
  try {
    return p.C_FindObjects(session, MAX_OBJECTS);
  } finally {
    p.C_FindObjectsFinal(session);
  }
}

/** One attribute at a time: a token that refuses one (sensitive) must not hide the others. */
function attribute(p: Pkcs11, session: Handle, obj: Handle, type: number): Buffer | undefined {
  try {
    const [a] = p.C_GetAttributeValue(session, obj, [{ type }]);
    const v = a?.value;
    return Buffer.isBuffer(v) && v.length > 0 ? v : undefined;
  } catch {
    return undefined;
  }
}

function readKeys(p: Pkcs11, session: Handle, objectClass: number): ProbeKey[] {
  return findObjects(p, session, objectClass).map((o) => ({
    label: attribute(p, session, o, CKA_LABEL)?.toString("utf8"),
    idHex: attribute(p, session, o, CKA_ID)?.toString("hex"),
  }));
}

function readCertificates(p: Pkcs11, session: Handle): ProbeCertificate[] {
  const out: ProbeCertificate[] = [];
  for (const o of findObjects(p, session, CKO_CERTIFICATE)) {
    const der = attribute(p, session, o, CKA_VALUE);
    if (!der) continue;
    out.push({
      derBase64: der.toString("base64"),
      label: attribute(p, session, o, CKA_LABEL)?.toString("utf8"),
      idHex: attribute(p, session, o, CKA_ID)?.toString("hex"),
    });
  }
  return out;
}

function readToken(p: Pkcs11, slot: Handle): ProbeToken {
  const info = p.C_GetTokenInfo(slot);
  const token: ProbeToken = {
    label: trimmed(info.label),
    manufacturer: trimmed(info.manufacturerID),
    model: trimmed(info.model),
    serial: trimmed(info.serialNumber),
    flags: info.flags,
    certificates: [],
    publicKeys: [],
    privateKeys: [],
  };
  // An uninitialised token has no objects to read.
  if ((info.flags & CKF_TOKEN_INITIALIZED) === 0) return token;
  let session: Handle | undefined;
  try {
    // Read-only, no login: what the signer program sees before asking for the PIN.
    session = p.C_OpenSession(slot, CKF_SERIAL_SESSION);
    token.certificates = readCertificates(p, session);
    token.publicKeys = readKeys(p, session, CKO_PUBLIC_KEY);
    token.privateKeys = readKeys(p, session, CKO_PRIVATE_KEY);
  } catch (e) {
    token.objectsError = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  } finally {
    if (session) {
      try {
        p.C_CloseSession(session);
      } catch {
        /* the session is gone with the process anyway */
      }
    }
  }
  return token;
}

function readAll(p: Pkcs11): ProbeAnswer {
  let info;
  try {
    info = p.C_GetInfo();
  } catch (e) {
    fail("info", e);
  }
  let handles: Handle[];
  try {
    handles = p.C_GetSlotList(false);
  } catch (e) {
    fail("slots", e);
  }
  const slots: ProbeSlot[] = handles.map((h) => {
    let si: { slotDescription: string; manufacturerID: string; flags: number };
    try {
      si = p.C_GetSlotInfo(h);
    } catch (e) {
      // One bad slot must not hide the others.
      return {
        slotId: handleToDecimal(h),
        description: "",
        manufacturer: "",
        flags: 0,
        tokenPresent: false,
        tokenError: (e instanceof Error ? e.message : String(e)).split("\n")[0],
      };
    }
    const slot: ProbeSlot = {
      slotId: handleToDecimal(h),
      description: trimmed(si.slotDescription),
      manufacturer: trimmed(si.manufacturerID),
      flags: si.flags,
      tokenPresent: (si.flags & CKF_TOKEN_PRESENT) !== 0,
    };
    if (slot.tokenPresent) {
      try {
        slot.token = readToken(p, h);
      } catch (e) {
        slot.tokenError = (e instanceof Error ? e.message : String(e)).split("\n")[0];
      }
    }
    return slot;
  });
  return {
    ok: true,
    mode: "read",
    library: {
      manufacturer: trimmed(info.manufacturerID),
      description: trimmed(info.libraryDescription),
      cryptokiVersion: `${info.cryptokiVersion.major}.${info.cryptokiVersion.minor}`,
      libraryVersion: `${info.libraryVersion.major}.${info.libraryVersion.minor}`,
    },
    slots,
  };
}

function login(p: Pkcs11, slotId: string): ProbeAnswer {
  let handles: Handle[];
  try {
    handles = p.C_GetSlotList(true);
  } catch (e) {
    fail("slots", e);
  }
  const slot = handles.find((h) => handleToDecimal(h) === slotId);
  if (!slot) fail("session", new Error(`CKR_SLOT_ID_INVALID: slot ${slotId} has no token`));
  let session: Handle;
  try {
    session = p.C_OpenSession(slot, CKF_SERIAL_SESSION);
  } catch (e) {
    fail("session", e);
  }
  const pin = readFileSync(0, "utf8").replace(/\r?\n$/, "");
  try {
    p.C_Login(session, CKU_USER, pin);
  } catch (e) {
    fail("login", e);
  }
  const privateKeys = readKeys(p, session, CKO_PRIVATE_KEY);
  try {
    p.C_Logout(session);
    p.C_CloseSession(session);
  } catch {
    /* logged out with the process anyway */
  }
  return { ok: true, mode: "login", privateKeys };
}

function main(): void {
  let req: ProbeRequest;
  try {
    req = JSON.parse(process.argv[2] ?? "") as ProbeRequest;
    if (typeof req.module !== "string") throw new Error("no module in request");
  } catch (e) {
    fail("request", e);
  }
  const binding = loadBinding();
  const p = new binding.PKCS11();
  try {
    p.load(req.module);
  } catch (e) {
    fail("load", e);
  }
  try {
    p.C_Initialize();
  } catch (e) {
    fail("initialize", e);
  }
  const result = req.mode === "login" ? login(p, req.slotId ?? "") : readAll(p);
  try {
    p.C_Finalize();
  } catch {
    /* finalising is courtesy; the answer is what matters */
  }
  answer(result);
}

main();
