import type { Lang } from "./lang.js";

/**
 * The form of a noun for a count. `forms` is the catalogue's entry: the noun's forms
 * separated by "|", in the CLDR order of the categories the language uses
 * (Intl.PluralRules(lang).resolvedOptions().pluralCategories, sorted zero, one, two,
 * few, many, other): English "warning|warnings" (one, other), Russian
 * "проблема|проблемы|проблем|проблемы" (one, few, many, other: 1 проблема, 2 проблемы,
 * 5 проблем, 1,5 проблемы). Azerbaijani puts no plural after a number ("5 problem"),
 * so its entry is one form, used for every count.
 * Source of the categories: CLDR plural rules, as Node's ICU implements them.
 * Pure (the caller looks the entry up), so the catalogue itself can use it.
 */
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ["zero", "one", "two", "few", "many", "other"];

const rulesByLang: Partial<Record<Lang, { rules: Intl.PluralRules; used: readonly Intl.LDMLPluralRule[] }>> = {};

export function pluralForm(lang: Lang, forms: string, n: number): string {
  const list = forms.split("|");
  if (list.length === 1) return list[0]!;
  rulesByLang[lang] ??= (() => {
    const rules = new Intl.PluralRules(lang);
    return { rules, used: CATEGORY_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c)) };
  })();
  const { rules, used } = rulesByLang[lang];
  const i = used.indexOf(rules.select(n));
  return list[i >= 0 && i < list.length ? i : list.length - 1]!;
}

/**
 * A duration for a person: seconds ("2 s", "2 saniyə", "2 секунды"), two decimals
 * below 1 s ("0,04 saniyə"), one below 10 s ("2.1 s"), whole seconds above.
 * `secondForms` is the catalogue's "render.noun.second".
 */
export function secondsText(lang: Lang, ms: number, secondForms: string): string {
  const s = ms / 1000;
  const digits = s < 1 ? 2 : s < 10 ? 1 : 0;
  const rounded = Math.round(s * 10 ** digits) / 10 ** digits;
  const text = new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(rounded);
  return `${text} ${pluralForm(lang, secondForms, rounded)}`;
}
