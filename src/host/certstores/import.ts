import type { Host } from "../host.js";
import { execFailure, nssDbDir } from "./nss.js";

export interface ImportRequest {
  /** PEM text of one certificate. */
  pem: string;
  /** Nickname in NSS, file name stem elsewhere. */
  name: string;
  /** true: trusted root (Root store, NSS C flag, trustRoot); false: intermediate CA. */
  asRoot: boolean;
  /** Linux: the NSS database of the browser it is for (see browser-stores.ts); default: the per-user one. */
  nssDir?: string;
}

export interface ImportResult {
  name: string;
  ok: boolean;
  /** Where it went (store description). */
  target: string;
  reason?: string;
}

/**
 * Writes one official CA certificate into the user's own store: NSS `certutil -A`,
 * Windows `certutil -user -addstore`, macOS `security add-trusted-cert` /
 * `add-certificates` into the login keychain. Only `certs --fix` calls this.
 */
export async function importCertificate(
  host: Host,
  req: ImportRequest,
  o: { timeoutMs: number; signal?: AbortSignal },
): Promise<ImportResult> {
  const run = (cmd: string, args: string[], input?: string) => host.exec(cmd, args, { timeoutMs: o.timeoutMs, signal: o.signal, input });
  const home = host.env.HOME || host.platform.homedir;
  if (host.platform.os === "win32") {
    const file = `${host.env.TEMP || host.env.TMP || home}\\guzestli-${safe(req.name)}.cer`;
    await host.fs.writeFile(file, req.pem);
    const store = req.asRoot ? "Root" : "CA";
    const r = await run("certutil", ["-user", "-addstore", store, file]);
    // certutil always reports what it added ("CertUtil: -addstore command completed
    // successfully.", translated on other Windows languages); silence with exit 0 is a
    // stub (Wine's certutil.exe), not a success.
    const reason = execFailure(r) ?? (r.stdout.trim() === "" ? "certutil printed nothing: the certificate was not added" : undefined);
    return { name: req.name, ok: !reason, target: `Windows CurrentUser\\${store}`, reason };
  }
  if (host.platform.os === "darwin") {
    const file = `${host.env.TMPDIR || "/tmp"}/guzestli-${safe(req.name)}.pem`;
    await host.fs.writeFile(file, req.pem);
    const keychain = `${home}/Library/Keychains/login.keychain-db`;
    const r = req.asRoot
      ? await run("security", ["add-trusted-cert", "-r", "trustRoot", "-k", keychain, file])
      : await run("security", ["add-certificates", "-k", keychain, file]);
    return { name: req.name, ok: !execFailure(r), target: "macOS login keychain", reason: execFailure(r) };
  }
  const dir = req.nssDir ?? (await nssDbDir(host));
  // Checked again here, right before writing: the folder may have changed while the question was open.
  const problem = await nssTargetProblem(host, dir);
  if (problem) return { name: req.name, ok: false, target: dir, reason: problem };
  if (!(await host.fs.exists(`${dir}/cert9.db`))) {
    // Chrome would create it on first start; creating it now with an empty password is the same.
    await host.fs.mkdir(dir);
    const init = await run("certutil", ["-N", "--empty-password", "-d", `sql:${dir}`]);
    const failed = execFailure(init);
    if (failed) return { name: req.name, ok: false, target: dir, reason: failed };
  }
  // "-a" with no "-i": certutil reads the PEM from standard input.
  const r = await run("certutil", ["-A", "-d", `sql:${dir}`, "-n", req.name, "-t", req.asRoot ? "C,," : ",,", "-a"], req.pem);
  return { name: req.name, ok: !execFailure(r), target: dir, reason: execFailure(r) };
}

/** The reason importCertificate gives for a folder that is not an NSS database; callers say it in words. */
export const NOT_NSS_DB = "not-nss-db";

/**
 * Whether a certificate may be written to `dir`: an NSS database (a folder holding
 * cert9.db as a regular file), or a documented NSS folder that does not exist yet
 * (Chromium docs/linux/cert_management.md: `~/.pki/nssdb`, `$XDG_DATA_HOME/pki/nssdb`,
 * the same inside a snap's or flatpak's home), which certutil -N then creates as Chrome
 * would. Anything else, above all a browser's own store (Chrome's `<profile>/ServerCertificate`
 * is a SQLite file, and a folder there would shadow it), is refused (issue 18.4).
 */
export async function nssTargetProblem(host: Host, dir: string): Promise<typeof NOT_NSS_DB | undefined> {
  const st = await host.fs.stat(dir);
  if (st === undefined) return /\/\.?pki\/nssdb$/.test(dir) ? undefined : NOT_NSS_DB;
  if (!st.isDirectory) return NOT_NSS_DB;
  const db = await host.fs.stat(`${dir}/cert9.db`);
  if (db === undefined) return /\/\.?pki\/nssdb$/.test(dir) ? undefined : NOT_NSS_DB;
  return db.isFile ? undefined : NOT_NSS_DB;
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60);
}
