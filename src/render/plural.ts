import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/catalog.js";

/**
 * A count with its noun in the right form. The catalogue holds the noun's forms
 * separated by "|", in the CLDR order of the categories the language uses
 * (Intl.PluralRules(lang).resolvedOptions().pluralCategories, sorted zero, one, two,
 * few, many, other): English "warning|warnings" (one, other), Russian
 * "проблема|проблемы|проблем|проблемы" (one, few, many, other: 1 проблема, 2 проблемы,
 * 5 проблем, 1,5 проблемы). Azerbaijani puts no plural after a number ("5 problem"),
 * so its entry is one form, used for every count.
 * Source of the categories: CLDR plural rules, as Node's ICU implements them.
 */
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ["zero", "one", "two", "few", "many", "other"];

export function nounFor(lang: Lang, key: string, n: number): string {
  const forms = t(lang, key).split("|");
  if (forms.length === 1) return forms[0]!;
  const rules = new Intl.PluralRules(lang);
  const used = CATEGORY_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  const i = used.indexOf(rules.select(n));
  return forms[i >= 0 && i < forms.length ? i : forms.length - 1]!;
}

/** "2 warnings", "5 проблем", "5 problem". */
export function countOf(lang: Lang, key: string, n: number): string {
  return `${new Intl.NumberFormat(lang).format(n)} ${nounFor(lang, key, n)}`;
}

/**
 * A duration for a person: seconds ("2 s", "2 saniyə", "2 секунды"), two decimals
 * below 1 s ("0,04 saniyə"), one below 10 s ("2.1 s"), whole seconds above.
 */
export function durationText(lang: Lang, ms: number): string {
  const s = ms / 1000;
  const digits = s < 1 ? 2 : s < 10 ? 1 : 0;
  const rounded = Math.round(s * 10 ** digits) / 10 ** digits;
  const text = new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(rounded);
  return `${text} ${nounFor(lang, "render.noun.second", rounded)}`;
}

/** A budget as the catalogues write it: "5000 ms", "5000 milliseconds", "5000 millisaniyə", "5000 мс". */
const MILLISECONDS = /(\d+) (?:milliseconds|ms|millisaniyə|мс)(?![\p{L}\p{N}])/gu;

/**
 * The budgets in a check's words shown in seconds for a person ("did not answer within
 * 5 s", "5 saniyə ərzində", "за 5 секунд"), as dates are shown as citizens write them
 * (dates.ts): the checks and the JSON keep milliseconds, which scripts read.
 */
export function secondsIn(text: string, lang: Lang): string {
  return text.replace(MILLISECONDS, (_whole, n: string) => durationText(lang, Number(n)));
}
