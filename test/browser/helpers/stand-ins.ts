import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

/** A temp folder removed by `cleanup()`. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes an executable stand-in for a browser launcher that prints what the real one
 * prints for `--version` (Chrome: "Google Chrome 120.0.6099.109 ", Opera: the bare
 * version "105.0.4970.21"), or never answers.
 */
export function writeStandIn(dir: string, command: string, behaviour: { prints: string } | "hang"): string {
  const file = path.join(dir, command);
  const body = behaviour === "hang" ? "exec sleep 120\n" : `printf '%s\\n' '${behaviour.prints}'\n`;
  writeFileSync(file, `#!/bin/sh\n${body}`);
  chmodSync(file, 0o755);
  return file;
}

/**
 * Records a browser package as installed in a dpkg status file under `admin` (the
 * directory DPKG_ADMINDIR names: dpkg's own override), in the status file's format.
 */
export function installPackage(admin: string, name: string, version: string): void {
  mkdirSync(admin, { recursive: true });
  const file = path.join(admin, "status");
  const before = existsSync(file) ? readFileSync(file, "utf8") : "";
  writeFileSync(
    file,
    `${before}Package: ${name}\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nVersion: ${version}\n\n`,
  );
}

/** A loopback HTTP server answering from a route table; counts requests per path. */
export async function startServer(
  routes: Record<string, { status?: number; type?: string; body: string }>,
): Promise<{ base: string; hits: Map<string, number>; close: () => Promise<void> }> {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const route = routes[url.pathname];
    if (!route) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(route.status ?? 200, { "content-type": route.type ?? "application/json" }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The shape VersionHistory answers "list versions" with (newest first). */
export function versionHistoryBody(platform: string, versions: string[]): string {
  return JSON.stringify({
    versions: versions.map((v) => ({ name: `chrome/platforms/${platform}/channels/stable/versions/${v}`, version: v })),
    nextPageToken: "226156535",
  });
}

/** Opera's download tree: an Apache-style directory index, one folder per release. */
export function operaListingBody(versions: string[]): string {
  const rows = versions.map((v) => `<a href="${v}/">${v}/</a>                                   01-Oct-2026 10:00                   -`);
  return `<html>\n<head><title>Index of /pub/opera/desktop/</title></head>\n<body>\n<h1>Index of /pub/opera/desktop/</h1><hr><pre><a href="../">../</a>\n${rows.join("\n")}\n</pre><hr></body>\n</html>\n`;
}
