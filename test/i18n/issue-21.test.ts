import { describe, expect, it } from "vitest";
import { catalog, t } from "../../src/i18n/catalog.js";

/**
 * Issue #21 (native-editor review, round 2): the texts where the wording is the point.
 * Behaviour (runs) is tested beside the code it concerns.
 */
const LANGS = ["en", "az", "ru"] as const;
const text = (lang: (typeof LANGS)[number], key: string) => {
  const v = catalog(lang)[key];
  if (v === undefined) throw new Error(`${lang}: no key ${key}`);
  return v;
};

describe("#21.1 a new CA certificate goes next to the old one", () => {
  const keys = ["certs.caValidity.remedy.renew", "certs.explain.remedy.renewCa"];
  it("never says to replace a CA that may still be valid", () => {
    for (const k of keys) {
      expect(text("en", k)).not.toMatch(/in place of/i);
      expect(text("az", k)).not.toMatch(/yerinə/i);
      expect(text("ru", k)).not.toMatch(/вместо/i);
    }
  });
  it("says in every language not to delete the old one before it expires", () => {
    for (const k of keys) {
      expect(text("en", k)).toMatch(/Do not delete the old one/);
      expect(text("az", k)).toMatch(/Köhnəsini .*silməyin/);
      expect(text("ru", k)).toMatch(/Не удаляйте стар/);
    }
  });
});

describe("#21.2 the login time", () => {
  it("recommends one time, two hours before the sale, and names the earliest time only as a limit", () => {
    for (const k of ["plan.window.times", "plan.window.timesTwoZones"]) {
      expect(text("en", k)).toMatch(/at about \{recommended\}.*two hours before the sale/);
      expect(text("az", k)).toMatch(/təxminən \{recommended\}.*satışdan iki saat əvvəl/i);
      expect(text("ru", k)).toMatch(/около \{recommended\}.*за два часа до продажи/);
      // No "between {earliest} and …": the earliest time is where the session ends at the sale.
      for (const l of LANGS) expect(text(l, k)).not.toMatch(/\{earliest\}( \([^)]*\))? (–|and|до)/);
      expect(text("en", k)).toMatch(
        /\{earliest\}( \(\{earliestOther\}\))? or earlier ends the session before the sale starts or just as it starts/,
      );
      expect(text("az", k)).toMatch(
        /\{earliest\}( \(\{earliestOther\}\))? və ya daha tez daxil olsanız, sessiya satış başlamazdan əvvəl və ya satış başlayan anda bitir/,
      );
      expect(text("ru", k)).toMatch(
        /\{earliest\}( \(\{earliestOther\}\))? или раньше сессия закончится до начала продажи или ровно в момент её начала/,
      );
    }
  });
});

describe("#21.11 the notice's points in words", () => {
  it("every checklist id has its wording in every language", async () => {
    const { CHECKLIST_IDS } = await import("../../src/core/checklist.js");
    for (const id of CHECKLIST_IDS) for (const l of LANGS) expect(text(l, `checklist.${id}`).length).toBeGreaterThan(10);
  });
});

describe("#21.4 Chrome's own words", () => {
  it("az gives Chrome's Azerbaijani label with the English one in brackets, ru the Russian with the English", () => {
    for (const k of ["certs.remedy.linux.chromeRoot", "certs.remedy.linux.chromeCa", "certs.remedy.linux.trustRoot"]) {
      expect(text("az", k)).toContain(
        '"Ayarlar" (Settings) → "Məxfilik və təhlükəsizlik" (Privacy and security) → "Təhlükəsizlik" (Security) → "Sertifikatları idarə edin" (Manage certificates)',
      );
      expect(text("ru", k)).toContain(
        "«Настройки» (Settings) → «Конфиденциальность и безопасность» (Privacy and security) → «Безопасность» (Security) → «Настроить сертификаты» (Manage certificates)",
      );
      // No Russian in the Azerbaijani text any more.
      expect(text("az", k)).not.toMatch(/[а-яА-Я]/);
    }
    expect(text("az", "explain.CONNECTION_NOT_PRIVATE")).toContain('"Bağlantınız məxfi deyil" (Your connection is not private)');
    expect(text("ru", "explain.CONNECTION_NOT_PRIVATE")).toContain("«Подключение не защищено» (Your connection is not private)");
  });
});

describe("#21.5 Windows steps that can be followed click by click", () => {
  it("the import wizard: Current User → Next → the store option → Browse… → the store → OK → Next → Finish", () => {
    expect(text("en", "certs.remedy.windows.installRoot")).toMatch(
      /"Current User" → "Next" → "Place all certificates in the following store" → "Browse…" → "Trusted Root Certification Authorities" → "OK" → "Next" → "Finish"/,
    );
    expect(text("ru", "certs.remedy.windows.installRoot")).toMatch(
      /«Текущий пользователь» \(Current User\) → «Далее» \(Next\) → .*«Обзор…» \(Browse…\) → «Доверенные корневые центры сертификации» .*→ «ОК» → «Далее» \(Next\) → «Готово» \(Finish\)/,
    );
    expect(text("az", "certs.remedy.windows.installCa")).toMatch(
      /"Browse…" \(Обзор…\) → "Intermediate Certification Authorities" \(Промежуточные центры сертификации\) → "OK" → "Next" \(Далее\) → "Finish" \(Готово\)/,
    );
  });
  it("services.msc: Apply before Start when the service was Disabled", () => {
    for (const l of LANGS) {
      const s = text(l, "token.remedy.startScardSvr");
      const apply = s.search(/Apply|Применить/);
      const start = s.search(/"Start"|«Запустить»/);
      expect(apply, l).toBeGreaterThan(0);
      expect(start, l).toBeGreaterThan(apply);
      expect(s).toMatch(/Disabled|Отключена/);
    }
  });
  it('the signer\'s icon may be behind the "^" arrow; Default apps differs on Windows 10 and 11; deleting a CA copy per platform', () => {
    for (const l of LANGS) {
      expect(text(l, "signer.running.unknown.remedy")).toContain("^");
      expect(text(l, "browser.remedy.setDefaultWindows")).toMatch(
        /Windows 11:.*(Set default|Установить по умолчанию).*Windows 10:.*(Web browser|Веб-браузер)/,
      );
      for (const k of ["certs.remedy.removeOldCopy", "certs.caValidity.remedy.removeLeftover"]) {
        expect(text(l, k)).toMatch(/Windows: Win\+R → certmgr\.msc/);
        expect(text(l, k)).toMatch(/macOS: («Связка ключей» \(Keychain Access\)|"Keychain Access")/);
        expect(text(l, k)).toMatch(/Linux: .*(Authorities)/);
      }
    }
  });
});

describe("#21.12 placeholders and internals", () => {
  it('the redaction mark is in the run\'s language: "[gizlədilib]", «[скрыто]»', () => {
    expect(text("az", "core.redacted")).toBe("[gizlədilib]");
    expect(text("ru", "core.redacted")).toBe("[скрыто]");
    expect(
      t("az", "token.cert.ok", { token: "[redacted]", model: "m", role: "r", holder: "CN=[redacted]", date: "d", days: 3 }),
    ).not.toContain("[redacted]");
    expect(t("ru", "token.cert.ok", { token: "[redacted]", model: "m", role: "r", holder: "CN=[redacted]", date: "d", days: 3 })).toContain(
      "CN=[скрыто]",
    );
  });
  it("no slot number, policy id, policy value or policy file in a citizen's line (they stay in the detail)", async () => {
    const { HELPER_REMEDIES } = await import("../../src/render/audience.js");
    for (const l of LANGS) {
      for (const [k, v] of Object.entries(catalog(l))) {
        if (HELPER_REMEDIES.has(k)) continue;
        expect(v, `${l}:${k}`).not.toMatch(/(slot|yuva|слот) \{slot\}/i);
        if (k.startsWith("browser.policies.")) expect(v, `${l}:${k}`).not.toMatch(/\{(policy|where|entry)\}/);
      }
    }
    expect(HELPER_REMEDIES.has("browser.remedy.policyLine")).toBe(true);
    const { unshownValues } = await import("../../src/i18n/catalog.js");
    expect(
      unshownValues("az", {
        key: "browser.policies.blocks",
        values: { browser: "Google Chrome", policy: "URLBlocklist", where: "/etc/x.json", entry: "e-gov.az" },
      }),
    ).toMatchObject({ policy: "URLBlocklist", where: "/etc/x.json" });
  });
});

describe("#21.13 Russian", () => {
  it("full plural forms, not «дн.», chosen by the number", () => {
    for (const [k, v] of Object.entries(catalog("ru"))) expect(v, k).not.toMatch(/\bдн\./);
    const days = (n: number) => t("ru", "certs.userValidity.pass", { date: "01.01.2027", days: n });
    expect(days(1)).toContain("1 день");
    expect(days(3)).toContain("3 дня");
    expect(days(19)).toContain("19 дней");
    expect(days(21)).toContain("21 день");
    expect(t("en", "certs.userValidity.pass", { date: "x", days: 19 })).not.toContain("{days:");
  });
  it("one name for the notice (памятка), «Всё время», «об e-gov.az», and the plan step names --ics <файл>", () => {
    const all = Object.values(catalog("ru")).join("\n");
    expect(all).not.toMatch(/уведомлени/);
    expect(all).not.toMatch(/Все время/);
    expect(all).not.toMatch(/\bо e-gov\.az/);
    expect(text("ru", "asan.session.remedy.plan")).toContain("--ics <файл>");
    for (const l of LANGS) expect(text(l, "asan.session.remedy.plan")).toContain("--ics <");
  });
  it("explain with no query asks for a code or the error's text", () => {
    expect(text("ru", "cli.error.explainNeedsQuery")).toMatch(/^укажите код или текст ошибки/);
  });
});

describe("#21.14 SİMA İmzalayıcı", () => {
  it("names both programs and does not claim they are one", () => {
    for (const l of LANGS) {
      const v = text(l, "signer.installed.no.remedy.download");
      expect(v).toContain("SİMA İmzalayıcı");
      expect(v).toContain("Online imzalayıcı");
    }
    expect(text("en", "signer.installed.no.remedy.download")).not.toMatch(/same program|do not need a second/);
    expect(text("az", "signer.installed.no.remedy.download")).not.toMatch(/eyni proqramdır|ikinci proqram lazım deyil/);
    expect(text("ru", "signer.installed.no.remedy.download")).not.toMatch(/та же программа|вторая не нужна/);
    expect(text("en", "signer.installed.no.remedy.download")).toContain("is not published");
  });
});

describe("#21.7 lists of browsers and the default browser", () => {
  it("a list of browsers never takes a singular ending or verb", () => {
    for (const [k, v] of Object.entries(catalog("az"))) expect(v, k).not.toMatch(/\{browsers\} brauzer(in|i)\b/);
    for (const [k, v] of Object.entries(catalog("ru"))) expect(v, k).not.toMatch(/пользуется \{browsers\}/);
  });
  it("names the default browser by the name people know, and says defolt in az", async () => {
    const { otherBrowserName } = await import("../../src/host/browsers/identify.js");
    expect(["YandexHTML", "yandex-browser.desktop", "ru.yandex.desktop.yandex-browser"].map(otherBrowserName)).toEqual([
      "Yandex Browser",
      "Yandex Browser",
      "Yandex Browser",
    ]);
    expect(otherBrowserName("BraveHTML")).toBe("Brave");
    expect(otherBrowserName("SomethingElse")).toBeUndefined();
    expect(t("az", "browser.default.notRecommended", { browser: "Yandex" })).toMatch(
      /^Defolt brauzeriniz: Yandex; bu, Google Chrome və ya Opera deyil/,
    );
    for (const [k, v] of Object.entries(catalog("az"))) expect(v, k).not.toMatch(/əsas brauzer/i);
  });
});

describe("#21.9 the phone model", () => {
  it("names the iPhone and the Android path in the phone's own words", () => {
    expect(text("az", "asan.phone.remedy.check")).toContain('"Ayarlar" (Settings) → "Ümumi" (General) → "Haqqında" (About)');
    expect(text("az", "asan.phone.remedy.check")).toContain('"Ayarlar" (Settings) → "Telefon haqqında" (About phone)');
    expect(text("ru", "asan.phone.remedy.check")).toContain("«Настройки» (Settings) → «Основные» (General) → «Об этом устройстве» (About)");
    expect(text("en", "asan.phone.remedy.check")).toContain('"Settings" → "General" → "About"');
  });
  it("after moving the SIM, the login is with the phone of the sale day, not 'this phone'", () => {
    expect(text("en", "asan.phone.remedy.tryLogin")).toContain("the phone you will use on the sale day");
    expect(text("az", "asan.phone.remedy.tryLogin")).not.toContain("bu telefonla");
    expect(text("ru", "asan.phone.remedy.tryLogin")).not.toContain("с этого телефона");
  });
});

describe("#21 style points (az)", () => {
  const az = () => Object.entries(catalog("az"));
  it('one word for installed and for default, "göstərir" not "çap edir", "xəta ilə dayandı" not "qəzaya uğradı"', () => {
    for (const [k, v] of az()) {
      expect(v, k).not.toMatch(/yüklənib/);
      expect(v, k).not.toMatch(/çap edir/);
      expect(v, k).not.toMatch(/qəzaya uğra/);
      expect(v, k).not.toMatch(/\bstandart\b/);
    }
    expect(text("az", "token.module.crashed")).toContain("xəta ilə dayandı");
  });
  it('"Asan İmza" always in quotes', () => {
    for (const [k, v] of az()) expect(v, k).not.toMatch(/(?<!["“])Asan İmza(?!["”])/);
  });
  it("the switch-language hint gives the whole command", async () => {
    const { switchLangHint } = await import("../../src/i18n/switch-hint.js");
    expect(await switchLangHint("en", true, "token")).toBe(
      "Nəticəni Azərbaycan dilində görmək üçün: guzestli-check token --lang az. Чтобы видеть результат на русском: guzestli-check token --lang ru.",
    );
  });
});
