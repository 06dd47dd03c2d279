import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** A real NSS shared DB in `db`, as Chrome makes it, holding `certs`. */
export function makeNssDb(db: string, certs: { file: string; nick: string; trust: string }[]): string {
  mkdirSync(db, { recursive: true });
  execFileSync("certutil", ["-N", "--empty-password", "-d", `sql:${db}`], { stdio: "ignore" });
  for (const c of certs) {
    execFileSync("certutil", ["-A", "-d", `sql:${db}`, "-n", c.nick, "-t", c.trust, "-a", "-i", c.file], { stdio: "ignore" });
  }
  return db;
}

/** A temporary HOME with a real NSS shared DB at ~/.pki/nssdb, as Chrome makes it. */
export function makeNssHome(home: string, certs: { file: string; nick: string; trust: string }[]): string {
  return makeNssDb(join(home, ".pki", "nssdb"), certs);
}
