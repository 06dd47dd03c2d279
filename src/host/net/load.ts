/**
 * node:tls, node:https and node:dns cost start-up time that `--help`, `list` and
 * `explain` do not need, so checks load the network probes when they run.
 */
export type NetProbes = typeof import("./index.js");

let net: Promise<NetProbes> | undefined;
export function loadNet(): Promise<NetProbes> {
  net ??= import("./index.js");
  return net;
}
