import { defineCheck } from "../../core/define-check.js";
import { duration } from "../../core/duration.js";
import { NETWORK_TCP_CHECK, NETWORK_TLS_CHECK, stepDeadline } from "./portal-target.js";
import { loadNet } from "../../host/net/load.js";

/** Verification codes that mean the clock, not the network, is wrong. */
const CLOCK_ERRORS = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
const NAME_ERRORS = new Set(["ERR_TLS_CERT_ALTNAME_INVALID", "HOSTNAME_MISMATCH"]);

/**
 * Step 3: the TLS handshake with the portal completes and its certificate chains to a
 * public CA. A certificate from anyone else means something on the way (an antivirus
 * "HTTPS scanning", a company or school proxy) reads the traffic, which is a known
 * cause of failed E-İmza logins.
 */
export const networkTlsCheck = defineCheck({
  id: NETWORK_TLS_CHECK,
  group: "network",
  covers: [],
  network: true,
  dependsOn: [NETWORK_TCP_CHECK],
  title: "network.tls.title",
  codes: {
    TLS_OK: { status: "pass" },
    TLS_INTERCEPTED: { status: "fail", remedy: ["network.remedy.antivirus", "network.remedy.proxy", "network.remedy.otherNetwork"] },
    TLS_NAME_MISMATCH: { status: "fail", remedy: ["network.remedy.antivirus", "network.remedy.proxy", "network.remedy.otherNetwork"] },
    TLS_CLOCK: { status: "fail", remedy: ["network.remedy.clock"] },
    TLS_TIMEOUT: { status: "fail", remedy: ["network.remedy.antivirus", "network.remedy.proxy", "network.remedy.otherNetwork"] },
    TLS_FAILED: { status: "fail", remedy: ["network.remedy.antivirus", "network.remedy.proxy", "network.remedy.otherNetwork"] },
  },
  async run(ctx) {
    const tcp = ctx.dep(NETWORK_TCP_CHECK);
    if (!tcp) throw new Error("network.tcp produced no address");
    const { target, address } = tcp;
    const r = await (await loadNet()).tlsHandshake(address, target.port, {
      servername: target.host,
      timeoutMs: stepDeadline(ctx.budgetMs),
      signal: ctx.signal,
    });
    const data = {
      host: target.host,
      port: target.port,
      address,
      durationMs: r.durationMs,
      issuer: r.issuer,
      subject: r.subject,
      validTo: r.validTo,
      protocol: r.protocol,
      verifyError: r.authorizationError,
      errorCode: r.errorCode,
    };
    if (!r.handshake) {
      const timeout = r.failure === "timeout" || r.failure === "aborted";
      return {
        code: timeout ? "TLS_TIMEOUT" : "TLS_FAILED",
        message: {
          key: timeout ? "network.tls.timeout" : "network.tls.failed",
          values: { host: target.host, duration: duration(r.durationMs), reason: r.errorCode ?? r.failure ?? "?" },
        },
        remedy: [{ key: "network.remedy.antivirus" }, { key: "network.remedy.firewall" }, { key: "network.remedy.otherNetwork" }],
        data,
      };
    }
    if (r.trusted) {
      return {
        code: "TLS_OK",
        message: { key: "network.tls.ok", values: { host: target.host, issuer: r.issuer ?? "?" } },
        data,
      };
    }
    const err = r.authorizationError ?? "";
    if (CLOCK_ERRORS.has(err)) {
      return {
        code: "TLS_CLOCK",
        message: { key: "network.tls.clock", values: { host: target.host, validTo: r.validTo ?? "?", now: ctx.host.now().toISOString() } },
        remedy: [{ key: "network.remedy.clock" }],
        data,
      };
    }
    if (NAME_ERRORS.has(err)) {
      return {
        code: "TLS_NAME_MISMATCH",
        message: { key: "network.tls.nameMismatch", values: { host: target.host, subject: r.subject ?? "?" } },
        remedy: [{ key: "network.remedy.antivirus" }, { key: "network.remedy.proxy" }, { key: "network.remedy.otherNetwork" }],
        data,
      };
    }
    return {
      code: "TLS_INTERCEPTED",
      message: { key: "network.tls.intercepted", values: { host: target.host, issuer: r.issuer ?? "?", reason: err || "?" } },
      remedy: [{ key: "network.remedy.antivirus" }, { key: "network.remedy.proxy" }, { key: "network.remedy.otherNetwork" }],
      data,
    };
  },
});
