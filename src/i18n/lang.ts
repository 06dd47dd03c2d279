export const LANGS = ["az", "en", "ru"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/**
 * The default language from the OS locale: LC_ALL, then LC_MESSAGES, then LANG
 * (POSIX precedence), else what Intl reports (Windows, macOS); `az` when the locale
 * names none of ours. "C"/"POSIX" say nothing about a language and are passed over.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>>, intlLocale?: string): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (!v) continue;
    const lang = fromLocale(v);
    if (lang) return lang;
    if (!/^(C|POSIX)([._@].*)?$/i.test(v)) return "az";
  }
  const intl = intlLocale ?? safeIntlLocale();
  return (intl && fromLocale(intl)) || "az";
}

function fromLocale(locale: string): Lang | undefined {
  const m = /^([a-z]{2,3})(?:[-_.@]|$)/i.exec(locale.trim());
  const code = m?.[1]?.toLowerCase();
  return code && isLang(code) ? code : undefined;
}

/**
 * The default locale as Intl resolves it (ECMA-402 DefaultLocale, the same for every
 * Intl service). PluralRules is asked because it is the cheapest to build: about 1 ms,
 * where a DateTimeFormat loads calendar data for 60-100 ms on every run.
 */
function safeIntlLocale(): string | undefined {
  try {
    return new Intl.PluralRules().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}
