import { loadCatalogs, t } from "./catalog.js";
import type { Lang } from "./lang.js";

/**
 * An English Windows gives English; the citizen who did not choose it is told once, in
 * Azerbaijani and Russian, how to switch. Those two catalogues are loaded for the hint
 * only (a run otherwise loads the catalogue of its own language).
 */
export async function switchLangHint(lang: Lang, langFromLocale: boolean | undefined, command = "all"): Promise<string | undefined> {
  if (lang !== "en" || !langFromLocale) return undefined;
  await loadCatalogs(["az", "ru"]);
  // The whole command to type again, with the language (issue #21 style points).
  const values = { command: `guzestli-check ${command}` };
  return t("az", "render.switchLang", values) + " " + t("ru", "render.switchLang", values);
}
