import type { browser as en } from "../en/browser.js";
import type { SameKeys } from "../keys.js";
export const browser: SameKeys<typeof en> = {
  "browser.installed.title": "Google Chrome və ya Opera quraşdırılıb",
  "browser.installed.found": "Quraşdırılıb: {recommended}.",
  "browser.installed.foundWithOthers": "Quraşdırılıb: {recommended}. Həmçinin tapıldı, portal üçün tövsiyə olunmur: {others}.",
  "browser.installed.onlyOthers":
    "Google Chrome və Opera quraşdırılmayıb (bu kompüterdə tapılan: {others}). Portal giriş üçün Google Chrome və ya Opera tövsiyə edir.",
  "browser.installed.none": "Bu kompüterdə Google Chrome və Opera tapılmadı.",
  "browser.installed.probeTimeout": "{browser} {duration} ərzində versiyasını bildirmədi, ona görə onun işlək olub-olmadığı məlum deyil.",
  "browser.installed.probeCrashed": "{browser} versiyası soruşulanda xəta ilə dayandı, ona görə onun işlək olub-olmadığı məlum deyil.",

  "browser.upToDate.title": "Brauzer ən son versiyadadır",
  "browser.upToDate.versionUnknown":
    "Google Chrome / Opera-nın versiyasını oxumaq mümkün olmadı, ona görə də ən son versiya olub-olmadığı məlum deyil.",
  "browser.upToDate.current.online": "{browsers}: ən son versiyadır (ən son: {current}, internetdə yoxlanıldı).",
  "browser.upToDate.current.estimate":
    "{browsers}: internetsiz təxminə görə ən son versiyadır (indi {current} versiyası gözlənilir; bu, buraxılış təqviminə əsaslanan təxmindir, internetdə yoxlanılmayıb).",
  "browser.upToDate.oneBehind.online": "{browser} {version} ən son {current} versiyasından bir versiya geridədir (internetdə yoxlanıldı).",
  "browser.upToDate.oneBehind.estimate":
    "{browser} {version} çox güman ki, bir versiya geridədir (indi {current} gözlənilir; bu, buraxılış təqviminə əsaslanan təxmindir, internetdə yoxlanılmayıb).",
  "browser.upToDate.outdated.online":
    "{browser} {version} köhnədir: ən son {current} versiyasından {behind} versiya geridədir (internetdə yoxlanıldı).",
  "browser.upToDate.outdated.estimate":
    "{browser} {version} köhnədir: təxminən {behind} versiya geridədir (indi {current} gözlənilir; bu, buraxılış təqviminə əsaslanan təxmindir, internetdə yoxlanılmayıb).",
  "browser.upToDate.otherOutdated.online":
    "{okBrowser} ən son versiyadadır, lakin {browser} {version} ən son {current} versiyasından {behind} versiya geridədir (internetdə yoxlanıldı).",
  "browser.upToDate.otherOutdated.estimate":
    "{okBrowser} təxminə görə ən son versiyadadır, lakin {browser} {version} çox güman ki, {behind} versiya geridədir (indi {current} gözlənilir; təxmindir, internetdə yoxlanılmayıb).",

  "browser.default.title": "Defolt brauzer Google Chrome və ya Opera-dır",
  "browser.default.recommended": "Defolt brauzer: {browser}; portalın keçidləri onda açılır.",
  "browser.default.notRecommended":
    "Defolt brauzeriniz: {browser}; bu, Google Chrome və ya Opera deyil. Portalın keçidləri portalın tövsiyə etmədiyi brauzerdə açılacaq.",
  "browser.default.assumedSafari":
    "Defolt brauzer seçilməyib, ona görə macOS keçidləri Google Chrome və ya Opera-da deyil, {browser} brauzerində açır.",
  "browser.default.unknown": "Kompüterin defolt brauzerini müəyyən etmək mümkün olmadı.",
  "browser.default.timeout": "Defolt brauzerin hansı olduğu {duration} ərzində öyrənilə bilmədi.",
  "browser.default.anotherBrowser": "başqa brauzer",

  "browser.pinCancel.title": "PIN sorğusundan imtina etdikdən sonra",
  "browser.pinCancel.message":
    '"İstifadəçi PIN kodu" sorğusunda "İmtina" düyməsini sıxsanız və ya "Portala imza ilə giriş mümkün olmadı" səhvini görsəniz, brauzeri bağlayıb yenidən açmayınca təkrar giriş edə bilməzsiniz.',
  "browser.singleSession.title": "Bir brauzer, bir cihaz",
  "browser.singleSession.message":
    '"Güzəştli mənzil" sistemində hər istifadəçi eyni anda yalnız bir kompüterdən (və ya digər cihazdan) və bir brauzerdən daxil ola bilər.',

  "browser.remedy.useChromeForPortal":
    "Portalı (www.e-gov.az) Chromium, Edge və ya Firefox-da deyil, Google Chrome-da (ən çox tövsiyə olunan) və ya Opera-da açın.",
  "browser.remedy.installChrome":
    "Google Chrome-u https://www.google.com/chrome/ ünvanından quraşdırın (portalın ən çox tövsiyə etdiyi brauzer).",
  "browser.remedy.installOpera": "Və ya Opera-nı https://www.opera.com/ ünvanından quraşdırın.",
  "browser.remedy.probeTimeout":
    "Brauzerin bütün pəncərələrini bağlayıb yoxlamanı yenidən işə salın; brauzer yenə cavab verməsə, onu yenidən quraşdırın.",
  "browser.remedy.checkVersionByHand":
    "Versiyanı görmək və yeniləmək üçün Chrome-da ünvan sətrinə chrome://settings/help yazın (Opera-da opera://about).",
  "browser.remedy.confirmOnline":
    "Bu, internetsiz edilmiş təxmindir: dəqiq bilmək üçün yoxlamanı internetə qoşulu halda yenidən işə salın.",
  "browser.remedy.useUpToDate": "Portal üçün {okBrowser} brauzerindən istifadə edin və ya digər brauzeri aşağıdakı kimi yeniləyin.",
  "browser.remedy.updateChrome":
    'Google Chrome-u yeniləyin: ünvan sətrinə chrome://settings/help yazın (və ya menyu ⋮ → "Help" (Справка) → "About Google Chrome" (О браузере Google Chrome)), yeniləmə yüklənənədək gözləyin, sonra "Relaunch" (Перезапустить) düyməsini sıxın.',
  "browser.remedy.updateOpera":
    'Opera-nı yeniləyin: Opera menyusu → "Update & Recovery" (Обновление и восстановление) → "Check for update" (Проверить наличие обновлений); yükləndikdən sonra Opera-nı yenidən başladın.',
  "browser.remedy.updateChromeLinux":
    "İT köməkçisi üçün: sudo apt update && sudo apt install --only-upgrade google-chrome-stable (Fedora: sudo dnf upgrade google-chrome-stable), sonra Chrome-u yenidən başladın.",
  "browser.remedy.updateOperaLinux":
    "İT köməkçisi üçün: sudo apt update && sudo apt install --only-upgrade opera-stable (Fedora: sudo dnf upgrade opera-stable), sonra Opera-nı yenidən başladın.",
  "browser.remedy.updateSnap":
    "İT köməkçisi üçün: {browser} brauzerini yeniləyin: sudo snap refresh {name}, sonra brauzeri yenidən başladın.",
  "browser.remedy.updateFlatpak":
    "İT köməkçisi üçün: {browser} brauzerini yeniləyin: flatpak update {name}, sonra brauzeri yenidən başladın.",
  // Chrome's labels (issue #21.4) as in Chromium's chrome/app/resources/generated_resources_az.xtb:
  // Ayarlar (Settings), Defolt brauzer (Default browser, 2893168226686371498), Defolt edin
  // (Make default, 7136694880210472378).
  "browser.remedy.setDefaultWindows":
    'Chrome-u defolt brauzer edin. Windows 11: "Settings" (Параметры) → "Apps" (Приложения) → "Default apps" (Приложения по умолчанию) → Google Chrome → "Set default" (Установить по умолчанию). Windows 10: "Settings" (Параметры) → "Apps" (Приложения) → "Default apps" (Приложения по умолчанию) → "Web browser" (Веб-браузер) → Google Chrome. Və ya Chrome-da: "Ayarlar" (Settings) → "Defolt brauzer" (Default browser) → "Defolt edin" (Make default).',
  "browser.remedy.setDefaultMac":
    'Chrome-u defolt brauzer edin: "System Settings" (Системные настройки) → "Desktop & Dock" (Рабочий стол и Dock) → "Default web browser" (Веб-браузер по умолчанию) → Google Chrome; və ya Chrome-da "Ayarlar" (Settings) → "Defolt brauzer" (Default browser) → "Defolt edin" (Make default).',
  "browser.remedy.setDefaultLinux":
    'Chrome-u defolt brauzer edin: Chrome-da "Ayarlar" (Settings) → "Defolt brauzer" (Default browser) → "Defolt edin" (Make default).',
  "browser.remedy.openPortalInChrome": "Və ya keçidlərə klikləmək əvəzinə Google Chrome-u özünüz açıb ünvan sətrinə www.e-gov.az yazın.",
  "browser.remedy.closeAllWindows":
    'PIN kod sorğusunda "İmtina" düyməsini sıxdıqdan və ya "Portala imza ilə giriş mümkün olmadı" səhvindən sonra brauzerin BÜTÜN pəncərələrini bağlayın (ekranın aşağısındakı paneldə açıq pəncərə qalmadığını yoxlayın; macOS-da ⌘Q ilə çıxın).',
  "browser.remedy.reopenAndLogin":
    'Tokenin taxılı olduğuna və "Online imzalayıcı" proqramının işlədiyinə əmin olun, brauzeri yenidən açın, www.e-gov.az-a keçin və "e-imza ilə daxil ol" düyməsini yenidən sıxın.',
  "browser.remedy.logOutElsewhere":
    'Burada daxil olmazdan əvvəl bütün digər brauzerlərdə, kompüterlərdə və telefonlarda sistemdən çıxın ("Çıxış").',
  "browser.remedy.oneBrowserOneDevice":
    "Satış günü yalnız bir kompüterdə bir brauzerdən istifadə edin; sistemi başqa cihazda ikinci brauzerdə və ya vərəqdə açmayın.",

  "browser.explain.RECOMMENDED_BROWSER_INSTALLED": "Portalın tövsiyə etdiyi Google Chrome və ya Opera brauzeri quraşdırılıb.",
  "browser.explain.NO_RECOMMENDED_BROWSER":
    "Google Chrome və Opera quraşdırılmayıb; portal giriş üçün Google Chrome-un (ilk növbədə) və ya Opera-nın ən son versiyasını tövsiyə edir.",
  "browser.explain.BROWSER_PROBE_TIMEOUT": "Brauzer ayrılan vaxt ərzində versiyasını bildirmədi, ona görə onu yoxlamaq mümkün olmadı.",
  "browser.explain.BROWSER_PROBE_FAILED": "Brauzer versiyası soruşulanda xəta verdi, ona görə də yoxlamaq mümkün olmadı.",
  "browser.explain.BROWSER_UP_TO_DATE":
    "Chrome / Opera ən son versiyadadır (internetdə yoxlanıldı və ya internetsiz, buraxılış təqviminə görə təxmin edildi).",
  "browser.explain.BROWSER_ONE_VERSION_BEHIND": "Chrome / Opera ən son versiyadan bir versiya geridədir; satış günündən əvvəl yeniləyin.",
  "browser.explain.BROWSER_OUTDATED": "Chrome / Opera bir versiyadan çox geridədir; portal ən son versiyanı tələb edir.",
  "browser.explain.OTHER_BROWSER_OUTDATED":
    "Tövsiyə olunan brauzerlərdən biri ən son versiyadadır, quraşdırılmış digəri isə köhnədir: yenisindən istifadə edin və ya digərini yeniləyin.",
  "browser.explain.BROWSER_VERSION_UNKNOWN": "Chrome / Opera tapıldı, lakin versiyasını oxumaq mümkün olmadı.",
  "browser.explain.DEFAULT_BROWSER_RECOMMENDED":
    "Defolt brauzer Google Chrome və ya Opera-dır, portalın keçidləri düzgün brauzerdə açılır.",
  "browser.explain.DEFAULT_BROWSER_NOT_RECOMMENDED":
    "Defolt brauzer Google Chrome və ya Opera deyil, portalın keçidləri tövsiyə olunmayan brauzerdə açılır.",
  "browser.explain.DEFAULT_BROWSER_UNKNOWN": "Bu kompüterdə defolt brauzeri müəyyən etmək mümkün olmadı.",
  "browser.explain.DEFAULT_BROWSER_QUERY_TIMEOUT": "Sistem ayrılan vaxt ərzində defolt brauzerin hansı olduğunu bildirmədi.",
  "browser.explain.GUIDE_PIN_CANCEL_RESTART":
    'PIN kod sorğusundan imtina etdikdən (və ya "Portala imza ilə giriş mümkün olmadı" səhvindən) sonra yenidən daxil olmaq üçün brauzeri tam bağlayıb yenidən açmaq lazımdır.',
  "browser.explain.GUIDE_SINGLE_SESSION":
    "Sistemə eyni anda yalnız bir cihazda bir brauzerdən daxil olmaq olar; əvvəlcə digər yerlərdən çıxın.",

  "browser.siteSettings.title": "Brauzerin sayt parametrlərində e-gov.az bloklanmayıb",
  "browser.siteSettings.noProfile":
    "Bu istifadəçi üçün Google Chrome, Chromium və ya Opera profili tapılmadı, ona görə də e-gov.az üçün hələ heç bir qərar saxlanmayıb.",
  "browser.siteSettings.blocked":
    '{browser}, "{profile}" profili: e-gov.az üçün {setting} bloklanıb. Portal imzalayıcı proqrama qoşula və ya düzgün işləyə bilməz, səhifə isə bunun səbəbini göstərmir.',
  "browser.siteSettings.blockLater":
    '{browser} {version}, "{profile}" profili: e-gov.az üçün bu cihazdakı proqramlara giriş bloklanıb. Bu versiya bu bloku hələ tətbiq etmir, amma portalın tələb etdiyi yeniləmədən sonra tətbiq edəcək.',
  "browser.siteSettings.lanBlocked":
    '{browser}, "{profile}" profili: e-gov.az üçün yerli şəbəkədəki digər cihazlara giriş bloklanıb. Bu, bu kompüterdəki imzalayıcı proqrama mane olmur, lakin e-gov.az-a ona qoşulmaq üçün hələ icazə verilməyib.',
  "browser.siteSettings.lanBlockedLoopbackAllowed":
    '{browser}, "{profile}" profili: e-gov.az üçün yerli şəbəkədəki digər cihazlara giriş bloklanıb, imzalayıcı proqramın işlədiyi bu kompüterdəki tətbiq və xidmətlərə giriş isə icazəlidir. Daxil olmaq üçün heç nəyi dəyişmək lazım deyil.',
  "browser.siteSettings.undecided":
    '{browser}, "{profile}" profili: e-gov.az-ın bu kompüterdəki proqramlara qoşulması barədə hələ qərar verilməyib; brauzer bunu portalda soruşacaq.',
  "browser.siteSettings.ok": "{browsers}: e-gov.az üçün heç nə bloklanmayıb.",
  "browser.siteSettings.unreadable.truncated":
    '{browser}, "{profile}" profili: parametrlər faylı yarımçıqdır (brauzer onu hazırda yaza bilər), ona görə də e-gov.az üçün qərarları yoxlanıla bilmədi.',
  "browser.siteSettings.unreadable.tooLarge":
    '{browser}, "{profile}" profili: parametrlər faylı təhlükəsiz oxumaq üçün çox böyükdür, ona görə də e-gov.az üçün qərarları yoxlanıla bilmədi.',
  "browser.siteSettings.unreadable.notJson":
    '{browser}, "{profile}" profili: parametrlər faylı zədələnib (brauzerin formatında deyil), ona görə də e-gov.az üçün qərarları yoxlanıla bilmədi.',
  "browser.siteSettings.unreadable.notObject":
    '{browser}, "{profile}" profili: parametrlər faylı zədələnib (brauzerin formatında deyil), ona görə də e-gov.az üçün qərarları yoxlanıla bilmədi.',
  "browser.siteSettings.unreadable.empty":
    '{browser}, "{profile}" profili: parametrlər faylı boşdur, ona görə də e-gov.az üçün qərarları yoxlanıla bilmədi.',
  "browser.siteSettings.unreadable.unreadable":
    '{browser}, "{profile}" profili: parametrlər faylı açıla bilmədi, ona görə də e-gov.az üçün qərarları yoxlanıla bilmədi.',
  "browser.siteSettings.unreadable.missing":
    '{browser}, "{profile}" profili: parametrlər faylı tapılmadı, ona görə də e-gov.az üçün qərarları yoxlanıla bilmədi.',
  "browser.setting.loopback_network": "bu cihazdakı tətbiq və xidmətlərə giriş",
  "browser.setting.local_network_access": "yerli şəbəkəyə və bu cihaza giriş",
  "browser.setting.local_network": "yerli şəbəkədəki digər cihazlara giriş",
  "browser.setting.javascript": "JavaScript",
  "browser.setting.cookies": "kukilər (sayt məlumatları)",
  "browser.setting.popups": "açılan pəncərələr",

  "browser.policies.title": "Brauzer siyasəti e-gov.az-ı bloklamır",
  "browser.policies.none": "Bu kompüterdə Chrome və ya Chromium siyasəti təyin edilməyib.",
  "browser.policies.nothingBlocks":
    "Brauzer siyasətləri təyin edilib ({count} yerdə), amma heç biri e-gov.az-ı və ya bu kompüterdəki imzalayıcı proqramı bloklamır.",
  "browser.policies.blocks":
    "Kompüterin inzibatçısının təyin etdiyi {browser} siyasəti e-gov.az-a imza ilə giriş üçün lazım olanı bloklayır.",
  "browser.policies.recommendedBlocks":
    "Kompüterin inzibatçısının təyin etdiyi tövsiyə olunan {browser} siyasəti brauzerin parametrlərində dəyişdirilməyibsə, e-gov.az-a imza ilə giriş üçün lazım olanı bloklayır.",
  "browser.policies.lanBlocked":
    "Kompüterin inzibatçısının təyin etdiyi {browser} siyasəti e-gov.az üçün yerli şəbəkədəki cihazlara girişi bloklayır; bu kompüterdəki imzalayıcı proqrama təsir etmir.",
  "browser.policies.popupsBlocked":
    "Kompüterin inzibatçısının təyin etdiyi {browser} siyasəti e-gov.az-da açılan pəncərələri bloklayır; portal imzalamaq üçün pəncərə açsa, o açılmayacaq.",
  "browser.policies.unreadable":
    "Bu kompüterdə təyin edilmiş {browser} siyasətləri oxuna bilmədi, ona görə də onların e-gov.az-ı bloklayıb-bloklamadığı məlum deyil.",

  "browser.remedy.siteSettingsChrome":
    'Google Chrome və ya Chromium brauzerində ünvan sətrinə chrome://settings/content/siteDetails?site=https%3A%2F%2Fwww.e-gov.az yapışdırıb Enter düyməsini sıxın; aşağıda göstərilən parametrləri "İcazə verin" vəziyyətinə keçirin, sonra e-gov.az səhifəsini yeniləyin.',
  "browser.remedy.siteSettingsOpera":
    'Opera brauzerində ünvan sətrinə opera://settings/content/siteDetails?site=https%3A%2F%2Fwww.e-gov.az yapışdırıb Enter düyməsini sıxın; aşağıda göstərilən parametrləri "İcazə verin" vəziyyətinə keçirin, sonra e-gov.az səhifəsini yeniləyin.',
  "browser.remedy.allowSetting": '{browser}, "{profile}" profili: {setting} → "İcazə verin".',
  "browser.remedy.otherProfileBlocked":
    '{browser} brauzerinin "{profile}" profili də e-gov.az-ı bloklayır: portalı həmin profildə açırsınızsa, onu da eyni qaydada düzəldin.',
  "browser.remedy.pressAllowLna":
    'Brauzer e-gov.az-ın bu cihazdakı digər tətbiq və xidmətlərə girişinə icazə soruşanda "İcazə verin" düyməsini sıxın.',
  "browser.remedy.closeBrowserAndRerun": "Brauzerin bütün pəncərələrini bağlayın, bir neçə saniyə gözləyin və yoxlamanı yenidən işə salın.",
  "browser.remedy.askItAdmin":
    "Bunu kompüterin inzibatçısı təyin edib və brauzerdə dəyişmək olmur: İT inzibatçınızdan e-gov.az və bu kompüter (localhost, 127.0.0.1) üçün bu bloku götürməsini xahiş edin.",
  "browser.remedy.policyLine": '{browser}: {policy} siyasəti = "{entry}" ({where}).',
  "browser.remedy.otherBrowserOrComputer":
    "Satışa qədər dəyişmək mümkün olmasa, təşkilat tərəfindən idarə olunmayan kompüterdə daxil olun.",
  "browser.remedy.checkChromePolicyPage":
    "Qüvvədə olan siyasətləri görmək üçün Chrome-da chrome://policy səhifəsini açın və onları İT inzibatçınıza göstərin.",

  "browser.explain.SITE_SETTINGS_OK":
    "Heç bir brauzer profili e-gov.az-ı bloklamır: bu kompüterə giriş, JavaScript və kukilərə icazə verilib və ya soruşulacaq.",
  "browser.explain.SITE_LNA_UNDECIDED":
    'Brauzerə hələ e-gov.az-ın bu kompüterdəki proqramlara qoşulub-qoşulmayacağı bildirilməyib; portalda soruşacaq: "İcazə verin" düyməsini sıxın.',
  "browser.explain.SITE_NO_PROFILE":
    "Brauzer profili tapılmadı, ona görə də e-gov.az üçün hələ heç nə saxlanmayıb; brauzer portalda soruşacaq.",
  "browser.explain.SITE_BLOCKED":
    "Brauzer profili e-gov.az-ın bu kompüterdəki proqramlara qoşulmasını və ya onun JavaScript və kukilərini bloklayır; imzalayıcı proqrama qoşulmaq olmur, səhifə isə səbəbini bilmir.",
  "browser.explain.SITE_BLOCK_NOT_ENFORCED":
    "e-gov.az üçün bu kompüterə giriş bloku saxlanıb, amma bu brauzer versiyası onu hələ tətbiq etmir; yeniləmədən sonra tətbiq edəcək.",
  "browser.explain.SITE_LAN_BLOCKED":
    "e-gov.az üçün yerli şəbəkədəki digər cihazlara giriş bloklanıb; bu, təkbaşına bu kompüterdəki imzalayıcı proqrama mane olmur.",
  "browser.explain.SITE_BLOCKED_OTHER_PROFILE":
    "Son istifadə olunan brauzer profili qaydasındadır, amma başqa bir profil e-gov.az-ı bloklayır.",
  "browser.explain.SITE_PROFILE_UNREADABLE":
    "Brauzerin parametrlər faylı oxuna bilmədi (yazılır, zədələnib və ya çox böyükdür), ona görə də e-gov.az üçün qərarları məlum deyil.",
  "browser.explain.POLICY_NONE": "Bu kompüterdə Chrome və ya Chromium siyasəti təyin edilməyib.",
  "browser.explain.POLICY_NOTHING_BLOCKS":
    "Brauzer siyasətləri təyin edilib, amma heç biri e-gov.az-ı və ya bu kompüterdəki imzalayıcı proqramı bloklamır.",
  "browser.explain.POLICY_BLOCKS":
    "Kompüterin inzibatçısının təyin etdiyi brauzer siyasəti e-gov.az-ı, onun bu kompüterə girişini, JavaScript və ya kukilərini bloklayır; bunu yalnız inzibatçı götürə bilər.",
  "browser.explain.POLICY_RECOMMENDED_BLOCKS":
    "Tövsiyə olunan brauzer siyasəti e-gov.az üçün lazım olan nəyisə bloklayır; brauzerin parametrlərində dəyişdirilməyibsə, qüvvədədir.",
  "browser.explain.POLICY_LAN_BLOCKED":
    "Brauzer siyasəti e-gov.az üçün yerli şəbəkədəki cihazlara girişi bloklayır; bu kompüterdəki imzalayıcı proqrama təsir etmir.",
  "browser.explain.POLICY_POPUPS_BLOCKED":
    "Brauzer siyasəti e-gov.az-da açılan pəncərələri bloklayır; portalın imzalamaq üçün açdığı pəncərə açılmayacaq.",
  "browser.explain.POLICY_UNREADABLE":
    "Brauzer siyasətləri oxuna bilmədi, ona görə də onların e-gov.az-ı bloklayıb-bloklamadığı məlum deyil.",
  "browser.explain.LNA_PERMISSION_DENIED":
    'Brauzer saytın bu kompüterdəki proqrama ("loopback"), yerli şəbəkəyə ("local") və ya müəyyən edə bilmədiyi ünvana ("unknown") sorğusunu rədd etdi: sayt üçün yerli şəbəkəyə giriş bloklanıb və ya hələ icazə verilməyib.',
  "browser.explain.LNA_PROMPT":
    'Brauzer saytın bu kompüterdəki proqramlara qoşulmasına icazə verilib-verilməyəcəyini soruşur. e-gov.az-da bu kompüterdəki imzalayıcı proqrama bu lazım ola bilər: "İcazə verin" düyməsini sıxın.',
  "browser.profile.named": "{name} ({folder} qovluğu)",
};
