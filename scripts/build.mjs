#!/usr/bin/env node
// Builds dist/ as a few bundled files instead of one file per source module.
//
// Why: a run of `all` loaded about 260 of our modules and, for the certificate parser,
// about 190 CommonJS files of @peculiar/* and tsyringe. Node resolves, stats, reads
// and compiles each one; that was most of the time a citizen waited before the first
// check started (issue 11, measured with `npm run bench:all`). A bundle is a handful
// of files: the CLI, the PKCS#11 probe child (its own small entry, it runs in a
// separate process), and chunks loaded only when a check needs them (the certificate
// parser, node-fetch, ora, explain).
//
// The native add-ons (pkcs11js, koffi) stay outside: they are loaded from
// node_modules at run time with createRequire. Everything else the CLI uses is
// bundled, so those packages are devDependencies; their licences are written to
// dist/THIRD-PARTY-LICENSES.txt from what the bundle actually contains.
//
// Type checking is separate (`npm run typecheck`, tsc --noEmit): the bundler strips
// types without checking them.
//   node scripts/build.mjs
import { build } from "rolldown";
import { catalogJson } from "./catalog-json.mjs";
import { existsSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

/** Packages loaded at run time from node_modules, never bundled (native add-ons). */
const RUNTIME_PACKAGES = ["pkcs11js", "koffi"];

/**
 * Chunks named after what they hold, so that a test can tell from a loaded file's
 * name that a heavy library was loaded (test/startup/lazy-imports.test.ts).
 */
const nm = (names) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names.join("|")})[\\\\/]`);
const src = (dir) => new RegExp(`[\\\\/]src[\\\\/]${dir}[\\\\/]`);
const GROUPS = [
  // One chunk per language: a run loads the catalogue of the language it speaks.
  { name: "catalog-az", test: src("i18n[\\\\/]az") },
  { name: "catalog-en", test: src("i18n[\\\\/]en") },
  { name: "catalog-ru", test: src("i18n[\\\\/]ru") },
  // The Reflect polyfill runs before tsyringe looks for it only from a chunk of its
  // own, imported first (src/core/lazy.ts).
  { name: "vendor-reflect", test: nm(["reflect-metadata"]), priority: 2 },
  { name: "vendor-x509", test: nm(["@peculiar", "tsyringe", "asn1js", "pvtsutils", "pvutils", "tslib"]) },
  { name: "vendor-fetch", test: nm(["node-fetch", "fetch-blob", "formdata-polyfill", "data-uri-to-buffer", "node-domexception"]) },
  // chalk is used at start-up (colours), ora only for the spinner: chalk must not be
  // taken into ora's chunk as one of its dependencies, so it is claimed first.
  { name: "vendor-chalk", test: nm(["chalk"]), priority: 1 },
  {
    name: "vendor-ora",
    test: nm([
      "ora",
      "cli-cursor",
      "cli-spinners",
      "log-symbols",
      "is-interactive",
      "is-unicode-supported",
      "restore-cursor",
      "onetime",
      "mimic-function",
      "signal-exit",
      "stdin-discarder",
      "string-width",
      "strip-ansi",
      "ansi-regex",
      "get-east-asian-width",
    ]),
  },
];

rmSync(dist, { recursive: true, force: true });
const outputs = await build({
  cwd: root,
  input: { cli: "src/cli.ts", "probe-child": "src/host/pkcs11/probe-child-run.ts" },
  platform: "node",
  // cli.js keeps its exports (bin/ calls main); chunks may still be split freely.
  preserveEntrySignatures: "allow-extension",
  external: [/^node:/, ...RUNTIME_PACKAGES],
  // ES module builds where a package has one (its "module" field): they can be tree-shaken.
  resolve: { mainFields: ["module", "main"] },
  // The oldest Node the package supports (package.json engines).
  transform: { target: "node20" },
  logLevel: "warn",
  // Catalogue parts as JSON.parse of their text: Node 22 and later evaluate the big
  // object literals several times slower (scripts/catalog-json.mjs).
  plugins: [catalogJson()],
  output: {
    dir: dist,
    format: "esm",
    sourcemap: true,
    minify: true,
    // One flat folder: every bundled module's import.meta.url is dist/<file>, so the
    // probe child is always found beside the code that starts it (probe.ts).
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    codeSplitting: { groups: GROUPS },
  },
});

writeLicences(outputs.output);

function writeLicences(chunks) {
  const packages = new Map();
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds ?? []) {
      const dir = packageDir(id);
      if (dir && !packages.has(dir)) packages.set(dir, JSON.parse(readFileSync(join(dir, "package.json"), "utf8")));
    }
  }
  const parts = [...packages]
    .sort(([, a], [, b]) => a.name.localeCompare(b.name))
    .map(([dir, pkg]) => {
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${pkg.license ?? "see the package"}`;
      return `${pkg.name}@${pkg.version} (${pkg.license ?? "unknown"})\n\n${text}\n`;
    });
  writeFileSync(
    join(dist, "THIRD-PARTY-LICENSES.txt"),
    `The files in this folder bundle the following packages, under their own licences.\n\n${parts.join("\n" + "-".repeat(72) + "\n\n")}`,
  );
}

/** The folder of the npm package a bundled file came from (the nearest node_modules/<name>). */
function packageDir(id) {
  const parts = id.split(sep);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return undefined;
  const name = parts[at + 1]?.startsWith("@") ? parts.slice(at + 1, at + 3) : parts.slice(at + 1, at + 2);
  const dir = [...parts.slice(0, at + 1), ...name].join(sep);
  return existsSync(join(dir, "package.json")) ? dir : undefined;
}
