import type { Host } from "../../host/host.js";
import type { InstalledApp } from "../../host/installed-apps/index.js";
import { resolveCommand, SHARED_BIN_DIRS } from "../../host/installed-apps/linux.js";
import type { KnownSigner } from "./known-signers.js";
import { signerForExecutable } from "./match.js";

/**
 * Where an installed signer program lives: its folder (Windows Uninstall
 * `InstallLocation`, a macOS .app bundle, the folder of a desktop entry's program) or,
 * for a program in a folder shared by every command (/usr/bin), the file itself.
 */
export interface SignerLocation {
  signerId: string;
  folder?: string;
  file?: string;
}

/** At most this many desktop entries' programs are resolved (each is a few stats). */
const MAX_RESOLVED = 16;

function dirnameOf(p: string): string {
  return p.replace(/[\\/]+$/, "").replace(/[\\/][^\\/]*$/, "") || "/";
}

/**
 * The places of the installed signer programs found. A desktop entry counts only when
 * the program its Exec= starts is itself named like the signer: "env …", "flatpak run
 * …" or "java -jar …" start another program, whose place says nothing.
 */
export async function signerLocations(
  host: Host,
  found: ReadonlyArray<{ app: InstalledApp; signer: KnownSigner }>,
  catalogue: readonly KnownSigner[],
): Promise<SignerLocation[]> {
  const out: SignerLocation[] = [];
  let resolved = 0;
  for (const { app, signer } of found) {
    if (app.source.startsWith("registry:") || app.source === "applications") {
      if (app.location) out.push({ signerId: signer.id, folder: app.location.replace(/[\\/]+$/, "") });
    } else if (app.executable && resolved < MAX_RESOLVED) {
      resolved++;
      const file = await resolveCommand(host, app.executable);
      if (!file || signerForExecutable(file, catalogue)?.id !== signer.id) continue;
      const folder = dirnameOf(file);
      out.push(SHARED_BIN_DIRS.has(folder) ? { signerId: signer.id, file } : { signerId: signer.id, folder, file });
    }
  }
  const seen = new Set<string>();
  return out.filter((l) => {
    const k = `${l.signerId}\u0000${l.folder ?? ""}\u0000${l.file ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Windows paths compare without case and with either slash; every path in one Unicode form (macOS writes NFD). */
function normalise(p: string): string {
  const n = p.normalize("NFC");
  return /^[a-zA-Z]:[\\/]|^\\\\/.test(n) ? n.replace(/\//g, "\\").toLowerCase() : n;
}

/** Whether an executable path is the installed program: the file itself or a file inside its folder. */
export function isInsideLocation(exe: string, loc: SignerLocation): boolean {
  const e = normalise(exe);
  if (loc.file && e === normalise(loc.file)) return true;
  if (!loc.folder) return false;
  const f = normalise(loc.folder);
  const sep = f.includes("\\") && !f.includes("/") ? "\\" : "/";
  return e.startsWith(f.endsWith(sep) ? f : f + sep);
}

/**
 * An installer, updater or uninstaller named after the signer ("OnlineImzalayici_setup.exe",
 * "imzalayici-installer", "unins000"), which is not the signer running.
 */
export function looksLikeInstaller(nameOrPath: string): boolean {
  const base = nameOrPath.split(/[\\/]/).pop() ?? nameOrPath;
  return /setup|install|unins|updat/i.test(base);
}
