import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ecRequest, sign as signCsr } from "./pki.js";

/**
 * A real openssl hierarchy whose CA certificates name their issuer's CRL, as the AZ CAs
 * do (http://asxm.e-imza.az/cdp/AZ%20Root%20Authority%20(RCA).crl, …(PCA).crl): the
 * PCA points at the root's CRL, the ICA at the PCA's, the user's certificate at an OCSP
 * responder and the ICA's CRL. All on `base` (a loopback file server of the test).
 */
export interface CaCrlPki {
  dir: string;
  root: string;
  pca: string;
  ica: string;
  bundle: string;
  /** Answered "good" by the ICA's OCSP responder; its CRL is the ICA's. */
  user: string;
  /** No OCSP (a closed port); only the ICA's CRL. */
  userCrlOnly: string;
  /** DER CRLs, written by regenerate(). */
  rootCrl: string;
  pcaCrl: string;
  icaCrl: string;
  icaIndex: string;
  ocspSigner: string;
  ocspKey: string;
  /** Revokes a CA certificate (the ICA in the PCA's list, the PCA in the root's). */
  revoke(which: "ica" | "pca"): void;
  /** Writes every CRL again; `staleIca` dates the ICA's list in the past (nextUpdate passed). */
  regenerate(o?: { staleIca?: boolean }): void;
}

const conf = (dir: string, ext: string) => `
[ ca ]
default_ca = CA_default
[ CA_default ]
database = ${dir}/index.txt
new_certs_dir = ${dir}/newcerts
serial = ${dir}/serial
crlnumber = ${dir}/crlnumber
default_md = sha256
default_crl_days = 30
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
countryName = optional
organizationName = optional
commonName = supplied
[ req ]
distinguished_name = dn
[ dn ]
${ext}`;

export function makeCaCrlPki(dir: string, base: string, ocsp: string): CaCrlPki {
  mkdirSync(dir, { recursive: true });
  const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  const ext = `
[ v3_root ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_pca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:${base}/cdp/AZ%20Root%20Authority%20(RCA).crl
[ v3_ica ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:${base}/cdp/AZ%20Policy%20Authority%20(PCA).crl
[ v3_user ]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,nonRepudiation
authorityKeyIdentifier = keyid:always
authorityInfoAccess = OCSP;URI:${ocsp}
crlDistributionPoints = URI:${base}/cdp/ica.crl
[ v3_user_crl ]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,nonRepudiation
authorityKeyIdentifier = keyid:always
authorityInfoAccess = OCSP;URI:http://127.0.0.1:9
crlDistributionPoints = URI:${base}/cdp/ica.crl
[ v3_ocsp ]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = OCSPSigning
`;
  writeFileSync(join(dir, "base.cnf"), conf(dir, ext));
  for (const ca of ["root", "pca", "ica"]) {
    const d = join(dir, `${ca}db`);
    mkdirSync(join(d, "newcerts"), { recursive: true });
    writeFileSync(join(d, "index.txt"), "");
    writeFileSync(join(d, "serial"), (Date.now() + ca.length * 1000).toString(16).padStart(16, "0").slice(-16) + "\n");
    writeFileSync(join(d, "crlnumber"), "01\n");
    writeFileSync(join(dir, `${ca}.cnf`), conf(d, ext));
  }
  const req = (name: string, cn: string) => ecRequest(dir, name, `/C=AZ/O=Test PKI/CN=${cn}`);
  const sign = (ca: string, name: string, ext: string, days = "3000") =>
    signCsr(dir, ca, name, `${name}.pem`, ext, `${ca}.cnf`, ["-days", days]);
  run([
    "req",
    "-x509",
    "-new",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
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
    "v3_root",
  ]);
  req("pca", "AZ Policy Authority (PCA)");
  sign("root", "pca", "v3_pca");
  req("ica", "AZ E-Government Authority (ICA)");
  sign("pca", "ica", "v3_ica");
  req("ocsp", "AZ E-Government Authority OCSP");
  sign("ica", "ocsp", "v3_ocsp", "365");
  req("user", "Test User CA Revocation");
  sign("ica", "user", "v3_user", "365");
  req("user-crl", "Test User CA Revocation CRL");
  sign("ica", "user-crl", "v3_user_crl", "365");
  const bundle = join(dir, "bundle.pem");
  writeFileSync(bundle, ["root", "pca", "ica"].map((n) => readFileSync(join(dir, `${n}.pem`), "utf8")).join(""));
  const crl = (ca: string, extra: string[] = []) => {
    run(["ca", "-gencrl", "-config", `${ca}.cnf`, "-cert", `${ca}.pem`, "-keyfile", `${ca}.key`, "-out", `${ca}.crl.pem`, ...extra]);
    run(["crl", "-in", `${ca}.crl.pem`, "-outform", "DER", "-out", `${ca}.crl`]);
  };
  const p = (n: string) => join(dir, n);
  const pki: CaCrlPki = {
    dir,
    root: p("root.pem"),
    pca: p("pca.pem"),
    ica: p("ica.pem"),
    bundle,
    user: p("user.pem"),
    userCrlOnly: p("user-crl.pem"),
    rootCrl: p("root.crl"),
    pcaCrl: p("pca.crl"),
    icaCrl: p("ica.crl"),
    icaIndex: join(dir, "icadb", "index.txt"),
    ocspSigner: p("ocsp.pem"),
    ocspKey: p("ocsp.key"),
    revoke: (which) => {
      const ca = which === "ica" ? "pca" : "root";
      run([
        "ca",
        "-config",
        `${ca}.cnf`,
        "-cert",
        `${ca}.pem`,
        "-keyfile",
        `${ca}.key`,
        "-revoke",
        `${which}.pem`,
        "-crl_reason",
        "keyCompromise",
      ]);
    },
    regenerate: (o = {}) => {
      crl("root");
      crl("pca");
      crl("ica", o.staleIca ? ["-crl_lastupdate", "20240101000000Z", "-crl_nextupdate", "20240201000000Z"] : []);
    },
  };
  pki.regenerate();
  return pki;
}
