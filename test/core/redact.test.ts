import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { redactDn, redactResults, redactString, REDACTED } from "../../src/core/redact.js";
import { pii } from "../../src/core/pii.js";
import { loadX509 } from "../../src/core/lazy.js";
import type { CheckResult } from "../../src/core/types.js";
import { tempDir } from "../helpers/tmp.js";

const dir = tempDir("gc-redact-");

/** A real certificate like a citizen's: name, FIN in SERIALNUMBER (2.5.4.5), given name, surname. */
function makeCitizenCert(): string {
  const cert = join(dir, "citizen.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      cert,
      "-days",
      "30",
      "-utf8",
      "-subj",
      "/C=AZ/O=Test E-Gov/CN=Əliyev Əli Vəli oğlu/serialNumber=AB12C3D/GN=Əli/SN=Əliyev/emailAddress=ali@example.az",
    ],
    { stdio: "pipe" },
  );
  return readFileSync(cert, "utf8");
}

const rc = { redact: true, homedir: "/home/aliyev", username: "aliyev" };

function result(data: Record<string, unknown>, values: CheckResult["message"]["values"] = {}): CheckResult {
  return {
    id: "x",
    group: "certs",
    status: "pass",
    covers: [],
    title: { key: "group.token" },
    message: { key: "group.certs", values },
    remedy: [],
    code: "OK",
    dependsOn: [],
    durationMs: 1,
    data,
  };
}

describe("redaction of a real certificate's subject", async () => {
  const x509 = await loadX509();
  const cert = new x509.X509Certificate(makeCitizenCert());
  const subject = cert.subject;

  it("reads the personal fields the way the checks will see them", () => {
    expect(subject).toContain("2.5.4.5=AB12C3D");
    expect(subject).toContain("Əliyev");
  });

  it("hides name, FIN, given name, surname and e-mail but keeps organisation and country", () => {
    const [r] = redactResults(
      [result({ subject: pii(subject, "dn"), serial: pii(cert.serialNumber, "serial") }, { holder: pii(subject, "dn") })],
      rc,
    );
    const text = JSON.stringify(r);
    for (const secret of ["AB12C3D", "Əliyev", "Əli", "ali@example.az", cert.serialNumber]) expect(text).not.toContain(secret);
    expect(r!.data.subject).toContain("O=Test E-Gov");
    expect(r!.data.subject).toContain("C=AZ");
    expect(r!.data.subject).toContain(`2.5.4.5=${REDACTED}`);
    expect(r!.data.serial).toBe(REDACTED);
    expect(r!.message.values!.holder).toBe(r!.data.subject);
  });

  it("gives the plain values back with --no-redact", () => {
    const [r] = redactResults([result({ subject: pii(subject, "dn"), serial: pii(cert.serialNumber, "serial") })], {
      ...rc,
      redact: false,
    });
    expect(r!.data).toEqual({ subject, serial: cert.serialNumber });
  });
});

describe("redactDn", () => {
  it("honours escaped commas and quoted values", () => {
    expect(redactDn('CN=Doe\\, John, O="Org, Inc", C=AZ')).toBe(`CN=${REDACTED}, O="Org, Inc", C=AZ`);
  });
  it("treats multi-valued RDNs attribute by attribute", () => {
    expect(redactDn("CN=Ali+SERIALNUMBER=AB12C3D, O=X")).toBe(`CN=${REDACTED}, SERIALNUMBER=${REDACTED}, O=X`);
  });
});

describe("user names in paths", () => {
  it("are taken out of POSIX, macOS and Windows home paths everywhere in a result", () => {
    expect(redactString("/home/aliyev/.pki/nssdb", rc)).toBe("/home/<user>/.pki/nssdb");
    expect(redactString("/Users/vali/Library/Keychains", rc)).toBe("/Users/<user>/Library/Keychains");
    expect(redactString("C:\\Users\\Vəli\\AppData\\Local\\Google", rc)).toBe("C:\\Users\\<user>\\AppData\\Local\\Google");
    expect(redactString("C:\\Users\\Public\\Desktop", rc)).toBe("C:\\Users\\Public\\Desktop");
    expect(redactString("/srv/home-of/aliyev2", { ...rc, homedir: "/srv/home-of/aliyev2" })).toBe("~");
    const [r] = redactResults([result({ nested: { paths: ["/home/aliyev/a", "/opt/x"] } }, { file: "/home/aliyev/r.md" })], rc);
    expect(r!.data).toEqual({ nested: { paths: ["/home/<user>/a", "/opt/x"] } });
    expect(r!.message.values!.file).toBe("/home/<user>/r.md");
  });
  it("are kept with --no-redact", () => {
    expect(redactString("/home/aliyev/.pki", { ...rc, redact: false })).toBe("/home/aliyev/.pki");
  });
  it("never lets the internal hand-over reach a renderer", () => {
    const [r] = redactResults([{ ...result({}), output: { secret: "x" } }], rc);
    expect(r!.output).toBeUndefined();
  });
});
