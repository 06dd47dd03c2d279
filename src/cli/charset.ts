/**
 * The character set the locale gives the terminal, when it names one that is not UTF-8
 * (issue 18.13). The tool writes UTF-8 only: Azerbaijani (ə, ı, ş, ğ) and Russian
 * letters sent to a KOI8-R or ISO-8859 terminal show as garbage, and a citizen could
 * not tell a warning from noise. The locale is POSIX's: LC_ALL, else LC_CTYPE, else
 * LANG, as "language_TERRITORY.codeset@modifier"; only a codeset that is named counts
 * ("C" and a locale with no codeset say nothing certain about the terminal).
 *
 * Windows is another matter (the console's code page, not the environment) and is not
 * judged here: Node writes to the Windows console through its UTF-16 API, whatever the code page.
 */
export function nonUtf8Charset(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string | undefined {
  if (platform === "win32") return undefined;
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== "");
  if (!locale) return undefined;
  const codeset = /\.([^@]+)/.exec(locale)?.[1];
  if (!codeset) return undefined;
  return /^utf-?8$/i.test(codeset) ? undefined : codeset;
}

/** The one line said, in English and ASCII on purpose: in the terminal's charset only ASCII is sure to show. */
export function charsetWarning(codeset: string, locale: string): string {
  return `guzestli-check: this terminal uses ${codeset} (locale ${locale}), but this tool writes UTF-8: Azerbaijani and Russian letters will show wrongly. Use a UTF-8 locale, for example: LANG=ru_RU.UTF-8 or LANG=az_AZ.UTF-8\n`;
}
