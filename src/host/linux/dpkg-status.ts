import type { Host } from "../host.js";

/**
 * dpkg's own database of installed packages, read as a file instead of running
 * dpkg-query (a process start per question costs more than reading the file).
 * DPKG_ADMINDIR is dpkg's documented override of /var/lib/dpkg (dpkg(1), dpkg-query(1)).
 */
export function dpkgStatusPath(env: Readonly<Record<string, string | undefined>>): string {
  const admin = env.DPKG_ADMINDIR?.startsWith("/") ? env.DPKG_ADMINDIR : "/var/lib/dpkg";
  return `${admin.replace(/\/+$/, "")}/status`;
}

/** A desktop with thousands of packages has a status file of a few MB. */
const MAX_STATUS_BYTES = 64 * 1024 * 1024;

export interface DpkgPackage {
  name: string;
  /** The Debian version as recorded: [epoch:]upstream[-revision]. */
  version: string;
  arch?: string;
}

/**
 * Parses the status file (deb822 paragraphs: "Package:", "Status:", "Version:" fields,
 * continuation lines start with a space). Only packages whose Status is
 * "install ok installed" count: a removed package leaves a "deinstall ok config-files"
 * paragraph behind.
 */
export function parseDpkgStatus(text: string): Map<string, DpkgPackage> {
  const out = new Map<string, DpkgPackage>();
  // One pass over the whole file for the four fields at the start of a line; every
  // paragraph starts with Package:. Continuation lines start with a space and never
  // match, so a "Version:" inside a description is not taken. (Splitting a desktop's
  // status file into lines made half of a run's garbage.)
  let cur: { name: string; status?: string; version?: string; arch?: string } | undefined;
  const flush = () => {
    if (cur?.version && cur.status && cur.status.split(/\s+/)[2] === "installed") {
      out.set(cur.name, { name: cur.name, version: cur.version, arch: cur.arch });
    }
  };
  for (const m of text.matchAll(/^(Package|Status|Version|Architecture):[ \t]*([^\n]*)$/gm)) {
    const value = m[2]!.trim();
    switch (m[1]) {
      case "Package":
        flush();
        cur = { name: value };
        break;
      case "Status":
        if (cur) cur.status = value;
        break;
      case "Version":
        if (cur) cur.version = value;
        break;
      case "Architecture":
        if (cur) cur.arch = value;
        break;
    }
  }
  flush();
  return out;
}

/** The upstream part of a Debian version: "2:156.0.8078.114-1~deb12u1" → "156.0.8078.114". */
export function upstreamVersion(debianVersion: string): string {
  const noEpoch = debianVersion.replace(/^\d+:/, "");
  const dash = noEpoch.lastIndexOf("-");
  return dash > 0 ? noEpoch.slice(0, dash) : noEpoch;
}

export type DpkgRead = { ok: true; packages: Map<string, DpkgPackage>; path: string } | { ok: false; path: string; reason: string };

/** One read per host and path: the browser and the signer groups both ask in one run. */
const memo = new WeakMap<Host, Map<string, Promise<DpkgRead>>>();

/** Reads and parses the status file. A machine without dpkg (Fedora, Arch) has none: `ok: false`. */
export function readDpkgStatus(host: Host, opts: { signal?: AbortSignal } = {}): Promise<DpkgRead> {
  const path = dpkgStatusPath(host.env);
  let byPath = memo.get(host);
  if (!byPath) {
    byPath = new Map();
    memo.set(host, byPath);
  }
  let p = byPath.get(path);
  if (!p) {
    p = host.fs
      .readText(path, { maxBytes: MAX_STATUS_BYTES, signal: opts.signal })
      .then((text): DpkgRead => ({ ok: true, packages: parseDpkgStatus(text), path }))
      .catch((e: unknown): DpkgRead => ({ ok: false, path, reason: e instanceof Error ? e.message : String(e) }));
    byPath.set(path, p);
  }
  return p;
}
