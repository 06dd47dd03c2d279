import { loadCatalogs, t } from "./catalog.js";
import type { Lang } from "./lang.js";

/**
 * An English Windows gives English; the citizen who did not choose it is told once, in
 * Azerbaijani and Russian, how to switch. Those two catalogues are loaded for the hint
 * only (a run otherwise loads the catalogue of its own language).
 */
export async function switchLangHint(lang: Lang, langFromLocale: boolean | undefined): Promise<string | undefined> {
  if (lang !== "en" || !langFromLocale) return undefined;
  await loadCatalogs(["az", "ru"]);
  return t("az", "render.switchLang") + " " + t("ru", "render.switchLang");
}
