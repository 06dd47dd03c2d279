import { checkHandle } from "../../core/define-check.js";
import { defineCheck } from "../../core/define-check.js";
import type { CheckDefinition } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { officialCas, userCertificates } from "../../certs/inputs.js";
import { EXPECTED_CAS } from "../../certs/expected-cas.js";
import { sameName, type CertInfo } from "../../certs/cert-info.js";
import { durationMsg, portalNow, validityAt, type ClockOutput } from "../../certs/clock-skew.js";
import { STORES, storesOf } from "./shared.js";

/** The portal whose clock counts: certificates are judged against it at login. */
export const PORTAL_URL = "https://www.e-gov.az";
export const CLOCK = checkHandle<ClockOutput>("certs.clock");
/** Beyond this the clock is worth setting right (a warning). */
const MAX_SKEW_SECONDS = 300;
/** Beyond this no certificate's margin absorbs it: a failure whatever the certificates say. */
const MAX_TOLERATED_SKEW_SECONDS = 24 * 60 * 60;

/**
 * A certificate is judged with the local clock, so a wrong clock breaks login
 * (not yet valid / expired). Compares with the portal's HTTP Date header. A skew that
 * flips any certificate's validity (the user's, or the national CAs'), or exceeds a
 * day, fails; the validity checks then judge by the portal's time too.
 */
export const clockCheck = defineCheck({
  id: CLOCK,
  group: "certs",
  covers: ["EIMZA-VALIDITY"],
  network: true,
  uses: [STORES, TOKEN_CERTIFICATES_CHECK],
  title: "certs.clock.title",
  codes: {
    CLOCK_OK: { status: "pass" },
    CLOCK_SKEW: { status: "warn", remedy: ["certs.remedy.checkClock"] },
    CLOCK_WRONG: { status: "fail", remedy: ["certs.remedy.checkClock"] },
    CLOCK_UNCHECKED: { status: "error" },
  },
  async run(ctx) {
    const url = ctx.host.env.GUZESTLI_CLOCK_URL || PORTAL_URL;
    const before = ctx.host.now().getTime();
    let date: string | undefined;
    try {
      const res = await ctx.host.http.request(url, {
        method: "HEAD",
        timeoutMs: Math.min(ctx.budgetMs, 8000),
        signal: ctx.signal,
        maxBytes: 64 * 1024,
      });
      date = res.headers.date;
    } catch (e) {
      return {
        code: "CLOCK_UNCHECKED",
        message: {
          key: "certs.clock.unchecked",
          values: {
            url,
            reason: String((e as Error).message ?? e)
              .split("\n")[0]!
              .slice(0, 160),
          },
        },
      };
    }
    const after = ctx.host.now().getTime();
    const server = date ? Date.parse(date) : NaN;
    if (Number.isNaN(server)) {
      return {
        code: "CLOCK_UNCHECKED",
        message: { key: "certs.clock.unchecked", values: { url, reason: "no Date header" } },
      };
    }
    // The Date header has one-second resolution and is stamped somewhere during the exchange.
    const local = (before + after) / 2;
    const skewSeconds = Math.round((local - server) / 1000);
    const flipped = await flippedCertificates(ctx, new Date(local), skewSeconds);
    const wrong = Math.abs(skewSeconds) > MAX_TOLERATED_SKEW_SECONDS || flipped.length > 0;
    const data = {
      url,
      serverDate: new Date(server).toISOString(),
      localDate: new Date(local).toISOString(),
      skewSeconds,
      maxSkewSeconds: MAX_SKEW_SECONDS,
      maxToleratedSkewSeconds: MAX_TOLERATED_SKEW_SECONDS,
      // Each certificate whose verdict the wrong clock changes: by this computer, by the portal.
      flipped,
    };
    const output: ClockOutput = { skewSeconds, wrong };
    const skew = durationMsg(skewSeconds);
    const direction = skewSeconds > 0 ? "ahead" : "behind";
    if (wrong) {
      return {
        code: "CLOCK_WRONG",
        message: {
          key: flipped.length > 0 ? `certs.clock.wrong.${direction}.flips` : `certs.clock.wrong.${direction}`,
          values: { skew, count: flipped.length },
        },
        remedy: [{ key: "certs.remedy.checkClock" }],
        data,
        output,
      };
    }
    if (Math.abs(skewSeconds) > MAX_SKEW_SECONDS) {
      return {
        code: "CLOCK_SKEW",
        message: { key: `certs.clock.${direction}`, values: { skew } },
        remedy: [{ key: "certs.remedy.checkClock" }],
        data,
        output,
      };
    }
    return {
      code: "CLOCK_OK",
      message: { key: "certs.clock.pass", values: { seconds: Math.abs(skewSeconds) } },
      data,
      output,
    };
  },
});

/** The certificates that matter for signing whose validity differs by this clock and by the portal's. */
async function flippedCertificates(ctx: Parameters<CheckDefinition["run"]>[0], local: Date, skewSeconds: number) {
  const portal = portalNow(local, skewSeconds);
  const certs = new Map<string, { info: CertInfo; personal: boolean }>();
  for (const u of await userCertificates(ctx)) certs.set(u.info.sha256, { info: u.info, personal: true });
  const cas = [
    ...(await officialCas(ctx)),
    ...(storesOf(ctx)
      ?.stored.filter((s) => s.usedByBrowser)
      .map((s) => s.info) ?? []),
  ];
  for (const c of cas) {
    if (c.isCa && EXPECTED_CAS.some((e) => sameName(e.commonName, c.commonName))) certs.set(c.sha256, { info: c, personal: false });
  }
  const out: { name: unknown; sha256: string; byComputer: string; byPortal: string }[] = [];
  for (const { info, personal } of certs.values()) {
    const byComputer = validityAt(info, local);
    const byPortal = validityAt(info, portal);
    if (byComputer !== byPortal)
      out.push({ name: personal ? pii(info.subject, "dn") : info.commonName, sha256: info.sha256, byComputer, byPortal });
  }
  return out;
}
