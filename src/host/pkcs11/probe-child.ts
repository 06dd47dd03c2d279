/**
 * The PKCS#11 probe, run as a child process by probe.ts (never imported by the CLI
 * itself). Vendor modules hang in C_GetSlotList and crash on bad states; in a child
 * the parent can kill a hang and survive a crash. It reads the module through the
 * Cryptoki interface of cryptoki.ts, served by pkcs11js where that add-on loads and
 * by koffi otherwise (binding.ts), and reads what a token shows WITHOUT login
 * (library, slots, tokens, certificate and key objects through a read-only
 * CKF_SERIAL_SESSION) and prints one marked JSON line. C_Login is called only in
 * "login" mode, which the parent uses only when the user gave --login; the PIN then
 * comes on stdin and is never printed.
 *
 * Usage: node probe-child.js '<ProbeRequest JSON>' (dist/probe-child.js is
 * probe-child-run.ts, which calls probeChildMain; the single executable calls it from
 * its own entry, src/sea/entry.ts).
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { Worker } from "node:worker_threads";
import {
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
  type ModuleFileFacts,
  type ProbeAnswer,
  type ProbeCertificate,
  type ProbeKey,
  type ProbeRequest,
  type ProbeSlot,
  type ProbeStage,
  type ProbeToken,
} from "./protocol.js";
import { loadCryptoki } from "./binding.js";
import { kernel32ErrorMode, quietCrashDialogs } from "./error-mode.js";
import { loadKoffi } from "./koffi-binding.js";
import type { BindingName, Cryptoki } from "./cryptoki.js";

type Handle = bigint;

/** Objects read per class at most: a token holds a handful; a broken one must not flood. */
const MAX_OBJECTS = 64;

function answer(a: ProbeAnswer): never {
  process.stdout.write(PROBE_MARKER + JSON.stringify(a) + "\n");
  process.exit(0);
}

/** The binding in use, once one has loaded: every later answer names it. */
let binding: BindingName | undefined;

function fail(stage: ProbeStage, e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  const ckr = /CKR_[A-Z0-9_]+/.exec(message)?.[0];
  // Windows messages end in "\r\n"; the first line, without the \r.
  answer({ ok: false, stage, message: message.split("\n")[0]!.replace(/\r$/, "").slice(0, 500), ckr, binding });
}

function trimmed(s: string | undefined): string {
  return (s ?? "").replace(/[\s\0]+$/, "");
}

function loadBinding(): Cryptoki {
  try {
    return loadCryptoki(process.env);
  } catch (e) {
    fail("binding", e);
  }
}

function findObjects(p: Cryptoki, session: Handle, objectClass: number): Handle[] {
  p.C_FindObjectsInit(session, objectClass);
  try {
    return p.C_FindObjects(session, MAX_OBJECTS);
  } finally {
    p.C_FindObjectsFinal(session);
  }
}

/** One attribute at a time: a token that refuses one (sensitive) must not hide the others. */
function attribute(p: Cryptoki, session: Handle, obj: Handle, type: number): Buffer | undefined {
  try {
    return p.C_GetAttributeValue(session, obj, type);
  } catch {
    return undefined;
  }
}

function readKeys(p: Cryptoki, session: Handle, objectClass: number): ProbeKey[] {
  return findObjects(p, session, objectClass).map((o) => ({
    label: attribute(p, session, o, CKA_LABEL)?.toString("utf8"),
    idHex: attribute(p, session, o, CKA_ID)?.toString("hex"),
  }));
}

function readCertificates(p: Cryptoki, session: Handle): ProbeCertificate[] {
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

function readToken(p: Cryptoki, slot: Handle): ProbeToken {
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

function readAll(p: Cryptoki): ProbeAnswer {
  let info: ReturnType<Cryptoki["C_GetInfo"]>;
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
        slotId: h.toString(),
        description: "",
        manufacturer: "",
        flags: 0,
        tokenPresent: false,
        tokenError: (e instanceof Error ? e.message : String(e)).split("\n")[0],
      };
    }
    const slot: ProbeSlot = {
      slotId: h.toString(),
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
    binding: p.binding,
    library: {
      manufacturer: trimmed(info.manufacturerID),
      description: trimmed(info.libraryDescription),
      cryptokiVersion: `${info.cryptokiVersion.major}.${info.cryptokiVersion.minor}`,
      libraryVersion: `${info.libraryVersion.major}.${info.libraryVersion.minor}`,
    },
    slots,
  };
}

function login(p: Cryptoki, slotId: string): ProbeAnswer {
  let handles: Handle[];
  try {
    handles = p.C_GetSlotList(true);
  } catch (e) {
    fail("slots", e);
  }
  const slot = handles.find((h) => h.toString() === slotId);
  if (!slot) fail("session", new Error(`CKR_SLOT_ID_INVALID: slot ${slotId} has no token`));
  let session: Handle;
  try {
    session = p.C_OpenSession(slot, CKF_SERIAL_SESSION);
  } catch (e) {
    fail("session", e);
  }
  const pin = pinLine ?? "";
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
  return { ok: true, mode: "login", binding: p.binding, privateKeys };
}

/** A module that did not load: the loader's text, and what the file itself shows. */
function loadFailed(module: string, e: unknown): never {
  const message = (e instanceof Error ? e.message : String(e)).split("\n")[0]!.replace(/\r$/, "").slice(0, 500);
  const file: ModuleFileFacts = { exists: existsSync(module) };
  if (file.exists) {
    try {
      // Non-blocking, and only a regular file is read: a FIFO at the path would block here.
      const fd = openSync(module, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      try {
        if (!fstatSync(fd).isFile()) throw new Error("not a regular file");
        const head = Buffer.alloc(4);
        const n = readSync(fd, head, 0, 4, 0);
        file.magicHex = head.subarray(0, n).toString("hex");
      } finally {
        closeSync(fd);
      }
    } catch {
      /* unreadable: the loader's text alone decides */
    }
  }
  answer({ ok: false, stage: "load", message, binding, file });
}

/** The PIN of "login" mode, read from stdin before the module is loaded. */
let pinLine: string | undefined;

/**
 * The first line of stdin, read synchronously byte by byte: the parent writes the PIN
 * and a newline, then keeps the pipe open (its end-of-file is the parent's death, below).
 */
function readStdinLine(max = 4096): string {
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  while (bytes.length < max) {
    let n: number;
    try {
      n = readSync(0, one, 0, 1, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      break;
    }
    if (n === 0 || one[0] === 0x0a) break;
    bytes.push(one[0]!);
  }
  return Buffer.from(bytes).toString("utf8").replace(/\r$/, "");
}

/**
 * Ends this process when the parent is gone. The parent holds this process's stdin open
 * while it lives; the kernel closes it when the parent ends in any way, kill -9 and
 * Windows "End task" included. The main thread may be stuck inside the vendor module
 * (a hung C_Initialize) and run no JavaScript, so a worker thread with its own event
 * loop watches the pipe (non-blocking, so exit never waits on it) and, on end-of-file,
 * kills the whole process (TerminateProcess on Windows).
 */
const WATCHDOG = `
const net = require("node:net");
const gone = () => process.kill(process.pid, "SIGKILL");
try {
  const s = new net.Socket({ fd: 0, readable: true, writable: false });
  s.on("data", () => {});
  // End-of-file only (on Windows libuv reads a broken pipe as end-of-file): an error
  // reading the pipe says nothing about the parent, and the watch then simply stops.
  s.on("end", gone);
  s.on("error", () => {});
} catch {
  /* stdin is not a pipe: nobody to watch */
}
`;

function endWhenParentIsGone(): void {
  try {
    new Worker(WATCHDOG, { eval: true }).unref();
  } catch {
    /* without the watchdog the parent's own kill on timeout or signal still ends this process */
  }
}

/** Answers one request (the JSON argument) on stdout and exits. */
export function probeChildMain(request: string | undefined): void {
  let req: ProbeRequest;
  try {
    req = JSON.parse(request ?? "") as ProbeRequest;
    if (typeof req.module !== "string") throw new Error("no module in request");
  } catch (e) {
    fail("request", e);
  }
  if (req.mode === "login") pinLine = readStdinLine();
  if (req.watchParent) endWhenParentIsGone();
  // A crash in the vendor DLL ends this process quietly, with no Windows dialog; the parent reports it.
  quietCrashDialogs(process.platform, () => kernel32ErrorMode(loadKoffi()));
  const p = loadBinding();
  binding = p.binding;
  try {
    p.load(req.module);
  } catch (e) {
    loadFailed(req.module, e);
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
