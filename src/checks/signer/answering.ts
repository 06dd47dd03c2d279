import { defineCheck } from "../../core/define-check.js";
import { listeningPorts, type ListeningSocket } from "../../host/ports/index.js";
import type { LocalProbeKind, LocalProbeResult } from "../../host/net/index.js";
import { queryDeadline, reasonOf, SIGNER_ANSWERING_CHECK, SIGNER_RUNNING_CHECK } from "./shared.js";
import { loadNet } from "../../host/net/load.js";

const PROBE_KINDS: readonly LocalProbeKind[] = ["http", "https", "ws", "wss"];
/** A local program answers in milliseconds; a longer wait means it is stuck. */
const PROBE_DEADLINE_MS = 1500;

/**
 * EIMZA-SIGNER-WORKING (second half): the running signer answers the way the portal's
 * page talks to it. Its ports are not documented, so they are read from the process
 * (plus any the catalogue knows), and each is probed on loopback with HTTP, HTTPS,
 * and a WebSocket upgrade over both, with a short deadline.
 */
export const signerAnsweringCheck = defineCheck({
  id: SIGNER_ANSWERING_CHECK,
  group: "signer",
  covers: ["EIMZA-SIGNER-WORKING"],
  dependsOn: [SIGNER_RUNNING_CHECK],
  title: "signer.answering.title",
  budgetFactor: 2,
  readsWindowsInventory: true,
  codes: {
    SIGNER_ANSWERING: { status: "pass" },
    SIGNER_NOT_LISTENING: {
      status: "fail",
      remedy: ["signer.remedy.restartSigner", "signer.remedy.firewall", "signer.remedy.reinstall", "signer.remedy.hotline"],
    },
    SIGNER_NOT_ANSWERING: {
      status: "fail",
      remedy: ["signer.remedy.restartSigner", "signer.remedy.firewall", "signer.remedy.reinstall", "signer.remedy.hotline"],
    },
    SIGNER_PORTS_UNKNOWN: {
      status: "error",
      remedy: ["signer.answering.portsUnknown.remedy"],
      helperSteps: ["signer.answering.portsUnknown.remedy"],
    },
  },
  async run(ctx) {
    const running = ctx.dep(SIGNER_RUNNING_CHECK);
    const pids = [...new Set((running?.processes ?? []).map((p) => p.pid))];
    const knownPorts = running?.knownPorts ?? [];
    let sockets: ListeningSocket[] = [];
    let lookupError: string | undefined;
    try {
      sockets = await listeningPorts(ctx.host, pids, { timeoutMs: queryDeadline(ctx) / 2, signal: ctx.signal });
    } catch (e) {
      lookupError = reasonOf(e);
    }
    const targets = new Map<number, string>();
    for (const s of sockets) if (!targets.has(s.port)) targets.set(s.port, s.address === "::1" ? "::1" : "127.0.0.1");
    for (const p of knownPorts) if (!targets.has(p)) targets.set(p, "127.0.0.1");

    if (targets.size === 0) {
      if (lookupError !== undefined) {
        return {
          code: "SIGNER_PORTS_UNKNOWN",
          message: { key: "signer.answering.portsUnknown", values: { reason: lookupError } },
          remedy: [{ key: "signer.answering.portsUnknown.remedy" }],
        };
      }
      return {
        code: "SIGNER_NOT_LISTENING",
        message: { key: "signer.answering.notListening" },
        remedy: [{ key: "signer.remedy.restartSigner" }, { key: "signer.remedy.reinstall" }, { key: "signer.remedy.hotline" }],
        data: { pids },
      };
    }

    const { probeLocal } = await loadNet();
    const deadline = Math.min(PROBE_DEADLINE_MS, Math.max(100, Math.floor(ctx.budgetMs / 3)));
    const probes: LocalProbeResult[] = await Promise.all(
      [...targets].flatMap(([port, address]) =>
        PROBE_KINDS.map((kind) => probeLocal(port, kind, { address, timeoutMs: deadline, signal: ctx.signal })),
      ),
    );
    const ports = [...targets.keys()].map((port) => ({
      port,
      answers: probes.filter((p) => p.port === port && p.answered).map((p) => p.kind),
      failures: probes.filter((p) => p.port === port && !p.answered).map((p) => `${p.kind}:${p.failure ?? "?"}`),
    }));
    const answering = ports.filter((p) => p.answers.length > 0);
    const data = { pids, ports, ...(lookupError ? { portLookupError: lookupError } : {}) };
    if (answering.length > 0) {
      return {
        code: "SIGNER_ANSWERING",
        message: {
          key: "signer.answering.yes",
          values: { ports: answering.map((p) => `${p.port} (${p.answers.join(", ")})`).join("; ") },
        },
        data,
      };
    }
    return {
      code: "SIGNER_NOT_ANSWERING",
      message: { key: "signer.answering.no", values: { ports: ports.map((p) => p.port).join(", ") } },
      remedy: [
        { key: "signer.remedy.restartSigner" },
        { key: "signer.remedy.firewall" },
        { key: "signer.remedy.reinstall" },
        { key: "signer.remedy.hotline" },
      ],
      data,
    };
  },
});
