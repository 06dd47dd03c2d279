import { defineCheck } from "../../core/define-check.js";
import { duration } from "../../core/duration.js";
import type { ConnectResult } from "../../host/net/index.js";
import { NETWORK_DNS_CHECK, NETWORK_TCP_CHECK, PORTAL, portalTarget, stepDeadline } from "./portal-target.js";
import { loadNet } from "../../host/net/load.js";

/** Step 2: a TCP connection to the portal's HTTPS port opens. */
export const networkTcpCheck = defineCheck({
  id: NETWORK_TCP_CHECK,
  group: "network",
  covers: [],
  network: true,
  dependsOn: [NETWORK_DNS_CHECK],
  title: "network.tcp.title",
  // The port really tried: GUZESTLI_PORTAL_PORT may point the checks elsewhere.
  titleValues: (host) => ({ port: host ? portalTarget(host).port : PORTAL.port }),
  codes: {
    TCP_OK: { status: "pass" },
    TCP_REFUSED: { status: "fail", remedy: ["network.remedy.firewall", "network.remedy.otherNetwork", "network.remedy.hotline"] },
    TCP_TIMEOUT: { status: "fail", remedy: ["network.remedy.firewall", "network.remedy.otherNetwork", "network.remedy.hotline"] },
    TCP_UNREACHABLE: { status: "fail", remedy: ["network.remedy.connect", "network.remedy.router"] },
    TCP_FAILED: { status: "fail", remedy: ["network.remedy.firewall", "network.remedy.otherNetwork", "network.remedy.hotline"] },
  },
  async run(ctx) {
    const dns = ctx.dep(NETWORK_DNS_CHECK);
    if (!dns) throw new Error("network.dns produced no addresses");
    const { target } = dns;
    // IPv4 first: it is what works on most home networks; the deadline covers all tries.
    const addresses = [...dns.addresses.filter((a) => !a.includes(":")), ...dns.addresses.filter((a) => a.includes(":"))].slice(0, 3);
    const until = Date.now() + stepDeadline(ctx.budgetMs);
    const tries: Array<ConnectResult & { address: string }> = [];
    for (const address of addresses) {
      const left = until - Date.now();
      if (left < 50) break;
      const r = await (await loadNet()).tcpConnect(address, target.port, { timeoutMs: left, signal: ctx.signal });
      tries.push({ ...r, address });
      if (r.ok) {
        return {
          code: "TCP_OK",
          message: { key: "network.tcp.ok", values: { host: target.host, port: target.port, duration: duration(r.durationMs) } },
          data: { host: target.host, port: target.port, address, tries },
          output: { target, address },
        };
      }
    }
    const last = tries[tries.length - 1];
    const failure = last?.failure ?? "timeout";
    const code =
      failure === "refused"
        ? "TCP_REFUSED"
        : failure === "timeout" || failure === "aborted"
          ? "TCP_TIMEOUT"
          : failure === "unreachable"
            ? "TCP_UNREACHABLE"
            : "TCP_FAILED";
    return {
      code,
      message: {
        key: `network.tcp.${code}`,
        values: { host: target.host, port: target.port, duration: duration(last?.durationMs ?? 0), reason: last?.errorCode ?? failure },
      },
      remedy:
        code === "TCP_UNREACHABLE"
          ? [{ key: "network.remedy.connect" }, { key: "network.remedy.router" }]
          : [{ key: "network.remedy.firewall" }, { key: "network.remedy.otherNetwork" }, { key: "network.remedy.hotline" }],
      data: { host: target.host, port: target.port, tries },
    };
  },
});
