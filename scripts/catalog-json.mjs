// A rolldown plugin for dist/ (scripts/build.mjs) and the single executables
// (scripts/build-exe.mjs): each part of a
// catalogue (src/i18n/<lang>/<part>.ts, one `export const <part> = { "key": "text", ... };`)
// is bundled as JSON.parse of the same object's JSON text instead of an object literal.
//
// Why: the Node.js 22 the executables embed evaluated a catalogue's literal about 4x
// slower than Node.js 20 did (dist/catalog-en-*.js: 124 ms against 32 ms on the same
// machine; JSON.parse of the same object: 1 ms), and a run evaluates one to three
// catalogues; that was most of what `all --offline` took beyond the npm package's time
// (npm run bench:exe), and npx users on Node 22, 24 and 26 waited for it too. The V8 team's advice for objects of about 10 kB and more is the
// same: JSON.parse of the object's JSON text is faster to parse, compile and run than
// the literal (https://v8.dev/blog/cost-of-javascript-2019, section "JSON").
//
// The literal is evaluated here, at build time, as plain JavaScript (a part is nothing
// but string keys and string texts); a part that is anything else fails the build
// rather than being bundled wrong.
const PART = /[\\/]src[\\/]i18n[\\/](?:az|en|ru)[\\/](?!index\.ts$)[a-z-]+\.ts$/;
const HEAD = /^export const ([A-Za-z_$][\w$]*)(?::[^=\n]+)? = \{$/m;

export function catalogPartAsJson(code, id) {
  const head = HEAD.exec(code);
  const end = code.lastIndexOf("\n};");
  if (!head || end < head.index || code.slice(end + 3).trim() !== "" || HEAD.exec(code.slice(head.index + head[0].length)))
    throw new Error(`${id}: not one \`export const <part> = { ... };\` catalogue part`);
  const literal = code.slice(head.index + head[0].length - 1, end + 2);
  const value = new Function(`"use strict"; return (${literal});`)();
  for (const [k, v] of Object.entries(value)) if (typeof v !== "string") throw new Error(`${id}: ${k} is not a string`);
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${id}: the part sets a __proto__`);
  return `${code.slice(0, head.index)}export const ${head[1]} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

export function catalogJson() {
  return {
    name: "guzestli-catalog-json",
    transform(code, id) {
      if (!PART.test(id)) return null;
      // No source map to give: a catalogue part holds texts, no code to step through.
      return { code: catalogPartAsJson(code, id), map: { mappings: "" } };
    },
  };
}
