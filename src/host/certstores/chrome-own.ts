import type { Host } from "../host.js";
import type { InstalledBrowser } from "../browsers/types.js";
import { installationName } from "./browser-stores.js";
import { readLocalState } from "../browsers/profiles/read.js";
import { isSafeProfileDir } from "../browsers/profiles/local-state.js";
import { joinFor, userDataCandidates, type FolderOrigin } from "../browsers/profiles/paths.js";
import { readSqliteTableAsync, SqliteFormatError } from "../sqlite/read.js";
import type { StoreCertificate, StoreReadOptions, StoreReading } from "./types.js";

/**
 * Chrome's own certificate store: what the user imported in Chrome's certificate
 * manager (chrome://certificate-manager, "Installed by you"). Chrome keeps it in a
 * SQLite database in the profile, `<profile>/ServerCertificate`, table
 * `certificates(sha256hash_hex TEXT, der_cert BLOB, trust_settings BLOB)`, where
 * trust_settings is a serialized CertificateMetadata protobuf (chromium
 * components/server_certificate_database/server_certificate_database.{cc,proto};
 * the import itself in chrome/browser/ui/webui/certificate_manager/user_cert_sources.cc).
 * Such an import goes into none of the system stores (NSS, the Windows stores, the
 * keychain), which Chrome reads besides, so a root imported there is invisible to a
 * check of those stores alone.
 *
 * Read here on Linux only, where each installation's stores are judged one by one:
 * on Windows and macOS the signer program trusts the system stores, so a root only
 * Chrome knows is no answer to the notice there. Chrome and Chromium only: Opera's
 * certificate manager was not checked.
 */
export const CHROME_OWN_STORE_FILE = "ServerCertificate";

/** chromium's CertificateTrust.CertificateTrustType. */
export type OwnStoreTrust = "unknown" | "unspecified" | "distrusted" | "trusted";
const TRUST_TYPES: readonly OwnStoreTrust[] = ["unknown", "unspecified", "distrusted", "trusted"];

/** Chrome's own databases hold a handful of certificates; a bigger file is not read whole. */
const MAX_DB_BYTES = 32 * 1024 * 1024;
/** Rows read at most: a store is a handful of certificates, a few hundred is far past any real one. */
export const MAX_OWN_STORE_ROWS = 500;
/** Schema text read at most: Chrome's CREATE TABLE is about 150 characters. */
const MAX_OWN_STORE_SCHEMA = 16 * 1024;
/**
 * The part of the stores' budget this one file may take: past it the store alone is
 * "unreadable" and the NSS databases read before it keep their verdicts.
 */
const OWN_STORE_SHARE = 4;

/**
 * The trust a CertificateMetadata message gives: field 1 (trust, a CertificateTrust
 * message) whose field 1 is the trust type (varint). Anything else in the message
 * (constraints, unknown fields) is skipped by its wire type.
 */
export function trustOfMetadata(bytes: Uint8Array): OwnStoreTrust {
  const trust = protobufFields(bytes).find((f) => f.field === 1 && f.bytes !== undefined)?.bytes;
  if (!trust) return "unknown";
  const type = protobufFields(trust).find((f) => f.field === 1 && f.varint !== undefined)?.varint;
  return type !== undefined && type >= 0 && type < TRUST_TYPES.length ? TRUST_TYPES[type]! : "unknown";
}

interface ProtobufField {
  field: number;
  varint?: number;
  bytes?: Uint8Array;
}

/** The top-level fields of a protobuf message (wire types 0, 1, 2 and 5); a malformed one ends the list. */
function protobufFields(bytes: Uint8Array): ProtobufField[] {
  const out: ProtobufField[] = [];
  let at = 0;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 35 && at < bytes.length; shift += 7) {
      const b = bytes[at++]!;
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
    return undefined;
  };
  while (at < bytes.length) {
    const key = varint();
    if (key === undefined) break;
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) {
      const v = varint();
      if (v === undefined) break;
      out.push({ field, varint: v });
    } else if (wire === 2) {
      const len = varint();
      if (len === undefined || at + len > bytes.length) break;
      out.push({ field, bytes: bytes.subarray(at, at + len) });
      at += len;
    } else if (wire === 1 || wire === 5) {
      at += wire === 1 ? 8 : 4;
    } else {
      break;
    }
  }
  return out;
}

function originOf(b: InstalledBrowser): FolderOrigin | undefined {
  if (b.kind === "package") return "native";
  if (b.kind === "snap" || b.kind === "flatpak") return b.kind;
  return undefined;
}

/**
 * Chrome's own store of the installation's last-used profile (the one the browser
 * opens), or undefined when there is none: Chrome creates the database only when
 * its certificate manager is used.
 */
export async function readChromeOwnStore(host: Host, b: InstalledBrowser, o: StoreReadOptions): Promise<StoreReading | undefined> {
  if (b.browser !== "chrome" && b.browser !== "chromium") return undefined;
  const origin = originOf(b);
  // The home as the NSS stores take it (browser-stores.ts): $HOME first.
  const home = host.env.HOME || host.platform.homedir;
  const candidates = userDataCandidates({ ...host, platform: { ...host.platform, homedir: home } });
  const folder = candidates.find((f) => f.browser === b.browser && f.origin === origin && f.layout === "chromium");
  if (!folder) return undefined;
  const { lastUsed } = await readLocalState(host, folder.dir, o.signal);
  if (!isSafeProfileDir(lastUsed)) return undefined;
  const file = joinFor(host.platform.os, folder.dir, lastUsed, CHROME_OWN_STORE_FILE);
  if (!(await host.fs.exists(file))) return undefined;
  const name = installationName(b);
  const reading: StoreReading = {
    store: `${name}: certificate manager`,
    location: file,
    usedByBrowser: true,
    browsers: [name],
    browserIds: [b.browser],
    ownStore: true,
    ok: false,
    certificates: [],
  };
  const budgetMs = Math.max(500, Math.floor(o.timeoutMs / OWN_STORE_SHARE));
  const deadline = AbortSignal.timeout(budgetMs);
  const signal = o.signal ? AbortSignal.any([o.signal, deadline]) : deadline;
  try {
    const db = await host.fs.readFile(file, { maxBytes: MAX_DB_BYTES, signal });
    // A database in WAL mode keeps its newest writes in the -wal file until a checkpoint
    // (Chrome's journal mode was not checked: both are read as SQLite itself would).
    const wal = (await host.fs.exists(`${file}-wal`))
      ? await host.fs.readFile(`${file}-wal`, { maxBytes: MAX_DB_BYTES, signal })
      : undefined;
    const rows = await readSqliteTableAsync(db, "certificates", wal, {
      signal,
      maxRows: MAX_OWN_STORE_ROWS,
      maxSchemaSql: MAX_OWN_STORE_SCHEMA,
    });
    reading.certificates = rows.flatMap((row): StoreCertificate[] => {
      const [, der, trustSettings] = row;
      if (!(der instanceof Uint8Array) || der.length === 0) return [];
      const trust = trustSettings instanceof Uint8Array ? trustOfMetadata(trustSettings) : "unknown";
      return [
        { der, store: reading.store, trustedAsRoot: trust === "trusted", trust: trust.toUpperCase(), distrusted: trust === "distrusted" },
      ];
    });
    reading.ok = true;
  } catch (e) {
    reading.reason =
      deadline.aborted && !o.signal?.aborted
        ? `reading it took longer than ${budgetMs} ms`
        : e instanceof SqliteFormatError
          ? `not a database this tool can read: ${e.message}`
          : e instanceof Error
            ? e.message
            : String(e);
  }
  return reading;
}
