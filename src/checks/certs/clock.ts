import type { CheckDefinition, Outcome } from "../../core/types.js";

/** The portal whose clock counts: certificates are judged against it at login. */
export const PORTAL_URL = "https://www.e-gov.az";
const MAX_SKEW_SECONDS = 300;

/**
 * A certificate is judged with the local clock, so a wrong clock breaks login
 * (not yet valid / expired). Compares with the portal's HTTP Date header.
 */
export const clockCheck: CheckDefinition = {
  id: "certs.clock",
  group: "certs",
  covers: ["EIMZA-VALIDITY"],
  network: true,
  title: "certs.clock.title",
  codes: { CLOCK_OK: "pass", CLOCK_SKEW: "warn", CLOCK_UNCHECKED: "skip" },
  async run(ctx): Promise<Outcome> {
    const url = ctx.host.env.GUZESTLI_CLOCK_URL || PORTAL_URL;
    const before = ctx.host.now().getTime();
    let date: string | undefined;
    try {
      const res = await ctx.host.http.request(url, { method: "HEAD", timeoutMs: Math.min(ctx.budgetMs, 8000), signal: ctx.signal, maxBytes: 64 * 1024 });
      date = res.headers["date"];
    } catch (e) {
      return { status: "skip", code: "CLOCK_UNCHECKED", message: { key: "certs.clock.unchecked", values: { url, reason: String((e as Error).message ?? e).split("\n")[0]!.slice(0, 160) } } };
    }
    const after = ctx.host.now().getTime();
    const server = date ? Date.parse(date) : NaN;
    if (Number.isNaN(server)) {
      return { status: "skip", code: "CLOCK_UNCHECKED", message: { key: "certs.clock.unchecked", values: { url, reason: "no Date header" } } };
    }
    // The Date header has one-second resolution and is stamped somewhere during the exchange.
    const local = (before + after) / 2;
    const skewSeconds = Math.round((local - server) / 1000);
    const data = { url, serverDate: new Date(server).toISOString(), localDate: new Date(local).toISOString(), skewSeconds, maxSkewSeconds: MAX_SKEW_SECONDS };
    if (Math.abs(skewSeconds) > MAX_SKEW_SECONDS) {
      return {
        status: "warn",
        code: "CLOCK_SKEW",
        message: { key: skewSeconds > 0 ? "certs.clock.ahead" : "certs.clock.behind", values: { minutes: Math.round(Math.abs(skewSeconds) / 60) } },
        remedy: [{ key: "certs.remedy.checkClock" }],
        data,
      };
    }
    return { status: "pass", code: "CLOCK_OK", message: { key: "certs.clock.pass", values: { seconds: Math.abs(skewSeconds) } }, data };
  },
};
