import type { Host } from "../../host/host.js";
import { KNOWN_SIGNERS, SIGNER_CATALOG_ENV, type KnownSigner } from "./known-signers.js";

export class SignerCatalogError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "SignerCatalogError";
  }
}

/** The built-in catalogue plus the entries of the file GUZESTLI_SIGNER_CATALOG names. */
export async function loadSignerCatalogue(host: Host, signal?: AbortSignal): Promise<KnownSigner[]> {
  const file = host.env[SIGNER_CATALOG_ENV];
  if (!file) return [...KNOWN_SIGNERS];
  let parsed: unknown;
  try {
    parsed = JSON.parse(await host.fs.readText(file, { maxBytes: 1024 * 1024, signal }));
  } catch (e) {
    throw new SignerCatalogError(file, e instanceof Error ? e.message : String(e));
  }
  const extra = parseCatalogueEntries(parsed, file);
  const ids = new Set(extra.map((e) => e.id));
  return [...KNOWN_SIGNERS.filter((k) => !ids.has(k.id)), ...extra];
}

export function parseCatalogueEntries(v: unknown, file: string): KnownSigner[] {
  if (!Array.isArray(v)) throw new SignerCatalogError(file, "expected a JSON array of signer entries");
  return v.map((o, i) => {
    if (typeof o !== "object" || o === null) throw new SignerCatalogError(file, `entry ${i} is not an object`);
    const e = o as Record<string, unknown>;
    const strings = (k: string): string[] => {
      const x = e[k];
      if (x === undefined) return [];
      if (!Array.isArray(x) || !x.every((s) => typeof s === "string" && s.trim() !== ""))
        throw new SignerCatalogError(file, `entry ${i}: "${k}" must be an array of non-empty strings`);
      return x as string[];
    };
    const ports = e.ports === undefined ? [] : e.ports;
    if (!Array.isArray(ports) || !ports.every((p) => Number.isInteger(p) && p > 0 && p < 65536))
      throw new SignerCatalogError(file, `entry ${i}: "ports" must be an array of port numbers`);
    if (typeof e.id !== "string" || !e.id) throw new SignerCatalogError(file, `entry ${i}: "id" is required`);
    const names = strings("names");
    const processNames = strings("processNames");
    const processPatterns = strings("processPatterns");
    if (names.length + processNames.length + processPatterns.length === 0)
      throw new SignerCatalogError(file, `entry ${i}: give "names", "processNames" or "processPatterns"`);
    return {
      id: e.id,
      names,
      processNames,
      processPatterns,
      ports: ports as number[],
      verified: e.verified === true,
      source: typeof e.source === "string" ? e.source : file,
    };
  });
}
