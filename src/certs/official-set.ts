import type { KeysUnder } from "../i18n/keys.js";
import type { Host } from "../host/host.js";
import { UsageError } from "../core/errors.js";
import { loadX509 } from "../core/lazy.js";
import { sameName, type CertInfo } from "./cert-info.js";
import { EXPECTED_CAS, expectedCa, type CaRole } from "./expected-cas.js";
import { namedLike } from "./ca-names.js";
import { readCertificateFile } from "./load.js";

/**
 * The official CAs as the --ca files define them: by fingerprint, and by the files'
 * own structure, whatever the certificates are called. The self-signed CA is the
 * root, the CA the root signed is the PCA, the CA the PCA signed is the ICA.
 */
export interface OfficialCas {
  /** Every distinct certificate of the --ca files. */
  all: CertInfo[];
  byRole: Partial<Record<CaRole, CertInfo>>;
}

const ROLE_AT_DEPTH: readonly CaRole[] = ["root", "policy", "issuing"];

const byHost = new WeakMap<Host, Map<string, Promise<OfficialCas>>>();

/**
 * Reads and structures the --ca files once per run. A set whose structure does not
 * fit is a UsageError (exit 64) naming the reason.
 */
export function officialCasOf(host: Host, files: readonly string[]): Promise<OfficialCas> {
  let m = byHost.get(host);
  if (!m) {
    m = new Map();
    byHost.set(host, m);
  }
  const key = files.join("\0");
  let p = m.get(key);
  if (!p) {
    p = (async () => {
      const loaded: { info: CertInfo; source: string }[] = [];
      const seen = new Set<string>();
      for (const f of files) {
        for (const c of await readCertificateFile(host, f)) {
          if (seen.has(c.info.sha256)) continue;
          seen.add(c.info.sha256);
          loaded.push({ info: c.info, source: c.source });
        }
      }
      return structureOfficial(loaded);
    })();
    m.set(key, p);
    p.catch(() => undefined);
  }
  return p;
}

/** Assigns roles by signature, or says why the set cannot be the official hierarchy. */
export async function structureOfficial(certs: readonly { info: CertInfo; source: string }[]): Promise<OfficialCas> {
  const all = certs.map((c) => c.info);
  if (certs.length === 0) return { all, byRole: {} };
  const refuse = (key: KeysUnder<"cli.error.ca.">, values: Record<string, string>) => new UsageError(`cli.error.ca.${key}`, values);

  for (const c of certs) {
    // Not a CA: it could be a citizen's own certificate, so its name stays out of the message.
    if (!c.info.isCa) throw refuse("notCa", { file: c.source });
    if ((await keyCertSign(c.info)) === false) throw refuse("cannotSign", { file: c.source, name: c.info.commonName });
  }
  const selfIssued = certs.filter((c) => c.info.selfIssued);
  for (const r of selfIssued) {
    if (!(await signedBy(r.info, r.info)))
      throw refuse("badSignature", { file: r.source, name: r.info.commonName, issuer: r.info.commonName });
  }
  if (selfIssued.length === 0)
    throw refuse("noRoot", {
      file: certs
        .map((c) => c.source.replace(/#\d+$/, ""))
        .filter((f, i, a) => a.indexOf(f) === i)
        .join(", "),
    });
  if (selfIssued.length > 1)
    throw refuse("twoRoots", {
      file: selfIssued.map((r) => r.source).join(", "),
      names: selfIssued.map((r) => r.info.commonName).join(", "),
    });
  // Any self-signed CA has this shape. Until the official fingerprint is known, the root of the
  // files must at least carry a name the AZ root goes by (any spelling the checks accept,
  // ca-names.ts): else a file with "Evil Root" would be taken as the official root, reported
  // as installed "by fingerprint" and installed by --fix trusted for websites (issue 18.5).
  const root = selfIssued[0]!;
  if (!namedLike(root.info.commonName, expectedCa("root"))) {
    throw refuse("notRootName", { file: root.source, name: root.info.commonName || root.info.subject });
  }

  // Two certificates under one name: which is official cannot be told, so neither is taken.
  for (let i = 0; i < certs.length; i++) {
    for (let j = i + 1; j < certs.length; j++) {
      const a = certs[i]!;
      const b = certs[j]!;
      if (sameName(a.info.commonName || a.info.subject, b.info.commonName || b.info.subject)) {
        throw refuse("sameName", { file: `${a.source}, ${b.source}`, name: a.info.commonName });
      }
    }
  }

  // Each other certificate must verify with the key of a certificate named as its issuer.
  const parent = new Map<string, string>();
  for (const c of certs) {
    if (c.info.selfIssued) continue;
    const named = certs.filter((p) => p !== c && p.info.subject === c.info.issuer);
    if (named.length === 0)
      throw refuse("noIssuer", { file: c.source, name: c.info.commonName, issuer: c.info.issuerCommonName || c.info.issuer });
    let found: { info: CertInfo } | undefined;
    for (const p of named) if (await signedBy(c.info, p.info)) found = p;
    if (!found) throw refuse("badSignature", { file: c.source, name: c.info.commonName, issuer: named[0]!.info.commonName });
    parent.set(c.info.sha256, found.info.sha256);
  }

  const depthOf = (c: CertInfo): number => {
    let d = 0;
    for (let p = parent.get(c.sha256); p !== undefined && d < 10; p = parent.get(p)) d++;
    return d;
  };
  const byRole: OfficialCas["byRole"] = {};
  const atDepth = new Map<number, { info: CertInfo; source: string }[]>();
  for (const c of certs) {
    const d = depthOf(c.info);
    atDepth.set(d, [...(atDepth.get(d) ?? []), c]);
  }
  for (const [d, list] of atDepth) {
    const role = ROLE_AT_DEPTH[d];
    if (!role) throw refuse("tooDeep", { file: list[0]!.source, name: list[0]!.info.commonName });
    if (list.length > 1) {
      const short = EXPECTED_CAS.find((e) => e.role === role)!.short;
      throw refuse("twoInRole", {
        file: list.map((c) => c.source).join(", "),
        role: short,
        names: list.map((c) => c.info.commonName).join(", "),
      });
    }
    byRole[role] = list[0]!.info;
  }
  for (const e of EXPECTED_CAS) {
    const got = byRole[e.role];
    if (got && e.sha256 && got.sha256 !== e.sha256) {
      throw refuse("notOfficial", { file: certs.find((c) => c.info === got)!.source, name: got.commonName, role: e.short });
    }
  }
  return { all, byRole };
}

/** child's signature verifies with parent's key; an unsupported key or algorithm is "no". */
export async function signedBy(child: CertInfo, parent: CertInfo): Promise<boolean> {
  try {
    return await child.cert.verify({ publicKey: parent.cert.publicKey, signatureOnly: true });
  } catch {
    return false;
  }
}

/**
 * keyCertSign in keyUsage: true or false when the extension is there, undefined when
 * it is not (RFC 5280 requires it in CA certificates; some old ones lack it).
 */
export async function keyCertSign(c: CertInfo): Promise<boolean | undefined> {
  const x509 = await loadX509();
  const ku = c.cert.getExtension(x509.KeyUsagesExtension);
  if (!ku) return undefined;
  return (ku.usages & x509.KeyUsageFlags.keyCertSign) !== 0;
}
