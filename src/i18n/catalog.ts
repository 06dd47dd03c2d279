import type { Lang } from "./lang.js";
import type { Msg, MsgValue } from "../core/types.js";
import type { MessageKey } from "./keys.js";
import { visible } from "../core/visible.js";
import { REDACTED } from "../core/redact.js";
import { pluralForm, secondsText } from "./plural.js";

export type Catalog = Readonly<Record<string, string>>;

/**
 * One catalogue per language; every user-visible string is a key in each (a test
 * holds them to the same keys). Each is loaded only when its language is used: the
 * three together are most of the tool's start-up code, and a run needs one.
 */
const LOADERS: Readonly<Record<Lang, () => Promise<Catalog>>> = {
  az: () => import("./az/index.js").then((m) => m.az),
  en: () => import("./en/index.js").then((m) => m.en),
  ru: () => import("./ru/index.js").then((m) => m.ru),
};
const loaded: Partial<Record<Lang, Catalog>> = {};

/** Loads the catalogues of these languages; t() in a language needs its catalogue loaded. */
export async function loadCatalogs(langs: readonly Lang[]): Promise<void> {
  await Promise.all(
    langs.map(async (lang) => {
      loaded[lang] ??= await LOADERS[lang]();
    }),
  );
}

/** A loaded catalogue. Asking for one not loaded is a bug of the caller, said plainly. */
export function catalog(lang: Lang): Catalog {
  const c = loaded[lang];
  if (!c) throw new Error(`the ${lang} catalogue is not loaded (loadCatalogs first)`);
  return c;
}

/** Renders a message in `lang`. `{name}` placeholders take the message's values. */
export function t(lang: Lang, msg: Msg | MessageKey, values?: Msg["values"]): string {
  const m: Msg = typeof msg === "string" ? { key: msg, values } : msg;
  const template = catalog(lang)[m.key] ?? loaded.en?.[m.key] ?? m.key;
  // "{days:день|дня|дней}": the word for the number, in the language's plural forms (plural.ts).
  const withPlurals = template.replace(/\{(\w+):([^{}]+)\}/g, (whole, name: string, forms: string) => {
    const n = Number(m.values?.[name]);
    return Number.isFinite(n) ? pluralForm(lang, forms, n) : whole;
  });
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => {
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
  const template = catalog(lang)[msg.key] ?? loaded.en?.[msg.key] ?? "";
  const shown = new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(msg.values ?? {})) if (v !== undefined && !shown.has(name)) out[name] = valueText(v, lang);
  return out;
}

export function hasKey(lang: Lang, key: string): boolean {
  return Object.hasOwn(catalog(lang), key);
}

/**
 * A value as the message shows it. Values come from outside (certificate names, file
 * names, what the user typed, registry and profile values): their control characters
 * and bidi overrides are made visible here, once for every message (issue 18.6). A
 * nested message is catalogue text, rendered with its own values made visible. A
 * duration is shown in seconds with the noun's plural of the language ("2 секунды").
 */
function valueText(v: MsgValue, lang: Lang): string {
  if (typeof v !== "object") return visible(inLang(String(v), lang));
  if ("$ms" in v) return secondsText(lang, v.$ms, t(lang, "render.noun.second"));
  return "$pii" in v ? visible(inLang(v.value, lang)) : t(lang, v);
}

/** The redaction mark, "[redacted]" in the data, reads in the run's language (issue #21.12). */
function inLang(text: string, lang: Lang): string {
  return text.includes(REDACTED) ? text.split(REDACTED).join(catalog(lang)["core.redacted"] ?? REDACTED) : text;
}
