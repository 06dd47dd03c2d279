import type { Host } from "../host.js";

/**
 * The PKCS#11 modules registered with p11-kit (pkcs11.conf(5)): one "<name>.module"
 * file per module in the system config directories (/etc/pkcs11/modules, and the
 * packaged /usr/share/p11-kit/modules), "key: value" lines, "#" comments. `module:`
 * names the library: an absolute path, or a file name p11-kit looks for in its own
 * module directory (Debian: /usr/lib/<triplet>/pkcs11). A module marked
 * `trust-policy: yes` is p11-kit's certificate trust store, not a token driver.
 * The directories come from the host (`host.pkcs11Registry`) so tests can lay out
 * their own; by default, the system's.
 */
export interface Pkcs11Registry {
  /** Where "*.module" files are read, in order. */
  configDirs: readonly string[];
  /** Where a relative `module:` name is resolved (p11-kit's module directory). */
  moduleDirs: readonly string[];
}

export function defaultP11KitRegistry(arch: string): Pkcs11Registry {
  const triplet = arch === "arm64" ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
  return {
    configDirs: ["/etc/pkcs11/modules", "/usr/share/p11-kit/modules"],
    moduleDirs: [`/usr/lib/${triplet}/pkcs11`, "/usr/lib64/pkcs11", "/usr/lib/pkcs11"],
  };
}

export interface RegisteredModule {
  /** The library path, resolved. */
  path: string;
  /** The registry file that named it. */
  source: string;
}

const MAX_FILES = 64;
const MAX_FILE_BYTES = 64 * 1024;

/** Parses one ".module" file: its `module:` value unless it is the trust module or disabled. */
export function parseP11KitModule(text: string): string | undefined {
  const fields = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const module = fields.get("module");
  if (!module) return undefined;
  if (/^(yes|true)$/i.test(fields.get("trust-policy") ?? "")) return undefined;
  return module;
}

export async function registeredModules(host: Host, registry: Pkcs11Registry): Promise<RegisteredModule[]> {
  const out: RegisteredModule[] = [];
  const seenNames = new Set<string>();
  let files = 0;
  for (const dir of registry.configDirs) {
    let names: string[];
    try {
      names = (await host.fs.list(dir)).filter((n) => n.endsWith(".module")).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      // The first directory wins for a name (a file in /etc overrides the packaged one).
      if (seenNames.has(name) || ++files > MAX_FILES) continue;
      seenNames.add(name);
      const file = `${dir}/${name}`;
      const st = await host.fs.stat(file);
      if (!st?.isFile || st.size > MAX_FILE_BYTES) continue;
      let module: string | undefined;
      try {
        module = parseP11KitModule(await host.fs.readText(file, { maxBytes: MAX_FILE_BYTES }));
      } catch {
        continue;
      }
      if (!module) continue;
      const path = await resolveModule(host, module, registry.moduleDirs);
      if (path) out.push({ path, source: file });
    }
  }
  return out;
}

async function resolveModule(host: Host, module: string, moduleDirs: readonly string[]): Promise<string | undefined> {
  if (module.startsWith("/")) return module;
  for (const dir of moduleDirs) {
    const p = `${dir}/${module}`;
    if (await host.fs.exists(p)) return p;
  }
  return undefined;
}
