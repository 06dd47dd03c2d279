import { defineCheck } from "../../core/define-check.js";
import { duration } from "../../core/duration.js";
import { NETWORK_DNS_CHECK, PORTAL, portalTarget, stepDeadline } from "./portal-target.js";
import { loadNet } from "../../host/net/load.js";

/** Step 1 of reaching the portal: its name resolves to an address. */
export const networkDnsCheck = defineCheck({
  id: NETWORK_DNS_CHECK,
  group: "network",
  covers: [],
  network: true,
  title: "network.dns.title",
  codes: {
    DNS_OK: { status: "pass" },
    NO_INTERNET: { status: "fail", remedy: ["network.remedy.connect", "network.remedy.router"] },
    DNS_NOT_FOUND: { status: "fail", remedy: ["network.remedy.otherSite", "network.remedy.dnsServer", "network.remedy.router"] },
    DNS_NO_ANSWER: { status: "fail", remedy: ["network.remedy.otherSite", "network.remedy.dnsServer", "network.remedy.router"] },
    DNS_TIMEOUT: { status: "fail", remedy: ["network.remedy.otherSite", "network.remedy.dnsServer", "network.remedy.router"] },
    DNS_FAILED: { status: "fail", remedy: ["network.remedy.otherSite", "network.remedy.dnsServer", "network.remedy.router"] },
  },
  async run(ctx) {
    const target = portalTarget(ctx.host);
    const { resolveName, hasExternalInterface } = await loadNet();
    const r = await resolveName(target.host, { timeoutMs: stepDeadline(ctx.budgetMs), signal: ctx.signal });
    const data = {
      host: target.host,
      port: target.port,
      // Set when GUZESTLI_PORTAL_HOST / _PORT aimed the checks elsewhere, so a report shows it.
      ...(target.overridden ? { overridden: true } : {}),
      durationMs: r.durationMs,
      errorCode: r.errorCode,
      source: PORTAL.source,
    };
    if (r.ok) {
      return {
        code: "DNS_OK",
        message: { key: "network.dns.ok", values: { host: target.host, address: r.addresses[0]! } },
        data: { ...data, addresses: r.addresses },
        output: { target, addresses: r.addresses },
      };
    }
    if (!hasExternalInterface()) {
      return {
        code: "NO_INTERNET",
        message: { key: "network.noInternet" },
        remedy: [{ key: "network.remedy.connect" }, { key: "network.remedy.router" }],
        data,
      };
    }
    const code =
      r.failure === "not-found"
        ? "DNS_NOT_FOUND"
        : r.failure === "no-answer"
          ? "DNS_NO_ANSWER"
          : r.failure === "timeout" || r.failure === "aborted"
            ? "DNS_TIMEOUT"
            : "DNS_FAILED";
    return {
      code,
      message: {
        key: `network.dns.${code}`,
        values: { host: target.host, duration: duration(r.durationMs), reason: r.errorCode ?? r.failure ?? "?" },
      },
      remedy: [{ key: "network.remedy.otherSite" }, { key: "network.remedy.dnsServer" }, { key: "network.remedy.router" }],
      data,
    };
  },
});
