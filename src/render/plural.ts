import type { MessageKey } from "../i18n/keys.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/catalog.js";
import { pluralForm, secondsText } from "../i18n/plural.js";

/** A count's noun in the right form; the catalogue entry's forms are described in i18n/plural.ts. */
export function nounFor(lang: Lang, key: MessageKey, n: number): string {
  return pluralForm(lang, t(lang, key), n);
}

/** "2 warnings", "5 проблем", "5 problem". */
export function countOf(lang: Lang, key: MessageKey, n: number): string {
  return `${new Intl.NumberFormat(lang).format(n)} ${nounFor(lang, key, n)}`;
}

/**
 * A duration for a person: seconds ("2 s", "2 saniyə", "2 секунды"), two decimals
 * below 1 s ("0,04 saniyə"), one below 10 s ("2.1 s"), whole seconds above.
 */
export function durationText(lang: Lang, ms: number): string {
  return secondsText(lang, ms, t(lang, "render.noun.second"));
}
