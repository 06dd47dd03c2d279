/**
 * Real parts for the token tests: SoftHSM2 tokens initialised per test, certificates
 * made by openssl (valid, expired, expiring soon, wrong keyUsage, with CN and
 * SERIALNUMBER), imported with OpenSC's pkcs11-tool, and the small misbehaving
 * PKCS#11 module of test/fixtures/pkcs11-test-module compiled with gcc.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so";
/** The first of these paths that exists (Debian puts libraries under the arch triplet). */
function firstExisting(paths: string[]): string {
  return paths.find((p) => existsSync(p)) ?? paths[0]!;
}
export const OPENSC_MODULE = firstExisting([
  "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
  "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
  "/usr/lib64/opensc-pkcs11.so",
]);
/** A real shared library that is not a PKCS#11 module. */
export const NOT_PKCS11_LIBRARY = firstExisting([
  "/usr/lib/x86_64-linux-gnu/libz.so.1",
  "/usr/lib/aarch64-linux-gnu/libz.so.1",
  "/lib/x86_64-linux-gnu/libz.so.1",
  "/usr/lib64/libz.so.1",
]);
export const USER_PIN = "4321";
const SO_PIN = "87654321";

const run = (cmd: string, args: string[], env?: NodeJS.ProcessEnv): string =>
  execFileSync(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], timeout: 30_000 }).toString();

export interface SoftHsm {
  env: Record<string, string>;
  module: string;
}

/** A fresh SoftHSM2 configuration with one initialised token. */
export function softHsm(dir: string, label = "E-imza Test"): SoftHsm {
  const tokens = join(dir, "tokens");
  mkdirSync(tokens, { recursive: true });
  const conf = join(dir, "softhsm2.conf");
  writeFileSync(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  const env = { SOFTHSM2_CONF: conf };
  run("softhsm2-util", ["--init-token", "--free", "--label", label, "--pin", USER_PIN, "--so-pin", SO_PIN], env);
  return { env, module: SOFTHSM_MODULE };
}

export interface CertSpec {
  /** Common name of the holder. */
  cn: string;
  /** The FIN, as subject serialNumber (OID 2.5.4.5). */
  fin: string;
  /** openssl ca -startdate/-enddate, YYYYMMDDHHMMSSZ. */
  start: string;
  end: string;
  keyUsage?: string;
}

export interface MadeCert {
  certDer: string;
  keyDer: string;
  pubDer: string;
}

/** openssl date form YYYYMMDDHHMMSSZ of now + days. */
export function opensslDate(daysFromNow: number): string {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14) + "Z";
}

/** A user certificate issued by a throw-away CA with `openssl ca` (for arbitrary dates). */
export function makeCert(dir: string, name: string, spec: CertSpec): MadeCert {
  const ca = join(dir, "ca");
  mkdirSync(ca, { recursive: true });
  if (!existsSync(join(ca, "ca.pem"))) {
    run("openssl", [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      join(ca, "ca.key"),
      "-out",
      join(ca, "ca.pem"),
      "-subj",
      "/C=AZ/O=Test E-Imza CA/CN=Test Root CA",
      "-days",
      "3650",
    ]);
    writeFileSync(join(ca, "index.txt"), "");
    writeFileSync(join(ca, "serial"), "1000\n");
    writeFileSync(
      join(ca, "ca.cnf"),
      [
        "[ca]",
        "default_ca = d",
        "[d]",
        `database = ${ca}/index.txt`,
        `new_certs_dir = ${ca}`,
        `serial = ${ca}/serial`,
        "default_md = sha256",
        "policy = any",
        "unique_subject = no",
        "copy_extensions = none",
        "string_mask = utf8only",
        "[any]",
        "countryName = optional",
        "organizationName = optional",
        "commonName = supplied",
        "serialNumber = optional",
      ].join("\n") + "\n",
    );
  }
  const base = join(dir, name);
  run("openssl", [
    "req",
    "-new",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-utf8",
    "-keyout",
    `${base}.key`,
    "-out",
    `${base}.csr`,
    "-subj",
    `/C=AZ/O=Test/CN=${spec.cn}/serialNumber=${spec.fin}`,
  ]);
  writeFileSync(
    `${base}.ext`,
    `basicConstraints = CA:FALSE\nkeyUsage = critical, ${spec.keyUsage ?? "digitalSignature, nonRepudiation"}\n`,
  );
  run("openssl", [
    "ca",
    "-batch",
    "-utf8",
    "-notext",
    "-config",
    join(ca, "ca.cnf"),
    "-cert",
    join(ca, "ca.pem"),
    "-keyfile",
    join(ca, "ca.key"),
    "-in",
    `${base}.csr`,
    "-out",
    `${base}.pem`,
    "-startdate",
    spec.start,
    "-enddate",
    spec.end,
    "-extfile",
    `${base}.ext`,
  ]);
  run("openssl", ["x509", "-in", `${base}.pem`, "-outform", "DER", "-out", `${base}.cert.der`]);
  run("openssl", ["pkcs8", "-topk8", "-nocrypt", "-in", `${base}.key`, "-outform", "DER", "-out", `${base}.key.der`]);
  run("openssl", ["pkey", "-in", `${base}.key`, "-pubout", "-outform", "DER", "-out", `${base}.pub.der`]);
  return { certDer: `${base}.cert.der`, keyDer: `${base}.key.der`, pubDer: `${base}.pub.der` };
}

/** Initialises one more token in the same SoftHSM store (a second token plugged in). */
export function addToken(hsm: SoftHsm, label: string): void {
  run("softhsm2-util", ["--init-token", "--free", "--label", label, "--pin", USER_PIN, "--so-pin", SO_PIN], hsm.env);
}

/** Imports a certificate (and optionally its key pair) into the SoftHSM token with pkcs11-tool. */
export function importCert(
  hsm: SoftHsm,
  made: MadeCert,
  o: { id: string; label: string; privateKey?: boolean; publicKey?: boolean; token?: string },
): void {
  const which = o.token ? ["--token-label", o.token] : [];
  const write = (file: string, type: string) =>
    run(
      "pkcs11-tool",
      [
        "--module",
        hsm.module,
        ...which,
        "--login",
        "--pin",
        USER_PIN,
        "--write-object",
        file,
        "--type",
        type,
        "--id",
        o.id,
        "--label",
        o.label,
      ],
      hsm.env,
    );
  write(made.certDer, "cert");
  if (o.publicKey) write(made.pubDer, "pubkey");
  if (o.privateKey) write(made.keyDer, "privkey");
}

/** Puts the test CA's certificate (made by makeCert in `dir`) on the token, as some tokens keep it. */
export function importCaCert(hsm: SoftHsm, dir: string): void {
  const der = join(dir, "ca.der");
  run("openssl", ["x509", "-in", join(dir, "ca", "ca.pem"), "-outform", "DER", "-out", der]);
  run(
    "pkcs11-tool",
    ["--module", hsm.module, "--login", "--pin", USER_PIN, "--write-object", der, "--type", "cert", "--id", "ca", "--label", "CA"],
    hsm.env,
  );
}

const TEST_MODULE_SOURCE = fileURLToPath(new URL("../fixtures/pkcs11-test-module/testp11.c", import.meta.url));
const DEPENDENCY_SOURCE = fileURLToPath(new URL("../fixtures/pkcs11-test-module/gcdep.c", import.meta.url));
const PKCS11_HEADERS = fileURLToPath(new URL("../../node_modules/pkcs11js/includes", import.meta.url));

/** Compiles the misbehaving test module into `dir` and returns its path. */
export function buildTestModule(dir: string): string {
  const out = join(dir, "testp11.so");
  run("gcc", ["-shared", "-fPIC", "-Wall", "-include", "stddef.h", "-I", PKCS11_HEADERS, "-o", out, TEST_MODULE_SOURCE]);
  return out;
}

/**
 * The test module linked against libgcdep.so, which is then deleted: the module
 * exists, the loader cannot find a library it needs.
 */
export function buildTestModuleMissingDependency(dir: string): string {
  const sub = join(dir, "needs-dep");
  mkdirSync(sub, { recursive: true });
  const dep = join(sub, "libgcdep.so");
  run("gcc", ["-shared", "-fPIC", "-Wall", "-o", dep, DEPENDENCY_SOURCE]);
  const out = join(sub, "testp11-needs-dep.so");
  run("gcc", [
    "-shared",
    "-fPIC",
    "-Wall",
    "-DTESTP11_NEEDS_DEP",
    "-include",
    "stddef.h",
    "-I",
    PKCS11_HEADERS,
    "-o",
    out,
    TEST_MODULE_SOURCE,
    "-L",
    sub,
    "-lgcdep",
  ]);
  rmSync(dep);
  return out;
}

const MINGW = "x86_64-w64-mingw32-gcc";
/** mingw warns that the header's dllimport declarations are ignored for the module's own definitions. */
const MINGW_FLAGS = ["-shared", "-Wall", "-Wno-attributes", "-include", "stddef.h", "-I", PKCS11_HEADERS];

/**
 * The same test module cross-compiled to a 64-bit Windows DLL (Cryptoki structures
 * packed to 1 byte, CK_ULONG 32-bit), for the Wine tests.
 */
export function buildTestModuleDll(dir: string): string {
  const out = join(dir, "testp11.dll");
  run(MINGW, [...MINGW_FLAGS, "-o", out, TEST_MODULE_SOURCE]);
  return out;
}

/**
 * The test module as a 32-bit Windows DLL: what a 64-bit Node meets when a vendor
 * installs only a 32-bit module (or the user names the one in SysWOW64).
 */
export function buildTestModuleDll32(dir: string): string {
  const out = join(dir, "testp11-32.dll");
  run("i686-w64-mingw32-gcc", [...MINGW_FLAGS, "-o", out, TEST_MODULE_SOURCE]);
  return out;
}

/** The DLL linked against gcdep.dll, which is then deleted (Windows error 126 for an existing module). */
export function buildTestModuleDllMissingDependency(dir: string): string {
  const sub = join(dir, "needs-dep-dll");
  mkdirSync(sub, { recursive: true });
  const dep = join(sub, "gcdep.dll");
  run(MINGW, ["-shared", "-Wall", "-o", dep, DEPENDENCY_SOURCE]);
  const out = join(sub, "testp11-needs-dep.dll");
  run(MINGW, [...MINGW_FLAGS, "-DTESTP11_NEEDS_DEP", "-o", out, TEST_MODULE_SOURCE, dep]);
  rmSync(dep);
  return out;
}

/** A copy of a 64-bit library whose ELF header says 32-bit: dlopen refuses it as the wrong class. */
export function wrongClassLibrary(dir: string, from: string): string {
  const bytes = Buffer.from(readFileSync(from));
  bytes[4] = 1; // EI_CLASS = ELFCLASS32
  const out = join(dir, "wrong-class.so");
  writeFileSync(out, bytes);
  return out;
}

/** How many times the test module's C_Login was called (one line per call). */
export function loginCount(file: string): number {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean).length : 0;
}
