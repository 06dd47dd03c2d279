/**
 * Heavy libraries are loaded only by the checks that need them, so that `--version`,
 * `--help`, `list` and `explain` start fast (see scripts/bench-startup.mjs and the
 * import-trace test). Import these loaders, never the libraries themselves, at the
 * top of a module.
 */
export type X509 = typeof import("@peculiar/x509");

let x509: Promise<X509> | undefined;
export function loadX509(): Promise<X509> {
  // @peculiar/x509 uses tsyringe, which needs the Reflect metadata polyfill to have run
  // first. Two imports one after the other, not two import lines in one module: the
  // bundle keeps the polyfill (CommonJS) in a chunk of its own and runs it when it is
  // imported, which an import line would do only after the rest of its chunk had run
  // (scripts/build.mjs).
  x509 ??= import("reflect-metadata").then(() => import("@peculiar/x509"));
  return x509;
}

export type Fetch = typeof import("node-fetch").default;
export async function loadFetch(): Promise<Fetch> {
  return (await import("node-fetch")).default;
}

export type Ora = typeof import("ora").default;
export async function loadOra(): Promise<Ora> {
  return (await import("ora")).default;
}
