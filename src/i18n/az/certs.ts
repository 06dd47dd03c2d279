import type { certs as en } from "../en/certs.js";
import type { SameKeys } from "../keys.js";
export const certs: SameKeys<typeof en> = {
  // Başlıqlar
  "certs.stores.title": "Kompüterdəki sertifikat anbarları",
  "certs.rootInstalled.title": "AZ Root Authority (RCA) kök sertifikatı quraşdırılıb",
  "certs.rootTrusted.title": "Kök sertifikat sistemə tanıdılıb",
  "certs.intermediates.title": "PCA və ICA sertifikatları quraşdırılıb",
  "certs.caValidity.title": "Kök, PCA və ICA sertifikatlarının etibarlılıq müddəti bitməyib",
  "certs.clock.title": "Kompüterin saatı",
  "certs.userValidity.title": "Sertifikatınızın etibarlılıq müddəti",
  "certs.userChain.title": "Sertifikatınızın kökə qədər zənciri",
  "certs.userRevocation.title": "Sertifikatınız ləğv (deaktiv) edilməyib",

  // certs.stores
  "certs.stores.read": "Kompüterin sertifikat anbarları oxundu.",
  "certs.stores.unreadable": "Brauzerin istifadə etdiyi sertifikat anbarını oxumaq mümkün olmadı.",
  "certs.stores.remedy.tool.linux":
    "İT köməkçisi üçün: NSS alətlərini quraşdırın və yoxlamanı təkrarlayın: sudo apt install libnss3-tools (Fedora: sudo dnf install nss-tools).",
  "certs.stores.remedy.tool.other":
    "Sistemin sertifikat aləti yoxdur və ya bloklanıb; yoxlamanı adi istifadəçi kimi təkrarlayın və ya İT köməkçisinə müraciət edin.",
  "certs.stores.remedy.retry": "Chrome və Opera-nı bağlayın (açıq olanda anbarı kilidləyirlər), sonra yoxlamanı təkrarlayın.",
  "certs.stores.remedy.retryLater":
    "Yoxlamanı bir az sonra yenidən işə salın. Anbar yenə oxunmasa, nəticəni (və ya --report faylını) kompüterinizə baxan İT köməkçisinə göstərin.",

  // certs.root-installed
  "certs.rootInstalled.pass.fingerprint": "{name} quraşdırılıb; rəsmi sertifikatla eynidir (barmaq izi üst-üstə düşür).",
  "certs.rootInstalled.pass.subject+keyId": "{name} quraşdırılıb; adına və açar identifikatoruna görə tanındı.",
  "certs.rootInstalled.pass.subject":
    "{name} quraşdırılıb; yalnız adına görə tanındı (rəsmi faylla müqayisə etmək üçün onu --ca ilə verin).",
  "certs.rootInstalled.missing": "{name} kök sertifikatı {browsers} üçün sertifikat anbarında quraşdırılmayıb.",
  "certs.rootInstalled.onlyElsewhere": "{name} bu kompüterdə var, lakin {browsers} üçün sertifikat anbarında yoxdur.",
  "certs.rootInstalled.mismatch": "{name} adlı sertifikat quraşdırılıb, lakin o, rəsmi sertifikat deyil (barmaq izi fərqlidir).",

  // certs.root-trusted
  "certs.rootTrusted.pass": "{name} sistemə kök sertifikat kimi tanıdılıb.",
  "certs.rootTrusted.fail": "{name} quraşdırılıb, lakin sistemə kök sertifikat kimi tanıdılmayıb.",

  // certs.intermediates
  "certs.intermediates.missing": "{browsers} üçün sertifikat anbarında quraşdırılmayıb: {names}.",
  "certs.intermediates.mismatch": "{names} adlı sertifikatlar quraşdırılıb, lakin onlar rəsmi sertifikatlar deyil (barmaq izi fərqlidir).",

  // certs.ca-validity
  "certs.caValidity.pass": "Tapılan {count} sertifikatın (kök, PCA, ICA) hamısı ən azı daha 90 gün etibarlıdır.",
  "certs.caValidity.none": "Müddətini yoxlamaq üçün kök, PCA və ya ICA sertifikatı tapılmadı.",
  "certs.caValidity.none.remedy": "Əvvəlcə kök, PCA və ICA sertifikatlarını quraşdırın (yuxarıdakı yoxlamalara baxın).",
  "certs.caValidity.CA_EXPIRED": "{name} sertifikatının etibarlılıq müddəti {date} tarixində bitib.",
  "certs.caValidity.CA_EXPIRING": "{name} sertifikatının etibarlılıq müddəti {days} gün sonra, {date} tarixində bitir.",
  "certs.caValidity.CA_NOT_YET_VALID": "{name} sertifikatı yalnız {notBefore} tarixindən etibarlıdır: kompüterin tarixi yəqin ki, səhvdir.",
  "certs.caValidity.CA_EXPIRES_BEFORE_SALE": "{name} sertifikatının etibarlılıq müddəti satışdan ({sale}) əvvəl, {date} tarixində bitir.",
  "certs.caValidity.remedy.renew":
    "{name} sertifikatının yeni versiyasını rəsmi E-İmza saytından (e-imza.az) yükləyin və köhnəsinin yanında quraşdırın. Köhnəsini müddəti bitənədək ({date}) silməyin: sizin öz sertifikatınız onun əsasında verilmiş ola bilər.",

  // certs.clock
  "certs.clock.pass": "Saat düzdür (portalın saatından fərq {seconds} saniyədən azdır).",
  "certs.clock.ahead": "Kompüterin saatı portalın saatından {skew} irəlidədir.",
  "certs.clock.behind": "Kompüterin saatı portalın saatından {skew} geridədir.",
  "certs.clock.unchecked": "Kompüterin saatını portalın saatı ilə müqayisə etmək mümkün olmadı.",
  "certs.unit.minute.other": "{n} dəqiqə",
  "certs.unit.minute.one": "{n} dəqiqə",
  "certs.unit.hour.other": "{n} saat",
  "certs.unit.hour.one": "{n} saat",
  "certs.unit.day.other": "{n} gün",
  "certs.unit.day.one": "{n} gün",
  "certs.duration.pair": "{a} {b}",
  "certs.clock.wrong.behind.flips":
    "Kompüterin saatı portalın saatından {skew} geridədir: bu saatla {count} sertifikat portalın vaxtına görə olduğundan fərqli qiymətləndirilir (müddəti bitmiş və ya hələ qüvvədə olmayan kimi).",
  "certs.clock.wrong.ahead.flips":
    "Kompüterin saatı portalın saatından {skew} irəlidədir: bu saatla {count} sertifikat portalın vaxtına görə olduğundan fərqli qiymətləndirilir (müddəti bitmiş və ya hələ qüvvədə olmayan kimi).",
  "certs.clock.wrong.behind":
    "Kompüterin saatı portalın saatından {skew} geridədir: bu, heç bir sertifikatın dözə biləcəyi fərq deyil. Belə saatla sertifikatlar və təhlükəsiz bağlantılar səhv qiymətləndirilir.",
  "certs.clock.wrong.ahead":
    "Kompüterin saatı portalın saatından {skew} irəlidədir: bu, heç bir sertifikatın dözə biləcəyi fərq deyil. Belə saatla sertifikatlar və təhlükəsiz bağlantılar səhv qiymətləndirilir.",

  // istifadəçi sertifikatı
  "certs.noUserCert": "Yoxlanılacaq sertifikatınız yoxdur: tokendən sertifikat oxunmadı və sertifikat faylı (--cert) verilmədi.",
  "certs.noUserCert.remedy":
    "E-İmza tokenini taxın (və ya şəxsiyyət vəsiqəsini kart oxuyucusuna taxın) və guzestli-check all əmrini işə salın, ya da sertifikat faylınızı verin: --cert <fayl>.",
  "certs.userValidity.pass": "{date} tarixinədək etibarlıdır ({days} gün qalıb).",
  "certs.userValidity.passSale": "{date} tarixinədək etibarlıdır ({days} gün qalıb), deməli satış zamanı ({sale}) da etibarlı olacaq.",
  "certs.userValidity.expired": "Sertifikatınızın müddəti {date} tarixində bitib.",
  "certs.userValidity.notYetValid": "Sertifikatınız yalnız {notBefore} tarixindən etibarlıdır: kompüterin tarixi yəqin ki, səhvdir.",
  "certs.userValidity.beforeSale": "Sertifikatınızın müddəti satışdan ({sale}) əvvəl, {date} tarixində bitir.",
  "certs.userValidity.expiring": "Sertifikatınızın müddəti {date} tarixində, {days} gün sonra bitir.",
  "certs.userValidity.renew.remedy":
    "E-İmza sertifikatını satışdan əvvəl yeniləyin: necə və harada yeniləyəcəyinizi öyrənmək üçün 157 Çağrı Mərkəzinə zəng edin.",
  "certs.userChain.pass": "Sertifikatınızdan kök sertifikata qədər zəncir qurulur və bütün imzalar təsdiqlənir: {chain}.",
  "certs.userChain.incomplete": "Zəncir yarımçıq qalır: sertifikatınızı verən {missing} sertifikatı brauzerinizin anbarında yoxdur.",
  "certs.userChain.incomplete.remedy": "{missing} sertifikatını quraşdırın (rəsmi faylı e-imza.az saytından götürün).",
  "certs.userChain.badSignature":
    "{certificate} quraşdırılmış {issuer} tərəfindən imzalanmayıb: quraşdırılmış nüsxə başqa (köhnə və ya yad) sertifikatdır.",
  "certs.userChain.badSignature.remedy": "Anbardakı yanlış {issuer} nüsxəsini silin və e-imza.az saytından rəsmi sertifikatı quraşdırın.",
  "certs.userChain.rootUntrusted": "Zəncir {root} ilə bitir, lakin o, sistemə kök sertifikat kimi tanıdılmayıb.",
  "certs.userChain.rootUntrusted.remedy":
    '{root} sertifikatını sistemə kök sertifikat kimi tanıdın (yuxarıdakı "Kök sertifikat sistemə tanıdılıb" yoxlamasına baxın).',
  "certs.userRevocation.good": "Sertifikat mərkəzinin xidməti sertifikatınızın ləğv (deaktiv) edilmədiyini təsdiqləyir.",
  "certs.userRevocation.revoked": "Sertifikatınız {date} tarixində LƏĞV (DEAKTİV) EDİLİB. Portal onu qəbul etməyəcək.",
  "certs.userRevocation.revoked.remedy":
    "Bu sertifikatla imzalamaq mümkün deyil: satışdan əvvəl yeni E-İmza sertifikatı almaq üçün 157 Çağrı Mərkəzinə zəng edin.",
  "certs.userRevocation.unknown": "Sertifikat mərkəzinin xidməti sertifikatınızı tanımır.",
  "certs.userRevocation.unreachable":
    "Sertifikatınızın ləğv edilib-edilmədiyini öyrənmək mümkün olmadı: sertifikat mərkəzinin xidmətinə qoşulmaq alınmadı.",
  "certs.userRevocation.unreachable.remedy":
    "İnternet bağlantısını yoxlayın və yoxlamanı təkrarlayın; alınmasa, sertifikatınızın aktiv olub-olmadığını 157 Çağrı Mərkəzindən soruşun.",
  "certs.userRevocation.noSource":
    "Sertifikatınızda ləğv vəziyyətini yoxlamaq üçün xidmət ünvanı göstərilməyib, ona görə bunu burada yoxlamaq mümkün deyil.",
  "certs.userRevocation.noIssuer":
    "Sertifikatınızı verən {issuer} sertifikatı tapılmadı, ona görə ləğv vəziyyətini soruşmaq mümkün olmadı.",
  "certs.userRevocation.noIssuer.remedy": "{issuer} sertifikatını quraşdırın və yoxlamanı təkrarlayın.",
  "certs.userRevocation.issuerNotLookedUp":
    "Sertifikatınızın ləğv edilib-edilmədiyini yoxlamaq mümkün olmadı: sertifikat anbarları oxuna bilmədi, ona görə sertifikatınızı verən {issuer} sertifikatı orada axtarıla bilmədi.",
  "certs.userValidity.clockWrong":
    "Portalın vaxtına görə sertifikatınız {date} tarixinədək etibarlıdır; onu müddəti bitmiş və ya hələ qüvvədə olmayan kimi yalnız bu kompüterin səhv saatı göstərir.",
  "certs.userChain.selfSigned.remedy":
    "Bu sertifikatı quraşdırmayın və ona etibar etməyin. Tokeninizdəki E-İmza sertifikatı ilə imzalayın; başqası yoxdursa, rəsmi sertifikat mərkəzindən (e-imza.az, ASAN xidmət mərkəzi) alın.",
  "certs.userChain.selfSigned":
    "{subject} sertifikatı özü-özünü imzalayıb: bu, rəsmi sertifikat mərkəzinin verdiyi sertifikat deyil və portal onu qəbul etməyəcək.",

  // Ümumi addımlar
  "certs.remedy.getOfficialFile": "{name} sertifikatının rəsmi faylını e-imza.az saytından götürün; heç vaxt naməlum saytdan yükləməyin.",
  // Windows labels (issue #21.5): an Azerbaijani Windows display language exists but is rare;
  // citizens' Windows is mostly English or Russian, so az quotes the English label with the
  // Russian one in brackets, exactly as a Russian Windows 10/11 shows it (certificate import
  // wizard, certmgr.msc, services.msc, Default apps). Step by step, as the wizard asks.
  "certs.remedy.windows.installRoot":
    'Faylı iki dəfə klikləyin → "Install Certificate…" (Установить сертификат…) → "Current User" (Текущий пользователь) → "Next" (Далее) → "Place all certificates in the following store" (Поместить все сертификаты в следующее хранилище) → "Browse…" (Обзор…) → "Trusted Root Certification Authorities" (Доверенные корневые центры сертификации) → "OK" → "Next" (Далее) → "Finish" (Готово); təhlükəsizlik xəbərdarlığına "Yes" (Да) cavabını verin.',
  "certs.remedy.windows.installCa":
    'Faylı iki dəfə klikləyin → "Install Certificate…" (Установить сертификат…) → "Current User" (Текущий пользователь) → "Next" (Далее) → "Place all certificates in the following store" (Поместить все сертификаты в следующее хранилище) → "Browse…" (Обзор…) → "Intermediate Certification Authorities" (Промежуточные центры сертификации) → "OK" → "Next" (Далее) → "Finish" (Готово).',
  "certs.remedy.windows.certutilRoot": "İT köməkçisi üçün, əmr sətrində: certutil -user -addstore Root <fayl>",
  "certs.remedy.windows.certutilCa": "İT köməkçisi üçün, əmr sətrində: certutil -user -addstore CA <fayl>",
  "certs.remedy.windows.trustRoot":
    '{name} yalnız aralıq sertifikatlar anbarındadır: onu yenidən quraşdırın və bu dəfə "Browse…" (Обзор…) düyməsindən sonra "Trusted Root Certification Authorities" (Доверенные корневые центры сертификации) anbarını seçin.',
  "certs.remedy.mac.installRoot":
    'Faylı iki dəfə klikləyib "login" açar zəncirinə əlavə edin, sonra onu "Keychain Access" (Связка ключей) proqramında açın → "Trust" (Доверие) → "When using this certificate" (При использовании этого сертификата): "Always Trust" (Всегда доверять).',
  "certs.remedy.mac.installCa": 'Faylı iki dəfə klikləyib "Keychain Access" (Связка ключей) proqramında "login" açar zəncirinə əlavə edin.',
  "certs.remedy.mac.trustRoot":
    '{name} sertifikatını "Keychain Access" (Связка ключей) proqramında açın → "Trust" (Доверие) → "When using this certificate" (При использовании этого сертификата): "Always Trust" (Всегда доверять), pəncərəni bağlayın və parolunuzu daxil edin.',
  // Chrome's labels (issue #21.4): in az the Azerbaijani label with the English one in brackets,
  // in ru the Russian with the English. Azerbaijani checked against Chromium's own translations
  // (chrome/app/resources/generated_resources_az.xtb by message id): Ayarlar (Settings),
  // Məxfilik və təhlükəsizlik (Privacy and security), Təhlükəsizlik (Security), Sertifikatları
  // idarə edin (Manage certificates), Düzəliş edin (Edit), Lokal sertifikatlar (Local
  // certificates, 3378517653648586174), İxtiyari (Custom, 1177863135347784049), Etibar edilən
  // sertifikatlar (Trusted Certificates, 5038621320029329200), Orta sertifikatlar (Intermediate
  // Certificates, 7735558909644181051), İmport edin (Import, 8275038454117074363), Doğrulamalar
  // (Authorities, 7606992457248886637), Veb sayt tanınması üçün bu sertifikata inanın (Trust this
  // certificate for identifying websites, 6651237644330755633), Silin (Delete,
  // 8261506727792406068). Left in English: the new manager's "Installed by you" (its id
  // 457679137538302799 has no az translation in that file yet).
  "certs.remedy.linux.chromeRoot":
    'Chrome və ya Opera-da: "Ayarlar" (Settings) → "Məxfilik və təhlükəsizlik" (Privacy and security) → "Təhlükəsizlik" (Security) → "Sertifikatları idarə edin" (Manage certificates) → "Lokal sertifikatlar" (Local certificates) → "İxtiyari" (Custom) → "Installed by you" → "Etibar edilən sertifikatlar" (Trusted Certificates) → "İmport edin" (Import), və faylı seçin. Chrome-un köhnə versiyasında: "Sertifikatları idarə edin" (Manage certificates) → "Doğrulamalar" (Authorities) → "İmport edin" (Import), faylı seçin və "Veb sayt tanınması üçün bu sertifikata inanın" (Trust this certificate for identifying websites) qutusunu işarələyin.',
  "certs.remedy.linux.chromeCa":
    'Chrome və ya Opera-da: "Ayarlar" (Settings) → "Məxfilik və təhlükəsizlik" (Privacy and security) → "Təhlükəsizlik" (Security) → "Sertifikatları idarə edin" (Manage certificates) → "Lokal sertifikatlar" (Local certificates) → "İxtiyari" (Custom) → "Installed by you" → "Orta sertifikatlar" (Intermediate Certificates) → "İmport edin" (Import), və faylı seçin. Chrome-un köhnə versiyasında: "Sertifikatları idarə edin" (Manage certificates) → "Doğrulamalar" (Authorities) → "İmport edin" (Import), və faylı seçin (etibar qutularını işarələmək lazım deyil).',
  "certs.remedy.linux.certutilRoot": 'İT köməkçisi üçün, terminalda: certutil -A -d sql:{nssdb} -n "{name}" -t C,, -i <fayl>',
  "certs.remedy.linux.certutilCa": 'İT köməkçisi üçün, terminalda: certutil -A -d sql:{nssdb} -n "{name}" -t ,, -i <fayl>',
  "certs.remedy.linux.certutilTrust": 'İT köməkçisi üçün, terminalda: certutil -M -d sql:{nssdb} -n "{name}" -t C,,',
  "certs.remedy.linux.trustRoot":
    'Chrome və ya Opera-da: "Ayarlar" (Settings) → "Məxfilik və təhlükəsizlik" (Privacy and security) → "Təhlükəsizlik" (Security) → "Sertifikatları idarə edin" (Manage certificates) → "Lokal sertifikatlar" (Local certificates) → "İxtiyari" (Custom) → "Installed by you" → "Etibar edilən sertifikatlar" (Trusted Certificates) → "İmport edin" (Import), və {name} faylını seçin. Chrome-un köhnə versiyasında: "Sertifikatları idarə edin" (Manage certificates) → "Doğrulamalar" (Authorities) → {name} → "Düzəliş edin" (Edit) → "Veb sayt tanınması üçün bu sertifikata inanın" (Trust this certificate for identifying websites) qutusunu işarələyin.',
  "certs.remedy.fix":
    "İT köməkçisi üçün: guzestli-check certs --fix --ca <rəsmi fayl> bunu özü edir (yazmazdan əvvəl soruşur; {name} quraşdırır).",
  "certs.remedy.removeOldCopy":
    'Quraşdırılmış, lakin rəsmi olmayan {name} sertifikatını silin, sonra rəsmi faylı quraşdırın. Windows: Win+R → certmgr.msc → "Trusted Root Certification Authorities" (Доверенные корневые центры сертификации) və ya "Intermediate Certification Authorities" (Промежуточные центры сертификации) → "Certificates" (Сертификаты) → {name} üzərində sağ düymə → "Delete" (Удалить) → "Yes" (Да). macOS: "Keychain Access" (Связка ключей) → {name} üzərində sağ düymə → "Delete" (Удалить). Linux: Chrome-un sertifikat menecerində "Doğrulamalar" (Authorities) → {name} → "Silin" (Delete).',
  "certs.remedy.restartBrowser": "Chrome və Opera-nın bütün pəncərələrini bağlayıb yenidən açın.",
  "certs.remedy.checkClock": "Tarixi, saatı və saat qurşağını (Bakı, UTC+4) düzgün qurun və saatın avtomatik tənzimlənməsini yandırın.",
  "certs.remedy.call157": "E-İmza sertifikatı ilə bağlı istənilən problemdə 157 Çağrı Mərkəzinə zəng edin.",

  // certs --fix
  "certs.fix.nothing": "certs --fix: quraşdırılacaq heç nə yoxdur (--ca ilə verilən rəsmi sertifikatların hamısı artıq var).",
  "certs.fix.noCa": "certs --fix üçün rəsmi sertifikat faylları lazımdır: --ca <fayl>. Heç nə yazılmadı.",
  "certs.fix.plan": "certs --fix bu sertifikatları {target} quraşdıracaq: {names}.",
  "certs.fix.ask": "Bu sertifikatlar indi quraşdırılsın?",
  "certs.fix.noTerminal": "certs --fix: soruşmaq üçün terminal yoxdur; quraşdırmaq üçün --yes ilə təkrarlayın. Heç nə yazılmadı.",
  "certs.fix.declined": "certs --fix: heç nə yazılmadı.",
  "certs.fix.done": "{name} {target} quraşdırıldı.",
  "certs.fix.failed": "{name} {target} quraşdırıla bilmədi; səbəbini --verbose göstərir.",
  "certs.fix.rerun": "Yeni vəziyyəti görmək üçün guzestli-check certs əmrini yenidən işə salın.",
  "certs.fix.target.windows": "Windows-un sizin istifadəçiniz üçün sertifikat anbarına",
  "certs.fix.target.mac": 'macOS-un "login" açar zəncirinə',
  "certs.fix.target.nss": "Chrome və Opera-nın sertifikat anbarına",

  // explain
  "certs.explain.STORES_READ": "Alət bu kompüterin sertifikat anbarlarını oxudu.",
  "certs.explain.STORES_UNREADABLE":
    "Brauzerin istifadə etdiyi sertifikat anbarı oxuna bilmədi, ona görə kök, PCA və ICA sertifikatları yoxlanılmadı.",
  "certs.explain.ROOT_INSTALLED": "AZ Root Authority (RCA) kök sertifikatı quraşdırılıb.",
  "certs.explain.ROOT_NOT_INSTALLED":
    "AZ Root Authority (RCA) kök sertifikatı brauzerin istifadə etdiyi anbarda quraşdırılmayıb, ona görə E-İmza ilə giriş və imzalama alınmır.",
  "certs.explain.ROOT_MISMATCH": "Kök sertifikatın adını daşıyan sertifikat quraşdırılıb, lakin o, rəsmi sertifikat deyil.",
  "certs.explain.ROOT_TRUSTED": "Kök sertifikat sistemə tanıdılıb.",
  "certs.explain.ROOT_NOT_TRUSTED":
    "Kök sertifikat quraşdırılıb, lakin sistemə kök sertifikat kimi tanıdılmayıb, ona görə onunla bitən zəncirlər rədd edilir.",
  "certs.explain.INTERMEDIATES_INSTALLED": "AZ Policy Authority (PCA) və AZ E-Government Authority (ICA) quraşdırılıb.",
  "certs.explain.INTERMEDIATES_MISSING":
    "AZ Policy Authority (PCA) və ya AZ E-Government Authority (ICA) quraşdırılmayıb, ona görə sertifikatınızın zənciri qurula bilmir.",
  "certs.explain.INTERMEDIATE_MISMATCH": "PCA və ya ICA sertifikatı quraşdırılıb, lakin rəsmi sertifikat deyil.",
  "certs.explain.CA_VALID": "Kök, PCA və ICA sertifikatları etibarlıdır.",
  "certs.explain.CA_EXPIRING": "Kök, PCA və ya ICA sertifikatlarından birinin etibarlılıq müddəti 90 gün ərzində bitir.",
  "certs.explain.CA_EXPIRED":
    "Kök, PCA və ya ICA sertifikatlarından birinin etibarlılıq müddəti bitib; onun üzərindən keçən zəncirlər rədd edilir.",
  "certs.explain.CA_NOT_YET_VALID": "Kök, PCA və ya ICA sertifikatı hələ qüvvəyə minməyib: adətən kompüterin tarixi səhvdir.",
  "certs.explain.CA_EXPIRES_BEFORE_SALE": "Kök, PCA və ya ICA sertifikatlarından birinin etibarlılıq müddəti satış tarixindən əvvəl bitir.",
  "certs.explain.CA_NONE_FOUND": "Kök, PCA və ICA sertifikatlarının heç biri tapılmadı, ona görə onların tarixləri yoxlanılmadı.",
  "certs.explain.CLOCK_OK": "Kompüterin saatı portalın saatı ilə üst-üstə düşür.",
  "certs.explain.CLOCK_SKEW":
    "Kompüterin saatı portalın saatından 5 dəqiqədən çox fərqlənir; sertifikatlar müddəti bitmiş və ya hələ qüvvəyə minməmiş görünə bilər.",
  "certs.explain.CLOCK_UNCHECKED": "Saatları müqayisə etmək üçün portala qoşulmaq mümkün olmadı.",
  "certs.explain.CERT_CLOCK_WRONG":
    "Portalın vaxtına görə sertifikatınız qaydasındadır, lakin bu kompüterin səhv saatı onu müddəti bitmiş və ya hələ qüvvədə olmayan kimi göstərir.",
  "certs.explain.CLOCK_WRONG":
    "Kompüterin saatı bir gündən çox və ya sertifikatı müddəti bitmiş, yaxud hələ qüvvədə olmayan kimi göstərəcək qədər səhvdir: saat düzəldilənədək imza və giriş alınmır.",
  "certs.explain.CERT_VALID": "Sertifikatınız etibarlılıq müddəti daxilindədir.",
  "certs.explain.CERT_EXPIRING": "Sertifikatınızın etibarlılıq müddəti 30 gün ərzində bitir.",
  "certs.explain.CERT_EXPIRED": "Sertifikatınızın etibarlılıq müddəti bitib; portal onu qəbul etmir.",
  "certs.explain.CERT_NOT_YET_VALID": "Sertifikatınız hələ qüvvəyə minməyib: adətən kompüterin tarixi səhvdir.",
  "certs.explain.CERT_EXPIRES_BEFORE_SALE":
    "Sertifikatınızın etibarlılıq müddəti satışdan əvvəl bitir: satış günü onunla imzalamaq olmayacaq.",
  "certs.explain.NO_USER_CERT": "Yoxlanılacaq sertifikatınız yox idi (token oxunmadı, sertifikat faylı verilmədi).",
  "certs.explain.CHAIN_OK": "Sertifikatınızdan kök sertifikata qədər zəncir qurulur və bütün imzalar təsdiqlənir.",
  "certs.explain.CHAIN_INCOMPLETE": "Zəncirinizdəki sertifikatlardan biri (PCA və ya ICA) yoxdur.",
  "certs.explain.CHAIN_BAD_SIGNATURE":
    "Quraşdırılmış PCA, ICA və ya kök sertifikatın adı düzdür, lakin sertifikatınızı o imzalamayıb (köhnə və ya yad nüsxə).",
  "certs.explain.CHAIN_ROOT_UNTRUSTED": "Zənciriniz sistemə tanıdılmamış kök sertifikatla bitir.",
  "certs.explain.NOT_REVOKED": "Sertifikat mərkəzinin xidməti sertifikatınızın ləğv edilmədiyini təsdiqləyir.",
  "certs.explain.CERT_SELF_SIGNED": "Sertifikatınız özü-özünü imzalayıb: bu, rəsmi sertifikat mərkəzinin verdiyi sertifikat deyil.",
  "certs.explain.REVOKED": "Sertifikatınız ləğv (deaktiv) edilib: onunla giriş etmək və imzalamaq olmaz.",
  "certs.explain.REVOCATION_UNKNOWN": "Sertifikat mərkəzinin xidməti sertifikatınızı tanımır.",
  "certs.explain.REVOCATION_UNREACHABLE":
    "Sertifikatınızın ləğv edilib-edilmədiyini yoxlayan xidmətə qoşulmaq mümkün olmadı və ya yararlı cavab alınmadı.",
  "certs.explain.NO_REVOCATION_INFO": "Sertifikatınızda ləğv vəziyyətini yoxlamaq üçün xidmət ünvanı göstərilməyib.",
  "certs.explain.ISSUER_NOT_FOUND":
    "Sertifikatınızı verən sertifikat mərkəzinin sertifikatı tapılmadı, ona görə ləğv vəziyyəti soruşula bilmədi.",
  "certs.explain.ISSUER_NOT_LOOKED_UP":
    "Sertifikat anbarları oxuna bilmədi, ona görə sertifikatınızı verən sertifikat mərkəzinin sertifikatı axtarıla bilmədi və ləğv vəziyyəti soruşulmadı. Bu, kompüterinizdə tapılmış problem deyil.",
  "certs.explain.remedy.installRoot":
    'AZ Root Authority (RCA) rəsmi faylını e-imza.az saytından götürün və kök sertifikat kimi quraşdırın: Windows-da "Trusted Root Certification Authorities" (Доверенные корневые центры сертификации) anbarına; macOS-da "Keychain Access" (Связка ключей) → "Trust" (Доверие) → "Always Trust" (Всегда доверять); Linux-da Chrome və ya Opera-da "Sertifikatları idarə edin" (Manage certificates) → "Doğrulamalar" (Authorities) → "İmport edin" (Import).',
  "certs.explain.remedy.trustRoot":
    'AZ Root Authority (RCA) sertifikatını sistemə kök sertifikat kimi tanıdın: Windows-da onu "Trusted Root Certification Authorities" (Доверенные корневые центры сертификации) anbarına quraşdırın; macOS-da "Keychain Access" (Связка ключей) → "Trust" (Доверие) → "Always Trust" (Всегда доверять); Linux-da Chrome və ya Opera-da "Sertifikatları idarə edin" (Manage certificates) → "Doğrulamalar" (Authorities) → "Düzəliş edin" (Edit).',
  "certs.explain.remedy.installIntermediates":
    'AZ Policy Authority (PCA) və AZ E-Government Authority (ICA) rəsmi fayllarını e-imza.az saytından götürün və quraşdırın (Windows-da "Intermediate Certification Authorities" (Промежуточные центры сертификации) anbarına; Chrome və Opera-da "Sertifikatları idarə edin" (Manage certificates) → "Doğrulamalar" (Authorities) → "İmport edin" (Import)).',
  "certs.explain.remedy.removeOldCopy":
    'Rəsmi olmayan quraşdırılmış nüsxəni silin, sonra e-imza.az saytından rəsmi faylı quraşdırın. Windows: Win+R → certmgr.msc → anbar → "Certificates" (Сертификаты) → sağ düymə → "Delete" (Удалить). macOS: "Keychain Access" (Связка ключей) → sağ düymə → "Delete" (Удалить). Linux: Chrome-un sertifikat menecerində "Doğrulamalar" (Authorities) → "Silin" (Delete).',
  "certs.explain.remedy.renewCa":
    "Kök, PCA və ya ICA sertifikatının yeni versiyasını e-imza.az saytından yükləyin və köhnəsinin yanında quraşdırın. Köhnəsini etibarlılıq müddəti bitənədək silməyin: sizin öz sertifikatınız onun əsasında verilmiş ola bilər.",
  "certs.intermediates.pass.fingerprint": "{names} quraşdırılıb; rəsmi sertifikatlarla eynidir (barmaq izləri üst-üstə düşür).",
  "certs.intermediates.pass.subject+keyId": "{names} quraşdırılıb; adına və açar identifikatoruna görə tanındı.",
  "certs.intermediates.pass.subject":
    "{names} quraşdırılıb; yalnız adına görə tanındı (rəsmi fayllarla müqayisə etmək üçün onları --ca ilə verin).",
  "certs.rootInstalled.pass.chain":
    "{name} quraşdırılıb (adı: {installed}); sizin sertifikatınızın zənciri ondan keçir. Rəsmi faylla müqayisə etmək üçün onu --ca ilə verin.",
  "certs.rootInstalled.pass.nameVariant":
    "{name} quraşdırılıb (adı: {installed}); yalnız adına görə tanındı (rəsmi faylla müqayisə etmək üçün onu --ca ilə verin).",
  "certs.intermediates.pass.chain":
    "{names} quraşdırılıb; sizin sertifikatınızın zənciri onlardan keçir. Barmaq izlərini müqayisə etmək üçün rəsmi faylları --ca ilə verin.",
  "certs.intermediates.pass.nameVariant":
    "{names} quraşdırılıb (adlar başqa cür yazılıb); yalnız ada görə tanındı — barmaq izlərini müqayisə etmək üçün rəsmi faylları --ca ilə verin.",
  "certs.caValidity.CA_LEFTOVER":
    "{name} sertifikatının etibarlılıq müddəti {date} tarixində bitmiş köhnə nüsxəsi etibarlı nüsxənin yanında hələ də quraşdırılıb. İmzalama etibarlı nüsxədən istifadə edir; köhnə nüsxə yalnız mane olur.",
  "certs.caValidity.remedy.removeLeftover":
    'Müddəti bitmiş {name} sertifikatını ({date} tarixinədək etibarlı idi) silin, etibarlı nüsxəni saxlayın. Windows: Win+R → certmgr.msc → anbar → "Certificates" (Сертификаты) → müddəti bitmiş {name} üzərində sağ düymə → "Delete" (Удалить) → "Yes" (Да). macOS: "Keychain Access" (Связка ключей) → sağ düymə → "Delete" (Удалить). Linux: Chrome-un sertifikat menecerində "Doğrulamalar" (Authorities) → "Silin" (Delete).',
  "certs.explain.CA_LEFTOVER":
    "Mərkəz sertifikatının müddəti bitmiş köhnə nüsxəsi etibarlı cari nüsxənin yanında quraşdırılıb: problem deyil, amma silmək yaxşıdır.",
  "certs.explain.remedy.removeLeftover":
    'Müddəti bitmiş nüsxəni silin, etibarlı nüsxəni saxlayın. Windows: Win+R → certmgr.msc → anbar → "Certificates" (Сертификаты) → sağ düymə → "Delete" (Удалить). macOS: "Keychain Access" (Связка ключей) → sağ düymə → "Delete" (Удалить). Linux: Chrome-un sertifikat menecerində "Doğrulamalar" (Authorities) → "Silin" (Delete).',
  "certs.fix.planRoot": "  {name} (kök sertifikat, sistemə tanıdılacaq): SHA-256 {fingerprint}",
  "certs.fix.planCa": "  {name}: SHA-256 {fingerprint}",
  "certs.fix.refuse.rootCannotSign":
    "certs --fix {name} sertifikatını (SHA-256 {fingerprint}) quraşdırmayacaq: kök sertifikatın sertifikat imzalamaq icazəsi olmalıdır, bunun isə yoxdur.",
  "certs.fix.refuse.rootRefused":
    "certs --fix {name} sertifikatını (SHA-256 {fingerprint}) quraşdırmayacaq: --ca fayllarının kök sertifikatı rədd edildi.",
  "certs.fix.refusedFile": "certs --fix: --ca faylları rədd edildi: {reason}. Heç nə yazılmadı.",
  "certs.fix.reason.noHome": "{home} ev qovluğu yoxdur",
  "certs.fix.reason.noTool":
    'sertifikat aləti certutil quraşdırılmayıb; onu İT köməkçisi quraşdırmalıdır (Debian/Ubuntu paketi: "libnss3-tools")',
  "certs.fix.reason.denied": "{path} yerinə yazmağa icazə yoxdur",
  "certs.fix.reason.notNssDb":
    "{path} Chrome və Opera-nın sertifikat anbarı deyil (yoxdur və ya başqa proqramın faylıdır), ona görə ora heç nə yazılmadı",
  "certs.caValidity.remedy.renewExpired":
    "{name} sertifikatının yeni versiyasını rəsmi E-İmza saytından (e-imza.az) yükləyin və quraşdırın. Köhnəsinin müddəti bitib və artıq nəzərə alınmır; onu yalnız yenisini quraşdırdıqdan sonra silin.",

  // Issue 19.1-6: which browser decides, distrust and expiry, CA revocation, stale CRLs.
  "certs.rootInstalled.pass.olderIssue":
    "{name} rəsmi sertifikatın (buraxılış tarixi {officialIssued}) daha köhnə buraxılışı ilə quraşdırılıb (buraxılış {issued}, {until} tarixinədək etibarlıdır): adı və açarı eynidir, deməli, bu həmin kök sertifikatdır.",
  "certs.rootInstalled.pass.newerIssue":
    "{name} rəsmi sertifikatın (buraxılış tarixi {officialIssued}) daha yeni buraxılışı ilə quraşdırılıb (buraxılış {issued}, {until} tarixinədək etibarlıdır): adı və açarı eynidir, deməli, bu həmin kök sertifikatdır.",
  "certs.rootInstalled.otherBrowser":
    "{name} {ready} üçün quraşdırılıb; portalın tövsiyə etmədiyi {browsers} üçün sertifikat anbarında isə yoxdur.",
  "certs.remedy.useRecommended":
    "Portala {ready} ilə daxil olun: orada lazım olan hər şey var. Başqa brauzerə sertifikatlar yalnız ondan istifadə etsəniz lazımdır.",
  "certs.rootTrusted.otherBrowser":
    "{name} {ready} üçün sistemə kök sertifikat kimi tanıdılıb; portalın tövsiyə etmədiyi {browsers} isə ona etibar etmir.",
  "certs.rootTrusted.distrusted":
    "{name} {stores} anbarında etibar olunmayan sertifikat kimi işarələnib: başqa anbar ona etibar etsə də, {browsers} onu qəbul etmir.",
  "certs.rootTrusted.expired":
    "{browsers} brauzerinin etibar etdiyi {name} nüsxəsinin ({stores}) etibarlılıq müddəti {date} tarixində bitib: brauzer bu sertifikatla bitən zənciri qəbul etmir.",
  "certs.remedy.chromeOwn.removeDistrusted":
    '{store}: chrome://certificate-manager səhifəsini açın → "Installed by you", etibar olunmayan sertifikatlar arasında {name} sertifikatını tapın və silin.',
  "certs.remedy.removeDistrustedCa":
    'Chrome və ya Opera brauzerində: "Ayarlar" (Settings) → "Məxfilik və təhlükəsizlik" (Privacy and security) → "Təhlükəsizlik" (Security) → "Sertifikatları idarə edin" (Manage certificates) → "Doğrulamalar" (Authorities) → {name} → "Silin" (Delete), sonra rəsmi faylı yenidən quraşdırın.',
  "certs.remedy.linux.certutilUndistrust": 'İT köməkçisi üçün, terminalda: certutil -M -d sql:{nssdb} -n "{nick}" -t {flags}',
  "certs.intermediates.otherBrowser":
    "{names} {ready} üçün quraşdırılıb; portalın tövsiyə etmədiyi {browsers} brauzerinin sertifikat anbarında isə yoxdur.",
  "certs.intermediates.distrusted":
    "{names} {stores} anbarında etibar olunmayan sertifikat kimi işarələnib: {browsers} sertifikatınızın zəncirini qəbul etmir.",
  "certs.userChain.distrusted":
    "Sertifikatınızın zəncirindəki {certificate} {stores} anbarında etibar olunmayan sertifikat kimi işarələnib: {browsers} zənciri qəbul etmir.",
  "certs.userChain.rootExpired":
    "Zəncir {root} ilə bitir, lakin {browsers} brauzerinin etibar etdiyi nüsxənin etibarlılıq müddəti {date} tarixində bitib: brauzer zənciri qəbul etmir.",
  "certs.userRevocation.caRevoked":
    "Sertifikatınızdan yuxarıdakı sertifikat mərkəzinin sertifikatı {ca} {date} tarixində ləğv (deaktiv) edilib ({issuer} tərəfindən): sizin sertifikatınızın vəziyyətindən asılı olmayaraq zəncir qəbul edilmir.",
  "certs.userRevocation.caRevoked.remedy":
    "Sertifikat mərkəzinin sertifikatı ləğv edildikcə sertifikatınızdan istifadə etmək olmaz: 157 Çağrı Mərkəzinə zəng edin və yeni sertifikatın nə vaxt verilə biləcəyini soruşun.",
  "certs.userRevocation.stale":
    "Sertifikatınızın ləğv edilib-edilmədiyini öyrənmək mümkün olmadı: sertifikat mərkəzinin ləğv edilmiş sertifikatlar siyahısı (CRL) köhnəlib (növbəti yenilənmə {date} tarixində olmalı idi).",
  "certs.userRevocation.stale.remedy":
    "Bu, kompüterinizin deyil, sertifikat mərkəzinin tərəfidir: yoxlamanı sonra yenidən işə salın; belə qalarsa, 157 Çağrı Mərkəzindən sertifikatınızın aktiv olub-olmadığını soruşun.",
  "certs.explain.ROOT_MISSING_IN_OTHER_BROWSER":
    "Kök sertifikat Chrome və ya Opera brauzerində var; portalın tövsiyə etmədiyi başqa brauzerdə isə yoxdur.",
  "certs.explain.ROOT_UNTRUSTED_IN_OTHER_BROWSER":
    "Kök sertifikat Chrome və ya Opera brauzerində sistemə tanıdılıb; portalın tövsiyə etmədiyi başqa brauzerdə isə yox.",
  "certs.explain.INTERMEDIATES_MISSING_IN_OTHER_BROWSER":
    "PCA və ICA sertifikatları Chrome və ya Opera brauzerində var; portalın tövsiyə etmədiyi başqa brauzerdə isə yoxdur.",
  "certs.explain.ROOT_DISTRUSTED":
    "Brauzerin oxuduğu anbarlardan biri kök sertifikatı etibar olunmayan kimi işarələyib; bu işarə ona etibar edən anbardan üstündür.",
  "certs.explain.ROOT_TRUSTED_COPY_EXPIRED":
    "Kök sertifikatın brauzerin etibar etdiyi yeganə nüsxəsinin etibarlılıq müddəti bitib, ona görə brauzer zənciri qəbul etmir.",
  "certs.explain.INTERMEDIATE_DISTRUSTED":
    "Brauzerin oxuduğu anbarlardan biri PCA və ya ICA sertifikatını etibar olunmayan kimi işarələyib, ona görə brauzer zənciri qəbul etmir.",
  "certs.explain.CHAIN_DISTRUSTED": "Zəncirinizdəki sertifikatlardan biri brauzerin oxuduğu anbarda etibar olunmayan kimi işarələnib.",
  "certs.explain.CHAIN_ROOT_EXPIRED": "Zənciriniz etibar edilən nüsxəsinin müddəti bitmiş kök sertifikatla bitir.",
  "certs.explain.CA_REVOKED":
    "Sertifikatınızdan yuxarıdakı sertifikat mərkəzinin sertifikatı (ICA və ya PCA) ləğv (deaktiv) edilib: zəncir qəbul edilmir.",
  "certs.explain.REVOCATION_STALE":
    "Sertifikat mərkəzinin ləğv edilmiş sertifikatlar siyahısı (CRL) köhnəlib, ona görə ləğvi yoxlamaq mümkün olmadı.",
  "certs.explain.remedy.undistrust":
    "Etibar olunmayan işarəsini götürün: sertifikat menecerində həmin qeydi silin, sonra rəsmi faylı yenidən quraşdırın.",
};
