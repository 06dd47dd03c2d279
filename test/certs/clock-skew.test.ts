import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { startFileServer } from "./helpers/services.js";
import { makeCert, opensslDate } from "../token/parts.js";
import { durationMsg } from "../../src/certs/clock-skew.js";
import { t } from "../../src/i18n/catalog.js";

/**
 * Issue 10.5: a clock wrong by more than a certificate can absorb fails. Loopback HTTP
 * servers give the portal's Date header (GUZESTLI_CLOCK_URL), shifted from the real
 * time; certificates made by openssl sit on either side of the shifted moment. Each
 * case has its truth beside it; every case runs in az, en and ru.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const dir = tempDir("gc-certs-clock-");
const servers: Array<() => Promise<void>> = [];
const urls = new Map<number, string>();
const certs: Record<string, string> = {};
let home: string;

interface Case {
  name: string;
  /** The portal's time minus the real time. */
  portalOffsetMs: number;
  cert: "valid" | "endsInAnHour" | "endedAnHourAgo";
  truth: { clock: [string, string]; validity: [string, string]; says?: RegExp };
}

const CASES: Case[] = [
  { name: "clock right", portalOffsetMs: 0, cert: "valid", truth: { clock: ["pass", "CLOCK_OK"], validity: ["pass", "CERT_VALID"] } },
  {
    name: "an hour ahead, no certificate affected: a warning",
    portalOffsetMs: -HOUR,
    cert: "valid",
    truth: { clock: ["warn", "CLOCK_SKEW"], validity: ["pass", "CERT_VALID"], says: /1 hour ahead/ },
  },
  {
    name: "two days ahead: more than a day fails",
    portalOffsetMs: -2 * DAY,
    cert: "valid",
    truth: { clock: ["fail", "CLOCK_WRONG"], validity: ["pass", "CERT_VALID"], says: /2 days ahead/ },
  },
  {
    name: "two years behind: fails in days, and by the portal's time the certificate has expired",
    portalOffsetMs: 730 * DAY,
    cert: "valid",
    truth: { clock: ["fail", "CLOCK_WRONG"], validity: ["fail", "CERT_EXPIRED"], says: /730 days behind/ },
  },
  {
    name: "three hours behind, a certificate ending within them: the skew flips it",
    portalOffsetMs: 3 * HOUR,
    cert: "endsInAnHour",
    truth: { clock: ["fail", "CLOCK_WRONG"], validity: ["fail", "CERT_EXPIRED"], says: /3 hours behind/ },
  },
  {
    name: "three hours ahead, a certificate ended an hour ago by this clock but valid by the portal's",
    portalOffsetMs: -3 * HOUR,
    cert: "endedAnHourAgo",
    truth: { clock: ["fail", "CLOCK_WRONG"], validity: ["fail", "CERT_CLOCK_WRONG"], says: /3 hours ahead/ },
  },
];

beforeAll(async () => {
  const mk = (name: string, start: number, endMs: number) =>
    makeCert(dir, name, { cn: "Saat Sınağı", fin: "1CLK234", start: opensslDate(start), end: opensslDate(endMs / DAY) }).certDer;
  certs.valid = mk("valid", -30, 400 * DAY);
  certs.endsInAnHour = mk("ends", -400, HOUR);
  certs.endedAnHourAgo = mk("ended", -400, -HOUR);
  for (const c of CASES) {
    if (urls.has(c.portalOffsetMs)) continue;
    const s = await startFileServer(
      { "/": () => Buffer.from("portal") },
      { dateHeader: () => new Date(Date.now() + c.portalOffsetMs).toUTCString() },
    );
    servers.push(s.close);
    urls.set(c.portalOffsetMs, `http://127.0.0.1:${s.port}/`);
  }
  home = join(dir, "home");
  mkdirSync(home, { recursive: true });
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s()));
});

describe("the clock against the portal's Date header", () => {
  for (const c of CASES) {
    for (const lang of ["az", "en", "ru"] as const) {
      it(`${c.name} (${lang}): ${c.truth.clock.join(" ")}, ${c.truth.validity.join(" ")}`, async () => {
        const r = await runCli(["certs", "--cert", certs[c.cert]!, "--json", "--lang", lang, "--timeout", "4000"], {
          env: { HOME: home, GUZESTLI_CLOCK_URL: urls.get(c.portalOffsetMs)! },
        });
        const doc = JSON.parse(r.stdout) as {
          checks: Array<{ id: string; status: string; code: string; message: string; remedy: string[]; data: Record<string, unknown> }>;
        };
        const clock = doc.checks.find((x) => x.id === "certs.clock")!;
        const validity = doc.checks.find((x) => x.id === "certs.user-validity")!;
        expect([clock.status, clock.code]).toEqual(c.truth.clock);
        expect([validity.status, validity.code]).toEqual(c.truth.validity);
        if (c.truth.says && lang === "en") expect(clock.message).toMatch(c.truth.says);
        // Never minutes by the hundred thousand.
        expect(clock.message).not.toMatch(/\d{4,}/);
        for (const x of [clock, validity]) {
          for (const text of [x.message, ...x.remedy]) {
            expect(text).not.toMatch(/\{\w+\}/);
            expect(text).not.toMatch(/\bcerts\.[a-z]+\.[A-Za-z.]+/);
          }
        }
        if (c.truth.clock[0] !== "pass") expect(clock.remedy.length).toBeGreaterThan(0);
      }, 60_000);
    }
  }
});

describe("durations as people say them (Russian in full plural forms, #21.13)", () => {
  const cases: Array<[number, string, string, string]> = [
    [60, "1 minute", "1 dəqiqə", "1 минуту"],
    [3600, "1 hour", "1 saat", "1 час"],
    [3 * 3600 + 20 * 60, "3 hours 20 minutes", "3 saat 20 dəqiqə", "3 часа 20 минут"],
    [730 * 86400, "730 days", "730 gün", "730 дней"],
    [2 * 86400 + 5 * 3600, "2 days 5 hours", "2 gün 5 saat", "2 дня 5 часов"],
    [-86400, "1 day", "1 gün", "1 день"],
    [10_799, "3 hours", "3 saat", "3 часа"],
    [3_599, "1 hour", "1 saat", "1 час"],
  ];
  for (const [seconds, en, az, ru] of cases) {
    it(`${seconds} s`, () => {
      const m = durationMsg(seconds);
      expect([t("en", m), t("az", m), t("ru", m)]).toEqual([en, az, ru]);
    });
  }
});
