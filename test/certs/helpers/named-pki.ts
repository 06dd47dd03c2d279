import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A real openssl PKI (root → PCA → ICA → user) whose CAs carry whatever names a test
 * gives them, with the misfits the CA-identity rules must tell apart: an expired old
 * PCA with another key (a leftover), a foreign self-signed root with the root's name,
 * a CA:false certificate with the root's name, the root's key re-issued without a
 * keyUsage extension.
 */
export interface CaNames {
  root: string;
  pca: string;
  ica: string;
}

export interface NamedPki {
  dir: string;
  names: CaNames;
  root: string;
  pca: string;
  ica: string;
  user: string;
  /** root + PCA + ICA, the official --ca file. */
  bundle: string;
  /** The PCA's name and issuer, another key, expired in 2021. */
  leftoverPca: string;
  /** Self-signed CA:true named like the root, another key. */
  foreignRoot: string;
  /** A user certificate the foreign root signed directly: another hierarchy entirely. */
  strayUser: string;
  /** Self-signed, CA:false, named like the root. */
  notCaRoot: string;
  /** The root's own key and name, re-issued with no keyUsage extension. */
  rootNoKeyUsage: string;
  /** An ICA with the ICA's name signed by the PCA with another key. */
  otherIca: string;
}

const EXT = `
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_ca_noku ]
basicConstraints = critical,CA:true
subjectKeyIdentifier = hash
[ v3_leaf ]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
`;

function caConf(dir: string): string {
  return `
[ ca ]
default_ca = CA_default
[ CA_default ]
database = ${dir}/index.txt
new_certs_dir = ${dir}/newcerts
serial = ${dir}/serial
default_md = sha256
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
${EXT}`;
}

export function makeNamedPki(dir: string, names: CaNames): NamedPki {
  mkdirSync(dir, { recursive: true });
  const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  const db = (name: string) => {
    const d = join(dir, `db-${name}`);
    mkdirSync(join(d, "newcerts"), { recursive: true });
    writeFileSync(join(d, "index.txt"), "");
    writeFileSync(join(d, "serial"), (Date.now() + Math.floor(Math.random() * 1e6)).toString(16).padStart(16, "0").slice(-16) + "\n");
    writeFileSync(join(dir, `${name}.cnf`), caConf(d));
  };
  const subj = (cn: string) => `/C=AZ/O=Test PKI/CN=${cn}`;
  const key = (name: string) => run(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", `${name}.key`]);
  const selfSigned = (name: string, keyName: string, cn: string, ext: string) => {
    writeFileSync(join(dir, "ext.cnf"), `[ req ]\ndistinguished_name = dn\n[ dn ]\n${EXT}`);
    run([
      "req",
      "-x509",
      "-new",
      "-key",
      `${keyName}.key`,
      "-out",
      `${name}.pem`,
      "-subj",
      subj(cn),
      "-days",
      "3650",
      "-config",
      "ext.cnf",
      "-extensions",
      ext,
      "-utf8",
    ]);
  };
  const issue = (name: string, keyName: string, cn: string, issuer: string, ext: string, dates: string[] = ["-days", "3000"]) => {
    run(["req", "-new", "-key", `${keyName}.key`, "-out", `${name}.csr`, "-subj", subj(cn), "-config", join(dir, "ext.cnf"), "-utf8"]);
    run([
      "ca",
      "-batch",
      "-notext",
      "-utf8",
      "-config",
      `${issuer}.cnf`,
      "-cert",
      `${issuer}.pem`,
      "-keyfile",
      `${issuer}.key`,
      "-extensions",
      ext,
      "-in",
      `${name}.csr`,
      "-out",
      `${name}.pem`,
      ...dates,
    ]);
  };

  key("root");
  selfSigned("root", "root", names.root, "v3_ca");
  db("root");
  key("pca");
  issue("pca", "pca", names.pca, "root", "v3_ca");
  db("pca");
  key("ica");
  issue("ica", "ica", names.ica, "pca", "v3_ca");
  db("ica");
  key("user");
  issue("user", "user", "Test User Named", "ica", "v3_leaf", ["-days", "365"]);

  key("pca-old");
  issue("pca-old", "pca-old", names.pca, "root", "v3_ca", ["-startdate", "20190101000000Z", "-enddate", "20210101000000Z"]);
  key("foreign");
  selfSigned("foreign", "foreign", names.root, "v3_ca");
  db("foreign");
  key("stray");
  issue("stray", "stray", "Test User Stray", "foreign", "v3_leaf", ["-days", "365"]);
  key("notca");
  selfSigned("notca", "notca", names.root, "v3_leaf");
  selfSigned("root-noku", "root", names.root, "v3_ca_noku");
  key("ica-other");
  issue("ica-other", "ica-other", names.ica, "pca", "v3_ca");

  const bundle = join(dir, "bundle.pem");
  writeFileSync(bundle, ["root", "pca", "ica"].map((f) => readFileSync(join(dir, `${f}.pem`), "utf8")).join(""));
  const p = (n: string) => join(dir, `${n}.pem`);
  return {
    dir,
    names,
    root: p("root"),
    pca: p("pca"),
    ica: p("ica"),
    user: p("user"),
    bundle,
    leftoverPca: p("pca-old"),
    foreignRoot: p("foreign"),
    strayUser: p("stray"),
    notCaRoot: p("notca"),
    rootNoKeyUsage: p("root-noku"),
    otherIca: p("ica-other"),
  };
}

/** A PEM bundle of the given files, in order. */
export function bundleOf(dir: string, name: string, files: string[]): string {
  const out = join(dir, name);
  writeFileSync(out, files.map((f) => readFileSync(f, "utf8")).join(""));
  return out;
}
