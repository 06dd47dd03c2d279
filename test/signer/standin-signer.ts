import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * A stand-in for the "Online imzalayıcı": a real, separate process with its own name
 * (node started through a symlink, so /proc/<pid>/comm shows that name) that listens
 * on loopback and answers HTTP and WebSocket upgrades the way a local signer does.
 * Modes: "answer" (HTTP + WebSocket), "silent" (accepts connections, never answers),
 * "nolisten" (runs, opens no port).
 */
const SCRIPT = `
import http from "node:http";
import crypto from "node:crypto";
const mode = process.argv[2];
if (mode === "nolisten") {
  setInterval(() => {}, 60_000);
  process.stdout.write(JSON.stringify({ port: null }) + "\\n");
} else {
  const server = http.createServer((req, res) => {
    if (mode === "silent") return;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ signer: "standin", version: "1.0" }));
  });
  server.on("upgrade", (req, socket) => {
    if (mode === "silent") return;
    const accept = crypto.createHash("sha1").update(req.headers["sec-websocket-key"] + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest("base64");
    socket.write("HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\nSec-WebSocket-Accept: " + accept + "\\r\\n\\r\\n");
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(JSON.stringify({ port: server.address().port }) + "\\n"));
}
`;

export interface StandinWorld {
  dir: string;
  /** Process name (<= 15 chars so Linux comm keeps it whole). */
  processName: string;
  displayName: string;
  catalogFile: string;
  /** XDG_DATA_HOME to use; install() puts a desktop entry there. */
  dataHome: string;
  env: Record<string, string>;
  install(): void;
  start(mode: "answer" | "silent" | "nolisten"): Promise<{ pid: number; port: number | null; child: ChildProcess }>;
  stopAll(): void;
}

export function makeStandinWorld(): StandinWorld {
  const dir = mkdtempSync(join(tmpdir(), "gc-signer-"));
  const tag = randomBytes(4).toString("hex");
  const processName = `sgn-${tag}`;
  const displayName = `Standin Signer ${tag}`;
  const script = join(dir, "standin.mjs");
  writeFileSync(script, SCRIPT);
  const exe = join(dir, processName);
  symlinkSync(process.execPath, exe);
  const catalogFile = join(dir, "signers.json");
  writeFileSync(
    catalogFile,
    JSON.stringify([{ id: `standin-${tag}`, names: [displayName], processNames: [processName], source: "test stand-in" }]),
  );
  const dataHome = join(dir, "share");
  mkdirSync(join(dataHome, "applications"), { recursive: true });
  const children: ChildProcess[] = [];
  return {
    dir,
    processName,
    displayName,
    catalogFile,
    dataHome,
    env: { GUZESTLI_SIGNER_CATALOG: catalogFile, XDG_DATA_HOME: dataHome },
    install() {
      writeFileSync(
        join(dataHome, "applications", `${processName}.desktop`),
        `[Desktop Entry]\nType=Application\nName=${displayName}\nExec=${exe}\n`,
      );
    },
    start(mode) {
      const child = spawn(exe, [script, mode], { stdio: ["ignore", "pipe", "inherit"] });
      children.push(child);
      return new Promise((resolve, reject) => {
        let buf = "";
        child.stdout!.on("data", (b) => {
          buf += b;
          const line = buf.split("\n")[0];
          if (buf.includes("\n") && line) resolve({ pid: child.pid!, port: JSON.parse(line).port, child });
        });
        child.once("exit", (code) => reject(new Error(`stand-in exited with ${code}`)));
      });
    },
    stopAll() {
      for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    },
  };
}
