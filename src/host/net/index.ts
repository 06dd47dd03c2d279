/**
 * The network probes checks use (the only place besides the host core that touches
 * node:dns, node:net, node:tls and node:http). Every function takes a deadline and the
 * check's abort signal, and never throws for a network failure: the failure is data.
 */
export { resolveName, type ResolveResult } from "./dns.js";
export { tcpConnect, type ConnectResult } from "./tcp.js";
export { tlsHandshake, type TlsResult } from "./tls.js";
export { probeLocal, type LocalProbeKind, type LocalProbeResult } from "./local-probe.js";
export { hasExternalInterface } from "./interfaces.js";
