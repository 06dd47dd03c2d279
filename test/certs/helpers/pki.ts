import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A real PKI made with `openssl ca`, named like the Azerbaijani one:
 * AZ Root Authority (RCA) → AZ Policy Authority (PCA) → AZ E-Government Authority (ICA)
 * → user certificates whose AIA/CDP point at loopback services of the test.
 */
export interface Pki {
  dir: string;
  root: string;
  pca: string;
  ica: string;
  /** An ICA with the right name and issuer but another key. */
  otherIca: string;
  /** The PCA certificate again (same key and name) but expired in 2021. */
  expiredPca: string;
  /** A certificate named like the root but with another key. */
  fakeRoot: string;
  fakeRootKey: string;
  /** root + PCA + ICA, PEM bundle: what an IT helper gives with --ca. */
  bundle: string;
  ocspSigner: string;
  ocspKey: string;
  icaIndex: string;
  icaKey: string;
  /** DER CRL of the ICA (lists the revoked users). */
  icaCrlDer: string;
  icaDer: string;
  users: Record<UserKind, string>;
}

export type UserKind =
  | "good"
  | "revoked"
  | "crlOnly"
  | "revokedCrlOnly"
  | "unreachable"
  | "noRevocationInfo"
  | "expired"
  | "rogueOcsp"
  | "hanging";

export interface PkiUrls {
  /** The real `openssl ocsp` responder. */
  ocsp: string;
  /** The loopback HTTP server serving the CRL. */
  crl: string;
  /** Where the ICA certificate is served (AIA caIssuers). */
  caIssuers: string;
  /** A loopback port nobody listens on. */
  closed: string;
  /** An `openssl ocsp` responder signing with a key the ICA never certified. */
  rogueOcsp: string;
  /** A server that accepts connections and never answers. */
  hanging: string;
}

function openssl(args: string[], cwd: string): string {
  return execFileSync("openssl", args, { cwd, stdio: ["ignore", "pipe", "pipe"] }).toString();
}

function caConfig(dir: string, urls: { ocsp?: string; crl?: string; caIssuers?: string }): string {
  const aia = [urls.ocsp ? `OCSP;URI:${urls.ocsp}` : "", urls.caIssuers ? `caIssuers;URI:${urls.caIssuers}` : ""].filter(Boolean).join(",");
  return `
[ ca ]
default_ca = CA_default
[ CA_default ]
dir = ${dir}
database = ${dir}/index.txt
new_certs_dir = ${dir}/newcerts
serial = ${dir}/serial
crlnumber = ${dir}/crlnumber
default_md = sha256
default_crl_days = 30
policy = policy_any
unique_subject = no
email_in_dn = no
copy_extensions = none
[ policy_any ]
countryName = optional
organizationName = optional
serialNumber = optional
commonName = supplied
[ req ]
distinguished_name = dn
[ dn ]
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_user ]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
${aia ? `authorityInfoAccess = ${aia}` : ""}
${urls.crl ? `crlDistributionPoints = URI:${urls.crl}` : ""}
[ v3_ocsp ]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = OCSPSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
`;
}

function newCaDir(dir: string): void {
  mkdirSync(join(dir, "newcerts"), { recursive: true });
  writeFileSync(join(dir, "index.txt"), "");
  writeFileSync(join(dir, "serial"), Date.now().toString(16).padStart(16, "0").slice(-16) + "\n");
  writeFileSync(join(dir, "crlnumber"), "01\n");
}

/** An EC P-256 key and its certificate request `<name>.csr`, in `cwd` (base.cnf there). */
export function ecRequest(cwd: string, name: string, subj: string): void {
  openssl(
    [
      "req",
      "-new",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      subj,
      "-config",
      "base.cnf",
    ],
    cwd,
  );
}

/** `openssl ca`: `<ca>` signs `<csr>.csr` into `out` with the extensions section `ext` of `cnf`. */
export function sign(
  cwd: string,
  ca: string,
  csr: string,
  out: string,
  ext: string,
  cnf: string,
  dates: string[] = ["-days", "3000"],
): void {
  openssl(
    [
      "ca",
      "-batch",
      "-notext",
      "-config",
      cnf,
      "-cert",
      `${ca}.pem`,
      "-keyfile",
      `${ca}.key`,
      "-extensions",
      ext,
      "-in",
      `${csr}.csr`,
      "-out",
      out,
      ...dates,
    ],
    cwd,
  );
}

export function makePki(dir: string, urls: PkiUrls): Pki {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "base.cnf"), caConfig(dir, {}));
  // The root: RSA, self-signed.
  openssl(
    [
      "req",
      "-x509",
      "-new",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      "root.key",
      "-out",
      "root.pem",
      "-subj",
      "/C=AZ/O=Test PKI/CN=AZ Root Authority (RCA)",
      "-days",
      "3650",
      "-config",
      "base.cnf",
      "-extensions",
      "v3_ca",
    ],
    dir,
  );
  openssl(
    [
      "req",
      "-x509",
      "-new",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      "fakeroot.key",
      "-out",
      "fakeroot.pem",
      "-subj",
      "/C=AZ/O=Test PKI/CN=AZ Root Authority (RCA)",
      "-days",
      "3650",
      "-config",
      "base.cnf",
      "-extensions",
      "v3_ca",
    ],
    dir,
  );

  const rootDir = join(dir, "rootca");
  newCaDir(rootDir);
  writeFileSync(join(dir, "root.cnf"), caConfig(rootDir, {}));
  ecRequest(dir, "pca", "/C=AZ/O=Test PKI/CN=AZ Policy Authority (PCA)");
  sign(dir, "root", "pca", "pca.pem", "v3_ca", "root.cnf");
  sign(dir, "root", "pca", "pca-expired.pem", "v3_ca", "root.cnf", ["-startdate", "20200101000000Z", "-enddate", "20210101000000Z"]);

  const pcaDir = join(dir, "pcaca");
  newCaDir(pcaDir);
  writeFileSync(join(dir, "pca.cnf"), caConfig(pcaDir, {}));
  ecRequest(dir, "ica", "/C=AZ/O=Test PKI/CN=AZ E-Government Authority (ICA)");
  sign(dir, "pca", "ica", "ica.pem", "v3_ca", "pca.cnf");
  // Another ICA: same name, same issuer, another key (an old or foreign copy).
  ecRequest(dir, "ica-other", "/C=AZ/O=Test PKI/CN=AZ E-Government Authority (ICA)");
  sign(dir, "pca", "ica-other", "ica-other.pem", "v3_ca", "pca.cnf");

  const icaDir = join(dir, "icaca");
  newCaDir(icaDir);
  ecRequest(dir, "ocsp", "/C=AZ/O=Test PKI/CN=AZ E-Government Authority OCSP");
  writeFileSync(join(dir, "ica-plain.cnf"), caConfig(icaDir, {}));
  sign(dir, "ica", "ocsp", "ocsp.pem", "v3_ocsp", "ica-plain.cnf", ["-days", "365"]);

  const userUrls: Record<UserKind, { ocsp?: string; crl?: string }> = {
    good: { ocsp: urls.ocsp, crl: urls.crl },
    revoked: { ocsp: urls.ocsp, crl: urls.crl },
    crlOnly: { ocsp: urls.closed, crl: urls.crl },
    revokedCrlOnly: { ocsp: urls.closed, crl: urls.crl },
    unreachable: { ocsp: urls.closed, crl: urls.closed + "/ica.crl" },
    noRevocationInfo: {},
    expired: { ocsp: urls.ocsp, crl: urls.crl },
    rogueOcsp: { ocsp: urls.rogueOcsp, crl: urls.crl },
    hanging: { ocsp: urls.hanging, crl: urls.hanging + "/ica.crl" },
  };
  const users = {} as Record<UserKind, string>;
  for (const [kind, u] of Object.entries(userUrls) as [UserKind, { ocsp?: string; crl?: string }][]) {
    writeFileSync(join(dir, `ica-${kind}.cnf`), caConfig(icaDir, { ...u, caIssuers: urls.caIssuers }));
    ecRequest(dir, `user-${kind}`, `/C=AZ/O=Test PKI/serialNumber=7ABC${kind.length}DE/CN=Test User ${kind}`);
    const dates = kind === "expired" ? ["-startdate", "20200101000000Z", "-enddate", "20210101000000Z"] : ["-days", "365"];
    sign(dir, "ica", `user-${kind}`, `user-${kind}.pem`, "v3_user", `ica-${kind}.cnf`, dates);
    users[kind] = join(dir, `user-${kind}.pem`);
  }
  for (const kind of ["revoked", "revokedCrlOnly"] as const) {
    openssl(
      [
        "ca",
        "-config",
        "ica-plain.cnf",
        "-cert",
        "ica.pem",
        "-keyfile",
        "ica.key",
        "-revoke",
        `user-${kind}.pem`,
        "-crl_reason",
        "keyCompromise",
      ],
      dir,
    );
  }
  openssl(["ca", "-gencrl", "-config", "ica-plain.cnf", "-cert", "ica.pem", "-keyfile", "ica.key", "-out", "ica.crl.pem"], dir);
  openssl(["crl", "-in", "ica.crl.pem", "-outform", "DER", "-out", "ica.crl"], dir);
  openssl(["x509", "-in", "ica.pem", "-outform", "DER", "-out", "ica.cer"], dir);

  const bundle = join(dir, "bundle.pem");
  writeFileSync(bundle, ["root.pem", "pca.pem", "ica.pem"].map((f) => readFileSync(join(dir, f), "utf8")).join(""));
  return {
    dir,
    root: join(dir, "root.pem"),
    pca: join(dir, "pca.pem"),
    ica: join(dir, "ica.pem"),
    otherIca: join(dir, "ica-other.pem"),
    expiredPca: join(dir, "pca-expired.pem"),
    fakeRoot: join(dir, "fakeroot.pem"),
    fakeRootKey: join(dir, "fakeroot.key"),
    bundle,
    ocspSigner: join(dir, "ocsp.pem"),
    ocspKey: join(dir, "ocsp.key"),
    icaIndex: join(icaDir, "index.txt"),
    icaKey: join(dir, "ica.key"),
    icaCrlDer: join(dir, "ica.crl"),
    icaDer: join(dir, "ica.cer"),
    users,
  };
}

/**
 * The test root re-issued with its own key and name, over other dates (`-startdate`/
 * `-enddate`): an older or an expired issue of the same root (RFC 5280 §6.1.1(d): a
 * root is its name and key). Written as `<name>.pem` in the PKI's folder.
 */
export function reissueRoot(dir: string, name: string, dates: string[]): string {
  openssl(
    [
      "req",
      "-new",
      "-key",
      "root.key",
      "-out",
      `${name}.csr`,
      "-subj",
      "/C=AZ/O=Test PKI/CN=AZ Root Authority (RCA)",
      "-config",
      "base.cnf",
    ],
    dir,
  );
  openssl(
    [
      "ca",
      "-batch",
      "-notext",
      "-selfsign",
      "-config",
      "root.cnf",
      "-keyfile",
      "root.key",
      "-extensions",
      "v3_ca",
      "-in",
      `${name}.csr`,
      "-out",
      `${name}.pem`,
      ...dates,
    ],
    dir,
  );
  return join(dir, `${name}.pem`);
}
