import { describe, expect, it } from "vitest";
import { catalog } from "../../src/i18n/catalog.js";
import { HELPER_REMEDIES } from "../../src/render/audience.js";

/**
 * The Azerbaijani and Russian texts as a citizen reads them (docs/terms.md): no
 * English words outside quoted screen labels, no Markdown backticks, no "keçildi"
 * for a skipped check, Russian quotes «…».
 */

/** Names and signs that stay as they are in every language. */
const NAMES = [
  "Google Chrome",
  "Chrome",
  "Opera",
  "Chromium",
  "Edge",
  "Firefox",
  "Safari",
  "Yandex",
  "Brave",
  "Vivaldi",
  "E-İmza",
  "E-imza",
  "Asan İmza",
  "ASAN İmza",
  "ASAN xidmət",
  "ASXM",
  "Online imzalayıcı",
  "SİMA İmzalayıcı",
  "SİMA",
  "Güzəştli mənzil",
  "AZ Root Authority",
  "AZ Policy Authority",
  "AZ E-Government Authority",
  "RCA",
  "PCA",
  "ICA",
  "Windows",
  "macOS",
  "Mac",
  "Linux",
  "Debian",
  "Ubuntu",
  "Fedora",
  "Apple",
  "Apple silicon",
  "PowerShell",
  "certutil",
  "Keychain Access",
  "PIN",
  "PIN1",
  "PIN2",
  "PUK",
  "USB",
  "SIM",
  "SIM1",
  "SMS",
  "DUOS",
  "QWERTY",
  "Wi-Fi",
  "DNS",
  "TLS",
  "HTTPS",
  "IP",
  "ID",
  "FİN",
  "FIN",
  "AZN",
  "PKCS#11",
  "PKCS",
  "OCSP",
  "CRL",
  "CA",
  "PEM",
  "DER",
  "JSON",
  "ISO",
  "UTC",
  "IT",
  "x86",
  "ARM",
  "arm64",
  "bit",
  "OpenSC",
  "SafeNet Authentication Client",
  "SafeNet",
  "ePass2003",
  "ePass",
  "Bit4id",
  "Gemalto",
  "Feitian",
  "Rutoken",
  "JaCarta",
  "Aladdin",
  "eToken",
  "ACS",
  "Omnikey",
  "HID",
  "Identiv",
  "CCID",
  "Azercell",
  "Bakcell",
  "Nar",
  "BlackBerry",
  "Blackberry",
  "Nokia",
  "HTC",
  "Qumo",
  "Motorola",
  "Sony Ericsson",
  "Samsung",
  "iPhone",
  "Android",
  "token",
  "tokeni",
  "tokenin",
  "tokenə",
  "tokendə",
  "tokendən",
  "tokenlər",
  "tokenləri",
  "tokenlərin",
  "guzestli-check",
  "pkcs11js",
  "npm",
  "npx",
  "Node.js",
  "Node",
  "pcscd",
  "ms",
  "KB",
  "MB",
  "Enter",
  "Win+R",
  "Win",
  "Caps Lock",
  "Dock",
  "Galaxy",
  "Google Calendar",
  "Outlook",
  "Google",
  "e-gov.az",
  "e-imza.az",
  "JavaScript",
  "cookie",
  "cookies",
  "localhost",
  "təhlükəsizlik divarı (firewall)",
  "Təhlükəsizlik divarının (firewall)",
  "təhlükəsizlik divarı (firewall)",
  "Smart-kart",
  "smart-kart",
  "az",
  "en",
  "ru",
];

/** Cut what a citizen may rightly meet in Latin letters: placeholders, quoted screen labels, options, addresses, codes. */
function plainWords(text: string): string {
  let s = text;
  s = s.replace(/\{\w+(:[^{}]*)?\}/g, " ");
  // A command the citizen types ("guzestli-check certs") and a command named as the subject of an option ("certs: …").
  s = s
    .replace(/guzestli-check( [a-z]+)?/g, " ")
    .replace(/\b(all|token|certs|signer|browser|asan|plan|explain|list)(?= --)/g, " ")
    .replace(/^(certs|asan|token|plan): /, " ");
  s = s.replace(/\b\w*_\w+\b/g, " ").replace(/\.(ics|cer|crt|pem|md|html|json)\b/g, " ");
  // A quoted screen label may carry the same label in another language in brackets: «Настройки» (Settings).
  s = s.replace(/("[^"]*"|«[^»]*»)\s*\([^()]*\)/g, " ");
  s = s.replace(/"[^"]*"|«[^»]*»|„[^“]*“|“[^”]*”/g, " ");
  s = s.replace(/--[\w-]+(=\S+)?/g, " ");
  s = s.replace(/\b[\w.-]+:\/\/\S*/g, " ");
  s = s.replace(/\b(www\.)?[\w-]+(\.[\w-]+)*\.(az|com|org|net|ru|exe|msc|dll|so|dylib)\b\S*/gi, " ");
  s = s.replace(/\S*[\\/]\S*/g, " ");
  s = s.replace(/\b[A-Z0-9_]{3,}\b/g, " ");
  for (const n of [...NAMES].sort((a, b) => b.length - a.length))
    s = s.replace(new RegExp(`(?<![\\wƏəİıÖöÜüĞğŞşÇç])${n.replace(/[.*+?^${}()|[\]\\#]/g, "\\$&")}(?![\\w])`, "gi"), " ");
  return s;
}

const ENGLISH = new Set(
  Object.values(catalog("en"))
    .flatMap((v) => plainWords(v).match(/[A-Za-z]{3,}/g) ?? [])
    .map((w) => w.toLowerCase())
    .concat([
      "does",
      "not",
      "exist",
      "available",
      "socket",
      "found",
      "failed",
      "error",
      "settings",
      "install",
      "certificate",
      "trust",
      "update",
      "default",
      "desktop",
      "store",
      "user",
      "current",
    ]),
);
/** Words that are Azerbaijani as well as English. */
const AZ_TOO = new Set([
  "disk",
  "plan",
  "administrator",
  "problem",
  "terminal",
  "operator",
  "risk",
  "antivirus",
  "smart",
  "model",
  "port",
  "portal",
  "proses",
  "test",
  "min",
  "bank",
  "kart",
  "sim",
  "ana",
  "son",
  "bar",
  "top",
  "dam",
  "mal",
  "can",
  "tam",
  "man",
  "hal",
  "ad",
  "bir",
  "bu",
  "var",
  "kod",
  "nar",
  "ekran",
  "format",
  "real",
  "status",
  "server",
  "internet",
  "brauzer",
  "slot",
  "modul",
  "panel",
  "fayl",
  "menyu",
  "ton",
  "ver",
  "verin",
  "her",
  "ara",
  "arm",
  "tar",
  "qal",
  "ala",
  "pin",
  "dan",
  "dir",
  "dur",
  "die",
  "olan",
  "olmadan",
  "nadir",
  "bitir",
  "etibar",
  "bütün",
  "sat",
  "sal",
  "salin",
  "tanı",
  "ili",
  "aid",
  "onu",
  "onda",
  "ondan",
  "daha",
  "demo",
  "info",
  "alt",
  "anbar",
  "pas",
  "mart",
  "may",
  "iyun",
  "iyul",
  "dekabr",
  "fevral",
  "aprel",
  "avqust",
  "sentyabr",
  "oktyabr",
  "noyabr",
  "yanvar",
  "add",
  "adi",
  "arxiv",
  "yalnız",
  "səhv",
  "xarici",
]);

/** Steps written for an IT helper (terminal commands): shown only with --verbose and in the report. */
const HELPER_ONLY = HELPER_REMEDIES;

function englishIn(lang: "az" | "ru", text: string): string[] {
  const words = plainWords(text).match(/[A-Za-zƏəÖöÜüĞğİıŞşÇç]{2,}/g) ?? [];
  if (lang === "ru") return words.filter((w) => /^[A-Za-z]+$/.test(w));
  return words.filter((w) => /^[A-Za-z]+$/.test(w) && w.length >= 3 && ENGLISH.has(w.toLowerCase()) && !AZ_TOO.has(w.toLowerCase()));
}

describe("citizen language in the catalogues", () => {
  for (const lang of ["az", "ru"] as const) {
    it(`${lang}: no English words outside quoted screen labels and names`, () => {
      const found = Object.entries(catalog(lang))
        .filter(([k]) => !HELPER_ONLY.has(k))
        .map(([k, v]) => [k, englishIn(lang, v)] as const)
        .filter(([, w]) => w.length > 0)
        .map(([k, w]) => `${k}: ${w.join(" ")}`);
      expect(found).toEqual([]);
    });
  }

  it("no Markdown backticks in any language", () => {
    const found = (["az", "en", "ru"] as const).flatMap((l) =>
      Object.entries(catalog(l))
        .filter(([, v]) => v.includes("`"))
        .map(([k]) => `${l}: ${k}`),
    );
    expect(found).toEqual([]);
  });

  it('az: never "keçildi" (a citizen reads it as "passed")', () => {
    const found = Object.entries(catalog("az"))
      .filter(([, v]) => /keçil(di|ib|mişdir)/i.test(v))
      .map(([k]) => k);
    expect(found).toEqual([]);
    expect(catalog("az")["status.skip"]).toBe("yoxlanılmadı");
    expect(catalog("az")["status.error"]).toBe("yoxlanıla bilmədi");
    expect(catalog("az")["status.timeout"]).toBe("vaxtı bitdi");
  });

  it("ru: Russian quotes «…», not straight ones (terminal commands for IT helpers and an option's value, --sale \"15.01.2027 10:00\", keep the shell's quotes)", () => {
    const found = Object.entries(catalog("ru"))
      .filter(
        ([k, v]) =>
          v
            .replace(/"<[^>"]+>"/g, "")
            .replace(/(--[\w-]+|guzestli-check \w+) "[^"<>]*"/g, "")
            .includes('"') && !HELPER_ONLY.has(k),
      )
      .map(([k]) => k);
    expect(found).toEqual([]);
  });

  it("the agreed terms of docs/terms.md, not their rejected variants", () => {
    const rejected: [lang: "az" | "ru", pattern: RegExp][] = [
      ["az", /kart oxuyucu(?!su|lar)/i],
      ["az", /mərkəzi \(kök\)/i],
      ["az", /Qurğu dispetçeri/i],
      ["ru", /кард-ридер/i],
      ["ru", /«Online imzalayıcı» (установлен|запущен|не установлен)\b/],
    ];
    const found = rejected.flatMap(([lang, re]) =>
      Object.entries(catalog(lang))
        .filter(([, v]) => re.test(v))
        .map(([k]) => `${lang}: ${k} ~ ${re}`),
    );
    expect(found).toEqual([]);
  });

  it("the test itself catches what it is for", () => {
    expect(englishIn("az", "Sertifikat anbarı oxunmadı: the store does not exist.")).toEqual(["the", "store", "does", "not", "exist"]);
    expect(englishIn("az", 'Chrome-da "Manage certificates" bölməsini açın.')).toEqual([]);
    expect(englishIn("ru", "Служба не найдена: systemctl not available")).toEqual(["systemctl", "not", "available"]);
    expect(englishIn("ru", "Откройте «Settings» (Настройки) в Google Chrome.")).toEqual([]);
    expect(englishIn("ru", "Откройте «Настройки» (Settings) в Google Chrome.")).toEqual([]);
    expect(englishIn("az", 'Chrome-da "Ayarlar" (Settings) bölməsini açın.')).toEqual([]);
  });
});
