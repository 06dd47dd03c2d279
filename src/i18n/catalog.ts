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

export function hasKey(lang: Lang, key: string): boolean {
  return Object.hasOwn(CATALOGS[lang], key);
}

function valueText(v: MsgValue, lang: Lang): string {
  if (typeof v !== "object") return String(v);
  return "$pii" in v ? v.value : t(lang, v);
}
