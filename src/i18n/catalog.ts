import type { Lang } from "./lang.js";
import type { Msg, MsgValue } from "../core/types.js";
import { az } from "./az/index.js";
import { en } from "./en/index.js";
import { ru } from "./ru/index.js";

export type Catalog = Readonly<Record<string, string>>;

/** One catalogue per language; every user-visible string is a key in each. */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { az, en, ru };

/** Renders a message in `lang`. `{name}` placeholders take the message's values. */
export function t(lang: Lang, msg: Msg | string, values?: Msg["values"]): string {
  const m: Msg = typeof msg === "string" ? { key: msg, values } : msg;
  const template = CATALOGS[lang][m.key] ?? CATALOGS.en[m.key] ?? m.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.values?.[name];
    return v === undefined ? whole : valueText(v, lang);
  });
}

/**
 * The values a message carries that its text in `lang` does not show: raw system
 * reasons, paths, store names, desktop ids. The citizen's line says what happened in
 * words; these travel on to --verbose, the JSON `detail` and the support report, where
 * an IT helper can use them.
 */
export function unshownValues(lang: Lang, msg: Msg): Record<string, string> {
  const template = CATALOGS[lang][msg.key] ?? CATALOGS.en[msg.key] ?? "";
  const shown = new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(msg.values ?? {})) if (!shown.has(name)) out[name] = valueText(v, lang);
  return out;
}

export function hasKey(lang: Lang, key: string): boolean {
  return Object.hasOwn(CATALOGS[lang], key);
}

function valueText(v: MsgValue, lang: Lang): string {
  if (typeof v !== "object") return String(v);
  return "$pii" in v ? v.value : t(lang, v);
}
