import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckDefinition, CheckResult, Msg } from "../../src/core/types.js";
import { TOKEN_CERTIFICATES_CHECK, type TokenCertificatesOutput } from "../../src/core/handover.js";
import type { Host } from "../../src/host/host.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runChecks } from "../../src/core/runner.js";
import { certsChecks } from "../../src/checks/certs/index.js";
import { officialCasOf } from "../../src/certs/official-set.js";
import { UsageError } from "../../src/core/errors.js";
import { hasKey, t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { makeNssHome } from "./helpers/nss.js";
import { bundleOf, makeNamedPki, type CaNames, type NamedPki } from "./helpers/named-pki.js";

/**
 * Issue 10 points 1 and 4: which store certificate is which AZ CA, on states built
 * from real parts (openssl PKIs whose CAs are spelled each way the sources spell them,
 * real NSS databases in a temporary HOME). Each row carries the truth for its state;
 * every verdict is rendered in az, en and ru and must use only keys that exist.
 */

const LANGS = ["az", "en", "ru"] as const;
const dir = tempDir("gc-ca-identity-");

const VARIANTS = {
  official: { root: "AZ Root Authority (RCA)", pca: "AZ Policy Authority (PCA)", ica: "AZ E-Government Authority (ICA)" },
  // As the notice writes it: no space before the role suffix.
  noSpace: { root: "AZ Root Authority(RCA)", pca: "AZ Policy Authority(PCA)", ica: "AZ E-Government Authority(ICA)" },
  // As other sources write it: no role suffix.
  noSuffix: { root: "AZ Root Authority", pca: "AZ Policy Authority", ica: "AZ E-Government Authority" },
  caseSpacing: { root: "az root  authority (rca)", pca: "AZ POLICY AUTHORITY ( PCA )", ica: "AZ E - Government Authority  (ICA)" },
  // Names no source uses: only the official file or the user's chain can tell.
  unrelated: { root: "Milli Kök Mərkəzi", pca: "Siyasət Mərkəzi", ica: "Elektron Hökumət Mərkəzi" },
  // The root as the AZ root is known, the CAs below it under names no source uses (issue 18.5:
  // a --ca root must carry a name of the AZ root; the CAs below are told by signature).
  unrelatedBelow: { root: "AZ Root Authority", pca: "Siyasət Mərkəzi", ica: "Elektron Hökumət Mərkəzi" },
} satisfies Record<string, CaNames>;
type Variant = keyof typeof VARIANTS;

const pkis = {} as Record<Variant, NamedPki>;
beforeAll(() => {
  for (const v of Object.keys(VARIANTS) as Variant[]) pkis[v] = makeNamedPki(join(dir, v), VARIANTS[v]);
}, 180_000);

type Install = "root" | "rootUntrusted" | "pca" | "ica" | "leftoverPca" | "foreignRoot" | "otherIca" | "notCaRoot";
let homes = 0;
function home(p: NamedPki, installs: Install[]): string {
  const h = join(dir, `home${++homes}`);
  mkdirSync(h, { recursive: true });
  const map: Record<Install, { file: string; nick: string; trust: string }> = {
    root: { file: p.root, nick: p.names.root, trust: "C,," },
    rootUntrusted: { file: p.root, nick: p.names.root, trust: ",," },
    foreignRoot: { file: p.foreignRoot, nick: `${p.names.root} foreign`, trust: "C,," },
    notCaRoot: { file: p.notCaRoot, nick: `${p.names.root} not a CA`, trust: "C,," },
    pca: { file: p.pca, nick: p.names.pca, trust: ",," },
    leftoverPca: { file: p.leftoverPca, nick: `${p.names.pca} old`, trust: ",," },
    ica: { file: p.ica, nick: p.names.ica, trust: ",," },
    otherIca: { file: p.otherIca, nick: `${p.names.ica} other`, trust: ",," },
  };
  makeNssHome(
    h,
    installs.map((i) => map[i]),
  );
  return h;
}

function hostWithHome(h: string): Host {
  const real = createNodeHost({ offline: true });
  return { ...real, env: { ...process.env, HOME: h }, platform: { ...real.platform, homedir: h } };
}

async function runCerts(h: string, o: { certFiles?: string[]; caFiles?: string[] }): Promise<Map<string, CheckResult>> {
  const results = await runChecks(certsChecks, { host: hostWithHome(h), options: runOptions({ ...o, offline: true, timeoutMs: 15_000 }) });
  return new Map(results.map((r) => [r.id, r]));
}

/** Every message and remedy of the run renders in each language, with no key or placeholder left over. */
function expectRendersInEveryLanguage(results: Iterable<CheckResult>): void {
  for (const r of results) {
    for (const msg of [r.message, ...r.remedy] as Msg[]) {
      for (const lang of LANGS) {
        expect(hasKey(lang, msg.key), `${lang}:${msg.key}`).toBe(true);
        const text = t(lang, msg);
        expect(text, `${lang}:${msg.key}`).not.toMatch(/\{\w+\}/);
      }
    }
  }
}

const ROOT = "certs.root-installed";
const TRUSTED = "certs.root-trusted";
const INTER = "certs.intermediates";
const VALIDITY = "certs.ca-validity";
const CHAIN = "certs.user-chain";
const ALL: Install[] = ["root", "pca", "ica"];

interface Row {
  state: string;
  variant: Variant;
  installs: Install[];
  ca?: boolean;
  cert?: boolean | "stray";
  /** The truth for this state: check id → "status CODE". */
  truth: Record<string, string>;
  /** How the root and the intermediates must have been recognised. */
  method?: { root?: string; intermediates?: string[] };
}

const methodWithout = (v: Variant) => (v === "official" ? "subject" : "nameVariant");
const rows: Row[] = [
  ...(["official", "noSpace", "noSuffix", "caseSpacing"] as const).flatMap((v): Row[] => [
    {
      state: `${v}: all installed and trusted, official file given`,
      variant: v,
      installs: ALL,
      ca: true,
      cert: true,
      truth: {
        [ROOT]: "pass ROOT_INSTALLED",
        [TRUSTED]: "pass ROOT_TRUSTED",
        [INTER]: "pass INTERMEDIATES_INSTALLED",
        [VALIDITY]: "pass CA_VALID",
        [CHAIN]: "pass CHAIN_OK",
      },
      method: { root: "fingerprint", intermediates: ["fingerprint", "fingerprint"] },
    },
    {
      state: `${v}: all installed and trusted, the user's certificate, no official file`,
      variant: v,
      installs: ALL,
      cert: true,
      truth: {
        [ROOT]: "pass ROOT_INSTALLED",
        [TRUSTED]: "pass ROOT_TRUSTED",
        [INTER]: "pass INTERMEDIATES_INSTALLED",
        [VALIDITY]: "pass CA_VALID",
        [CHAIN]: "pass CHAIN_OK",
      },
      method: { root: "chain", intermediates: ["chain", "chain"] },
    },
    {
      state: `${v}: all installed and trusted, nothing to compare with`,
      variant: v,
      installs: ALL,
      truth: {
        [ROOT]: "pass ROOT_INSTALLED",
        [TRUSTED]: "pass ROOT_TRUSTED",
        [INTER]: "pass INTERMEDIATES_INSTALLED",
        [VALIDITY]: "pass CA_VALID",
        [CHAIN]: "skip NO_USER_CERT",
      },
      method: { root: methodWithout(v), intermediates: [methodWithout(v), methodWithout(v)] },
    },
    {
      state: `${v}: root installed but not trusted, official file given`,
      variant: v,
      installs: ["rootUntrusted", "pca", "ica"],
      ca: true,
      cert: true,
      truth: {
        [ROOT]: "pass ROOT_INSTALLED",
        [TRUSTED]: "fail ROOT_NOT_TRUSTED",
        [INTER]: "pass INTERMEDIATES_INSTALLED",
        [CHAIN]: "skip DEPENDENCY_NOT_MET",
      },
    },
    {
      state: `${v}: root missing, official file given`,
      variant: v,
      installs: ["pca", "ica"],
      ca: true,
      cert: true,
      truth: { [ROOT]: "fail ROOT_NOT_INSTALLED", [INTER]: "pass INTERMEDIATES_INSTALLED", [CHAIN]: "skip DEPENDENCY_NOT_MET" },
    },
  ]),
  {
    state: "unrelated names below the root: all installed, official file given",
    variant: "unrelatedBelow",
    installs: ALL,
    ca: true,
    cert: true,
    truth: {
      [ROOT]: "pass ROOT_INSTALLED",
      [TRUSTED]: "pass ROOT_TRUSTED",
      [INTER]: "pass INTERMEDIATES_INSTALLED",
      [CHAIN]: "pass CHAIN_OK",
    },
    method: { root: "fingerprint", intermediates: ["fingerprint", "fingerprint"] },
  },
  {
    state: "unrelated names: all installed, the user's certificate tells them by signature",
    variant: "unrelated",
    installs: ALL,
    cert: true,
    truth: {
      [ROOT]: "pass ROOT_INSTALLED",
      [TRUSTED]: "pass ROOT_TRUSTED",
      [INTER]: "pass INTERMEDIATES_INSTALLED",
      [CHAIN]: "pass CHAIN_OK",
    },
    method: { root: "chain", intermediates: ["chain", "chain"] },
  },
  // 10.4: a leftover is not a failure.
  ...(["official", "noSpace"] as const).flatMap((v): Row[] => [
    {
      state: `${v}: an expired old PCA (another key) beside the valid one, the user's certificate`,
      variant: v,
      installs: ["root", "pca", "leftoverPca", "ica"],
      cert: true,
      truth: {
        [ROOT]: "pass ROOT_INSTALLED",
        [INTER]: "pass INTERMEDIATES_INSTALLED",
        [VALIDITY]: "warn CA_LEFTOVER",
        [CHAIN]: "pass CHAIN_OK",
      },
    },
    {
      state: `${v}: an expired old PCA (another key) beside the valid one, official file given`,
      variant: v,
      installs: ["root", "pca", "leftoverPca", "ica"],
      ca: true,
      cert: true,
      truth: { [INTER]: "pass INTERMEDIATES_INSTALLED", [VALIDITY]: "warn CA_LEFTOVER", [CHAIN]: "pass CHAIN_OK" },
    },
    {
      state: `${v}: an expired old PCA (another key) beside the valid one, nothing to compare with`,
      variant: v,
      installs: ["root", "pca", "leftoverPca", "ica"],
      truth: { [INTER]: "pass INTERMEDIATES_INSTALLED", [VALIDITY]: "warn CA_LEFTOVER" },
    },
  ]),
  {
    state: "only the expired old PCA, no valid one: the chain cannot be built",
    variant: "official",
    installs: ["root", "leftoverPca", "ica"],
    cert: true,
    truth: { [VALIDITY]: "fail CA_EXPIRED", [CHAIN]: "fail CHAIN_BAD_SIGNATURE" },
  },
  // Impostors: verdicts that were right before stay as they were.
  {
    state: "a foreign root with the root's name instead of the official one, official file given",
    variant: "noSpace",
    installs: ["foreignRoot", "pca", "ica"],
    ca: true,
    cert: true,
    truth: { [ROOT]: "fail ROOT_MISMATCH" },
  },
  {
    state: "a foreign root with the root's name beside the official one, the user's certificate",
    variant: "noSpace",
    installs: ["foreignRoot", "root", "pca", "ica"],
    cert: true,
    truth: { [ROOT]: "pass ROOT_INSTALLED", [TRUSTED]: "pass ROOT_TRUSTED", [CHAIN]: "pass CHAIN_OK" },
    method: { root: "chain" },
  },
  // 11.3: a certificate that is not a CA is never the root, however it is named and trusted.
  {
    state: "a CA:false certificate named like the root, trusted, instead of the root; nothing to compare with",
    variant: "official",
    installs: ["notCaRoot", "pca", "ica"],
    truth: { [ROOT]: "fail ROOT_MISMATCH" },
  },
  {
    state: "a CA:false certificate named like the root beside the real root; the user's certificate",
    variant: "noSuffix",
    installs: ["notCaRoot", "root", "pca", "ica"],
    cert: true,
    truth: { [ROOT]: "pass ROOT_INSTALLED", [TRUSTED]: "pass ROOT_TRUSTED", [CHAIN]: "pass CHAIN_OK" },
    method: { root: "chain" },
  },
  {
    state: "a certificate from another hierarchy does not make its root count as the AZ root",
    variant: "unrelated",
    installs: ["foreignRoot"],
    cert: "stray",
    truth: { [ROOT]: "fail ROOT_NOT_INSTALLED", [INTER]: "fail INTERMEDIATES_MISSING" },
  },
  {
    state: "an ICA with the right name and another key, official file given",
    variant: "noSuffix",
    installs: ["root", "pca", "otherIca"],
    ca: true,
    cert: true,
    truth: { [INTER]: "fail INTERMEDIATE_MISMATCH" },
  },
  {
    state: "an ICA with the right name and another key, no official file: the signature tells",
    variant: "noSuffix",
    installs: ["root", "pca", "otherIca"],
    cert: true,
    truth: { [INTER]: "pass INTERMEDIATES_INSTALLED", [CHAIN]: "fail CHAIN_BAD_SIGNATURE" },
  },
];

describe("CA identity: a table of machine states with the truth beside each", () => {
  for (const row of rows) {
    it(row.state, async () => {
      const p = pkis[row.variant];
      const h = home(p, row.installs);
      const byId = await runCerts(h, {
        certFiles: row.cert === "stray" ? [p.strayUser] : row.cert ? [p.user] : [],
        caFiles: row.ca ? [p.bundle] : [],
      });
      const got = Object.fromEntries(Object.keys(row.truth).map((id) => [id, `${byId.get(id)!.status} ${byId.get(id)!.code}`]));
      expect(got).toEqual(row.truth);
      if (row.method?.root) expect(byId.get(ROOT)!.data.method).toBe(row.method.root);
      if (row.method?.intermediates) {
        expect((byId.get(INTER)!.data.intermediates as { method: string }[]).map((i) => i.method)).toEqual(row.method.intermediates);
      }
      expectRendersInEveryLanguage(byId.values());
    });
  }

  it("says in data how each installed certificate was recognised, under the name it is installed as", async () => {
    const p = pkis.noSpace;
    const byId = await runCerts(home(p, ALL), { certFiles: [p.user] });
    const found = byId.get(ROOT)!.data.found as { name: string; method: string }[];
    expect(found).toEqual([expect.objectContaining({ name: "AZ Root Authority(RCA)", method: "chain" })]);
    expect(t("en", byId.get(ROOT)!.message)).toContain("AZ Root Authority(RCA)");
  });

  it("names the leftover, and keeps it out of the certificates judged", async () => {
    const p = pkis.official;
    const byId = await runCerts(home(p, ["root", "pca", "leftoverPca", "ica"]), { certFiles: [p.user] });
    const v = byId.get(VALIDITY)!;
    const old = readFileSync(p.leftoverPca, "utf8");
    expect(old).toContain("BEGIN CERTIFICATE");
    expect((v.data.leftovers as { name: string; notAfter: string }[]).map((l) => [l.name, l.notAfter.slice(0, 4)])).toEqual([
      ["AZ Policy Authority (PCA)", "2021"],
    ]);
    expect((v.data.certificates as { notAfter: string }[]).every((c) => c.notAfter.slice(0, 4) !== "2021")).toBe(true);
    for (const lang of LANGS) expect(v.remedy.map((m) => t(lang, m)).join(" ")).toContain("AZ Policy Authority (PCA)");
  });
});

describe("the --ca files define the CAs by their structure", () => {
  it("puts each certificate below the root in its role by signature, whatever it is called", async () => {
    const p = pkis.unrelatedBelow;
    const set = await officialCasOf(hostWithHome(dir), [p.bundle]);
    expect(set.byRole.root?.commonName).toBe("AZ Root Authority");
    expect(set.byRole.policy?.commonName).toBe("Siyasət Mərkəzi");
    expect(set.byRole.issuing?.commonName).toBe("Elektron Hökumət Mərkəzi");
    // The order in the file does not matter.
    const reversed = bundleOf(dir, "reversed.pem", [p.ica, p.root, p.pca]);
    const again = await officialCasOf(hostWithHome(dir), [reversed]);
    expect(again.byRole.policy?.sha256).toBe(set.byRole.policy?.sha256);
  });

  const refusals: { state: string; files: (p: NamedPki) => string[]; key: string }[] = [
    {
      state: "a foreign self-signed root placed before the real chain",
      files: (p) => [p.foreignRoot, p.root, p.pca, p.ica],
      key: "cli.error.ca.twoRoots",
    },
    { state: "a CA:false certificate carrying the root's name", files: (p) => [p.notCaRoot, p.pca, p.ica], key: "cli.error.ca.notCa" },
    { state: "a root whose key did not sign the PCA", files: (p) => [p.foreignRoot, p.pca, p.ica], key: "cli.error.ca.badSignature" },
    { state: "no root at all", files: (p) => [p.pca, p.ica], key: "cli.error.ca.noRoot" },
    { state: "two ICAs with one name and different keys", files: (p) => [p.root, p.pca, p.ica, p.otherIca], key: "cli.error.ca.sameName" },
    { state: "an ICA whose issuer is missing", files: (p) => [p.root, p.ica], key: "cli.error.ca.noIssuer" },
    // Issue 18.5: a well-formed hierarchy whose root is not named as the AZ root is some other CA.
    {
      state: "a hierarchy whose root carries no name of the AZ root",
      files: () => [pkis.unrelated.bundle],
      key: "cli.error.ca.notRootName",
    },
  ];
  for (const r of refusals) {
    it(`refuses ${r.state}, with the reason in az, en and ru`, async () => {
      const p = pkis.noSpace;
      const file = bundleOf(dir, `refuse-${r.key}.pem`, r.files(p));
      const err = await officialCasOf(hostWithHome(dir), [file]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      const u = err as UsageError;
      expect(u.key).toBe(r.key);
      for (const lang of LANGS) {
        expect(hasKey(lang, u.key)).toBe(true);
        const text = t(lang, u.key, u.values);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).toContain(file);
      }
    });
  }

  it("through the CLI: exit 64, one line in the user's language, before any check runs", async () => {
    const p = pkis.noSpace;
    const file = bundleOf(dir, "two-roots.pem", [p.foreignRoot, p.root, p.pca, p.ica]);
    const h = home(p, ALL);
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const r = await runCli(["certs", "--json", "--offline", "--lang", lang, "--ca", file], { env: { HOME: h } });
      expect(r.code).toBe(64);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trim().split("\n");
      expect(lines[0]).toContain(file);
      expect(lines[0]).not.toMatch(/cli\.error|\{\w+\}|at .*\.js/);
      seen.add(lines[0]!);
    }
    expect(seen.size).toBe(3);
  });

  it("a citizen's own certificate given as a CA is refused without printing its name", async () => {
    const p = pkis.official;
    const file = bundleOf(dir, "user-as-ca.pem", [p.root, p.pca, p.ica, p.user]);
    const err = (await officialCasOf(hostWithHome(dir), [file]).catch((e: unknown) => e)) as UsageError;
    expect(err.key).toBe("cli.error.ca.notCa");
    for (const lang of LANGS) expect(t(lang, err.key, err.values)).not.toContain("Test User");
  });
});

describe("the --ca structure with real NSS: the remedy does not loop", () => {
  it("after certs --fix with a file spelled like the notice, the root counts as installed and trusted", async () => {
    const p = pkis.noSpace;
    const h = join(dir, `home${++homes}`);
    mkdirSync(h);
    const r = await runCli(["certs", "--json", "--offline", "--lang", "en", "--ca", p.bundle, "--fix", "--yes"], { env: { HOME: h } });
    expect(r.stderr).toContain("Installed AZ Root Authority(RCA)");
    const after = await runCerts(h, { caFiles: [p.bundle], certFiles: [p.user] });
    for (const id of [ROOT, TRUSTED, INTER, CHAIN]) expect(after.get(id)!.status, id).toBe("pass");
    // The store the installed browser reads (issue 10.2): Debian's chromium >= 146 in a fresh
    // home reads the XDG one; with no such browser, the legacy one.
    const db = existsSync(join(h, ".pki", "nssdb")) ? join(h, ".pki", "nssdb") : join(h, ".local", "share", "pki", "nssdb");
    const list = execFileSync("certutil", ["-L", "-d", `sql:${db}`]).toString();
    expect(list).toMatch(/AZ Root Authority\(RCA\)\s+C,,/);
    expect(existsSync(join(db, "cert9.db"))).toBe(true);
    writeFileSync(join(h, "done"), "");
  });
});

describe("the system bundle (read by openssl and curl, not by Chrome) is searched in any spelling", () => {
  it('says the root is only in /etc/ssl/certs when it is there as "AZ Root Authority(RCA)" and not in the browser\'s store', async () => {
    const p = pkis.noSpace;
    const h = home(p, ["pca", "ica"]);
    const real = hostWithHome(h);
    const bundlePath = "/etc/ssl/certs/ca-certificates.crt";
    // The real NSS database and certutil; only the system bundle's content is this test's.
    const host: Host = {
      ...real,
      fs: {
        ...real.fs,
        exists: async (path: string) => (path === bundlePath ? true : real.fs.exists(path)),
        readText: async (path: string, o?: Parameters<Host["fs"]["readText"]>[1]) =>
          path === bundlePath ? readFileSync(p.root, "utf8") : real.fs.readText(path, o),
      },
    };
    const results = await runChecks(certsChecks, { host, options: runOptions({ offline: true, timeoutMs: 15_000 }) });
    const root = results.find((r) => r.id === ROOT)!;
    expect(`${root.status} ${root.code}`).toBe("fail ROOT_NOT_INSTALLED");
    expect(root.message.key).toBe("certs.rootInstalled.onlyElsewhere");
    expectRendersInEveryLanguage(results);
  });
});

describe("the token's certificates tell the roles too", () => {
  it("the root and intermediates checks wait for the token's hand-over and recognise the CAs through its chain", async () => {
    const p = pkis.unrelated;
    const h = home(p, ALL);
    const der = Buffer.from(readFileSync(p.user, "utf8").replace(/-----[^-]+-----|\s/g, ""), "base64").toString("base64");
    // The test's own check in the token's place, slower than the stores are to read.
    const token: CheckDefinition<TokenCertificatesOutput> = {
      id: TOKEN_CERTIFICATES_CHECK.id,
      group: "token",
      covers: [],
      title: "group.token",
      codes: { READ: { status: "pass" } },
      run: async () => {
        await new Promise((r) => setTimeout(r, 500));
        return {
          code: "READ",
          message: { key: "group.token" },
          output: { certificates: [{ derBase64: der, module: "/usr/lib/softhsm/libsofthsm2.so", slotId: 0, tokenLabel: "E-IMZA" }] },
        };
      },
    };
    const results = await runChecks([token as CheckDefinition, ...certsChecks], {
      host: hostWithHome(h),
      options: runOptions({ offline: true, timeoutMs: 15_000 }),
    });
    const byId = new Map(results.map((r) => [r.id, r]));
    expect(`${byId.get(ROOT)!.status} ${byId.get(ROOT)!.code}`).toBe("pass ROOT_INSTALLED");
    expect(byId.get(ROOT)!.data.method).toBe("chain");
    expect((byId.get(INTER)!.data.intermediates as { method: string }[]).map((i) => i.method)).toEqual(["chain", "chain"]);
    expect(`${byId.get(CHAIN)!.status} ${byId.get(CHAIN)!.code}`).toBe("pass CHAIN_OK");
  });
});
