import type { token as en } from "../en/token.js";
import type { SameKeys } from "../keys.js";
/** Token qrupunun Azərbaycan dilində mətnləri (E-İmza tokeni, kart oxuyucusu, drayver, PIN, sertifikat). */
export const token: SameKeys<typeof en> = {
  "token.title.usbDevice": "USB-də token və ya kart oxuyucusu",
  "token.title.smartcardService": "Smart-kart xidməti",
  "token.title.module": "Token drayveri (PKCS#11 modulu)",
  "token.title.present": "Token (və ya kart) qoşulub",
  "token.title.pinState": "Qalan PIN kod cəhdləri",
  "token.title.certificates": "Tokendəki sertifikat",
  "token.title.login": "PIN kodla giriş (--login)",

  "token.usb.found": "Qoşulub: {devices}.",
  "token.usb.none": "USB-də tanınan E-İmza tokeni və ya kart oxuyucusu görünmür.",
  "token.usb.unavailable": "Bu kompüterdə USB cihazlarının siyahısını oxumaq mümkün olmadı.",
  "token.usb.noDriverCode28": '{device} qoşulub, lakin Windows-da onun drayveri yoxdur ("Device Manager" (Диспетчер устройств), kod 28).',
  "token.usb.problemCode":
    '{device} qoşulub, lakin Windows onunla bağlı problem göstərir ("Device Manager" (Диспетчер устройств), kod {code}).',

  "token.service.running": "Smart-kart xidməti işləyir.",
  "token.service.idle": "Smart-kart xidməti dayanıb; token və ya kart oxuyucusu qoşulanda Windows onu özü işə salır.",
  "token.service.inactive": "Smart-kart xidməti işləmir və token qoşulanda özü işə düşməyəcək.",
  "token.service.stopped": "Token və ya kart oxuyucusu qoşulu olduğu halda smart-kart xidməti dayanıb.",
  "token.service.disabled": "Smart-kart xidməti söndürülüb: token və kart oxuyucuları işləyə bilməz.",
  "token.service.notInstalled": "Smart-kart xidməti quraşdırılmayıb.",
  "token.service.unknown": "Smart-kart xidmətinin vəziyyətini oxumaq mümkün olmadı.",

  "token.module.ok": "Token drayveri işləyir: {modules}.",
  "token.module.partial": "İşləyir: {working}. İşləmir: {failed}.",
  "token.module.noneWorks":
    "{count} token drayverindən heç biri işləmir: {modules}. Hər birinin izahını görmək üçün guzestli-check explain yazıb ardınca xəta kodunu yazın.",
  "token.module.none": "Heç bir token drayveri (PKCS#11 modulu) quraşdırılmayıb və token qoşulmayıb.",
  "token.module.noneNoUsb": "Bu kompüterdə token drayveri (PKCS#11 modulu) tapılmadı.",
  "token.module.missingForDevice": "{device} qoşulub, lakin onun drayveri (PKCS#11 modulu) quraşdırılmayıb.",
  "token.module.notFound": "{module} drayver faylı bu kompüterdə yoxdur.",
  "token.module.missingDependency": "{module} drayveri yüklənə bilmir: onun işləməsi üçün lazım olan {dependency} faylı yoxdur.",
  "token.module.notPkcs11": "{module} token drayveri deyil.",
  "token.module.wrongArch": "{module} drayveri başqa növ kompüter üçündür (32-bit və 64-bit, və ya x86 və ARM).",
  "token.module.notALibrary": "{module} token drayveri faylı deyil.",
  "token.module.givenNotFound": "--module ilə verilən {module} faylı yoxdur.",
  "token.module.givenFolder": "--module ilə verilən {module} token drayverinin faylı deyil, qovluqdur.",
  "token.module.givenNotDriver": "--module ilə verilən {module} faylı token drayveri (PKCS#11 modulu) deyil.",
  "token.module.loadFailed": "{module} drayverini yükləmək mümkün olmadı.",
  "token.module.callFailed": "{module} drayveri yükləndi, lakin işləmədi (xəta kodu: {ckr}).",
  "token.module.crashed": "{module} drayveri tokenə müraciət zamanı xəta ilə dayandı.",
  "token.module.timeout": "{module} drayveri {duration} ərzində cavab vermədi (donub qalır).",
  "token.module.noBinding":
    "Bu alətin tokenlə işləyən hissəsi quraşdırılmayıb, ona görə tokeni yoxlamaq mümkün deyil. Digər yoxlamalar işləyir.",
  "token.module.missingDependencyUnnamed": "{module} modulu yüklənə bilmir: onun ehtiyac duyduğu kitabxanalardan biri yoxdur.",

  "token.present.one": "Token hazırdır: {token} ({details}).",
  "token.present.many": "{count} token hazırdır: {tokens}.",
  "token.present.nothing": "Heç bir token və ya kart qoşulmayıb: USB-də heç nə yoxdur və drayverlər heç bir token görmür.",
  "token.present.nothingNoUsb": "Heç bir token və ya kart tapılmadı: drayverlərin heç biri token görmür.",
  "token.present.notSeenByDriver": "{device} qoşulub, lakin quraşdırılmış drayver ({modules}) onda token görmür.",
  "token.present.noCard": '"{slot}" kart oxuyucusu qoşulub, lakin içində kart yoxdur.',
  "token.present.unreadable": '"{slot}" içində token var, lakin drayver onu oxuya bilmir.',
  "token.present.notInitialized": '"{slot}" içindəki token boşdur: onda E-İmza yoxdur.',

  "token.pin.ok": "{token} tokeni: PIN kod bloka düşməyib və yanlış cəhd olmayıb (tokendən oxundu, PIN kod daxil edilmədi).",
  "token.pin.countLow": "{token} tokeni: əvvəllər yanlış PIN kod daxil edilib; az cəhd qalıb.",
  "token.pin.finalTry": "{token} tokeni: BİR cəhd qalıb. Daha bir yanlış PIN kod E-İmzanı bloka salacaq.",
  "token.pin.locked": "{token} tokeni: çoxlu yanlış cəhddən sonra PIN kod bloka düşüb.",
  "token.pin.toBeChanged": "{token} tokeni: istifadədən əvvəl PIN kod dəyişdirilməlidir.",

  "token.cert.ok": "{token} tokeni ({model}), {role}: {holder} adına sertifikat {date} tarixinədək etibarlıdır ({days} gün qalıb).",
  "token.cert.expiringSoon":
    "{token} tokeni ({model}), {role}: {holder} adına sertifikatın etibarlılıq müddəti {days} gün sonra, {date} tarixində bitir.",
  "token.cert.expiresBeforeSale":
    "{token} tokeni ({model}), {role}: {holder} adına sertifikatın etibarlılıq müddəti satışdan ({sale}) əvvəl, {date} tarixində bitir.",
  "token.cert.expired": "{token} tokeni ({model}), {role}: {holder} adına sertifikatın etibarlılıq müddəti {date} tarixində bitib.",
  "token.cert.notYetValid": "{token} tokeni ({model}), {role}: {holder} adına sertifikat yalnız {date} tarixindən etibarlıdır.",
  "token.cert.wrongKeyUsage": "{token} tokeni: ondakı sertifikatların heç biri imza üçün yararlı deyil ({usage}).",
  "token.cert.none": "{token} tokeni: onda sertifikat yoxdur.",
  "token.cert.emptyBeside":
    "{verdict} Qeyd: digər token — {token} ({model}) — sertifikat saxlamır; onunla deyil, yuxarıda adı çəkilən tokenlə imzalayın.",
  "token.cert.onlyCa":
    "{token} tokeni: ondakı sertifikatlar ({count}) yalnız sertifikat mərkəzlərinindir; sizin öz sertifikatınız, imzaladığınız sertifikat, onda yoxdur.",
  "token.cert.unreadable": "{token} tokeni: onda sertifikat var ({count}), amma heç biri sizin sertifikatınız kimi oxuna bilmədi.",
  "token.cert.role.other": "digər sertifikat",
  "token.cert.role.authentication": "giriş (autentifikasiya) sertifikatı",
  "token.cert.role.signing": "imza sertifikatı",

  "token.login.notRequested":
    "Yoxlanılmadı: alət PIN kodu yalnız özünüz istədikdə yoxlayır, çünki hər yanlış cəhd sayılır. Yoxlamaq üçün: guzestli-check token --login.",
  "token.login.needsTerminal":
    "--login PIN kodu ekranda göstərmədən soruşur, bunun üçün terminal pəncərəsi lazımdır (--json ilə və ya skriptdə işləmir).",
  "token.login.noToken": "Daxil olmaq üçün token yoxdur.",
  "token.login.refused": "{token} tokeni: giriş edilmədi, çünki PIN kod bloka düşüb və ya son cəhd qalıb.",
  "token.login.cancelled": "Giriş ləğv edildi; PIN kod cəhdi sərf olunmadı.",
  "token.login.prompt": "{token} tokeninin istifadəçi PIN kodu (ekranda görünmür): ",
  "token.login.promptBefore":
    "E-İmza tokeninizin istifadəçi PIN kodu (ekranda görünmür; yalnız PIN kod bloka düşməyibsə və son cəhd deyilsə yoxlanılacaq): ",
  "token.login.ok": "{token} tokeni: PIN kod düzgündür və sertifikatın şəxsi açarı tokendədir.",
  "token.login.noPrivateKey": "{token} tokeni: PIN kod düzgündür, lakin sertifikatın şəxsi açarı tokendə yoxdur.",
  "token.login.pinIncorrect": "{token} tokeni: PIN kod yanlışdır. Bir cəhd sərf olundu.",
  "token.login.failed": "{token} tokeni: giriş alınmadı.",

  "token.remedy.plugToken": "E-İmza tokenini (və ya içində şəxsiyyət vəsiqəsi olan kart oxuyucusunu) kompüterə qoşun.",
  "token.remedy.replug": "Tokeni çıxarın və başqa USB yuvasına birbaşa (USB paylayıcısı olmadan) qoşun, sonra yoxlamanı yenidən işə salın.",
  "token.remedy.installDriver":
    "{device} üçün {driver} drayverini quraşdırın (e-imza.az saytından və ya tokenin istehsalçısından), sonra tokeni yenidən qoşun.",
  "token.remedy.installDriverForDevice":
    "{device} cihazının drayverini quraşdırın (e-imza.az saytından və ya istehsalçıdan), sonra onu yenidən qoşun.",
  "token.remedy.installDriverGeneric":
    "Tokeninizin drayverini e-imza.az saytından quraşdırın (SafeNet Authentication Client, ePass2003, Bit4id, …), sonra yoxlamanı yenidən işə salın.",
  "token.remedy.reinstallDriver":
    "Token drayverini ({module}) e-imza.az saytından və ya tokenin istehsalçısından yenidən quraşdırın, sonra kompüteri yenidən başladın.",
  "token.remedy.checkModulePath":
    "--module ilə verdiyiniz yolu yoxlayın: o, token drayverinin kitabxana faylı olmalıdır (məsələn, Windows-da C:\\Windows\\System32\\eTPKCS11.dll, Linux-da /usr/lib/libeTPkcs11.so). --module olmadan alət quraşdırılmış drayverləri özü tapır.",
  "token.remedy.matchingArch":
    "Drayverin bu kompüterə uyğun versiyasını quraşdırın (64-bit Windows üçün 64-bit drayver, Apple silicon prosessorlu Mac üçün arm64 versiyası).",
  "token.remedy.installBinding":
    'İT köməkçisi üçün: guzestli-check aləti tokenlə işləyən hissəsi (pkcs11js) ilə yenidən quraşdırılmalıdır: npm install -g --allow-scripts=pkcs11js guzestli-check (qurma alətləri lazımdır; Windows-da "Desktop development with C++").',
  "token.remedy.checkService":
    'İT köməkçisi üçün: smart-kart xidmətinin işlədiyini yoxlayın (Linux: sudo systemctl enable --now pcscd.socket; Windows: "Smart Card" xidməti).',
  "token.remedy.startPcscd": "İT köməkçisi üçün: smart-kart xidmətini işə salın: sudo systemctl enable --now pcscd.socket",
  "token.remedy.installPcscd":
    "İT köməkçisi üçün: smart-kart xidmətini quraşdırın: sudo apt install pcscd (Debian/Ubuntu) və ya sudo dnf install pcsc-lite (Fedora).",
  "token.remedy.startScardSvr":
    'Win+R düymələrini basın, services.msc yazıb Enter basın; "Smart Card" (Смарт-карта) xidmətini iki dəfə klikləyin; "Startup type" (Тип запуска) "Disabled" (Отключена) olarsa, "Automatic" (Автоматически) seçin və əvvəlcə "Apply" (Применить) düyməsini sıxın; sonra "Start" (Запустить) və "OK" düymələrini sıxın. Bunun üçün administrator hüququ lazımdır: yoxdursa, İT köməkçisinə müraciət edin.',
  "token.remedy.insertCard": "Şəxsiyyət vəsiqəsini çipi qabağa və yuxarı baxmaqla kart oxuyucusuna taxın.",
  "token.remedy.call157Token": "157 Çağrı Mərkəzinə zəng edin: tokendə E-İmza yoxdur və yenidən verilməlidir.",
  "token.remedy.call157Puk":
    "Tokeni blokdan çıxarmaq üçün 157 Çağrı Mərkəzinə zəng edin; PUK kodunuzu bilməlisiniz. Başqa PIN kod yoxlamayın.",
  "token.remedy.finalTry":
    "PIN kodu təxmin etməyin. Onu E-İmza sənədlərinizdə tapın; əmin deyilsinizsə, yoxlamazdan əvvəl 157 Çağrı Mərkəzinə zəng edin.",
  "token.remedy.changePin":
    'Satış günündən əvvəl PIN kodu tokenin proqramı ilə dəyişin (məsələn, SafeNet Authentication Client proqramında "Change Token Password").',
  "token.remedy.call157Certificate": "157 Çağrı Mərkəzinə zəng edin: tokendəki sertifikat yenidən verilməlidir.",
  "token.remedy.renewExpired":
    "E-İmza sertifikatınızın etibarlılıq müddəti bitib: yeniləmək üçün 157 Çağrı Mərkəzinə zəng edin. Etibarlı sertifikat olmadan satış günü imzalaya bilməyəcəksiniz.",
  "token.remedy.renewBefore": "E-İmza sertifikatınızı {date} tarixindən əvvəl yeniləyin: 157 Çağrı Mərkəzinə zəng edin.",
  "token.remedy.renewSoon": "E-İmza sertifikatınızı müddəti bitməmiş yeniləyin: 157 Çağrı Mərkəzinə zəng edin.",
  "token.remedy.checkClock":
    'Kompüterin tarixini və saatını yoxlayın (Windows: "Settings" (Параметры) → "Time & language" (Время и язык)); düzdürsə, 157 Çağrı Mərkəzinə zəng edin.',

  "token.explain.USB_TOKEN_FOUND": "Tanınan E-İmza tokeni və ya kart oxuyucusu qoşulub (USB-də görünür).",
  "token.explain.USB_DEVICE_PROBLEM":
    'Token və ya kart oxuyucusu qoşulub, lakin Windows-un "Device Manager" (Диспетчер устройств) pəncərəsi onunla bağlı problem göstərir (kod 28: drayver yoxdur).',
  "token.explain.NO_USB_DEVICE": "USB-də tanınan token və ya kart oxuyucusu görünmür.",
  "token.explain.USB_LIST_UNAVAILABLE": "Bu kompüterdə USB cihazlarının siyahısını oxumaq mümkün olmadı.",
  "token.explain.PCSC_RUNNING": "Smart-kart xidməti işləyir.",
  "token.explain.PCSC_IDLE": "Smart-kart xidməti dayanıb, lakin kart oxuyucusu qoşulanda özü işə düşür.",
  "token.explain.PCSC_INACTIVE": "Smart-kart xidməti işləmir və token qoşulanda işə düşməyəcək.",
  "token.explain.PCSC_STOPPED": "Token və ya kart oxuyucusu qoşulu olduğu halda smart-kart xidməti dayanıb: tokendən istifadə etmək olmur.",
  "token.explain.PCSC_DISABLED": "Smart-kart xidməti söndürülüb: heç bir token və ya kart oxuyucusu işləyə bilməz.",
  "token.explain.PCSC_NOT_INSTALLED": "Smart-kart xidməti quraşdırılmayıb.",
  "token.explain.PCSC_STATE_UNKNOWN": "Smart-kart xidmətinin vəziyyətini oxumaq mümkün olmadı.",
  "token.explain.MODULES_OK": "Token drayveri yüklənir və cavab verir.",
  "token.explain.SOME_MODULES_FAILED": "Bir token drayveri işləyir, digəri xarabdır; imzalayıcı proqram xarab olanı seçə bilər.",
  "token.explain.NO_MODULE": "Heç bir token drayveri quraşdırılmayıb və token qoşulmayıb.",
  "token.explain.DRIVER_MISSING_FOR_DEVICE": "Token qoşulub, lakin onun drayveri quraşdırılmayıb.",
  "token.explain.MODULE_NOT_FOUND": "Token drayverinin faylı yoxdur.",
  "token.explain.MODULE_MISSING_DEPENDENCY": "Token drayverinin işləməsi üçün lazım olan başqa fayl yoxdur.",
  "token.explain.MODULE_NOT_PKCS11": "Göstərilən fayl token drayveri deyil.",
  "token.explain.MODULE_WRONG_ARCH": "Token drayveri başqa növ kompüter üçündür (32/64-bit və ya x86/ARM).",
  "token.explain.MODULE_NOT_A_LIBRARY": "Göstərilən fayl ümumiyyətlə drayver faylı deyil.",
  "token.explain.MODULE_LOAD_FAILED": "Token drayverini yükləmək mümkün olmadı.",
  "token.explain.MODULE_CALL_FAILED": "Token drayveri yükləndi, lakin işləmədi (xəta kodu qaytardı).",
  "token.explain.MODULE_CRASHED": "Tokenə müraciət zamanı token drayveri xəta ilə dayandı.",
  "token.explain.MODULE_TIMEOUT": "Token drayveri donub qaldı və vaxtında cavab vermədi.",
  "token.explain.PKCS11_BINDING_MISSING":
    "Bu alətin tokenlə işləyən hissəsi yoxdur, ona görə tokeni yoxlamaq olmur; digər yoxlamalar işləyir.",
  "token.explain.TOKEN_PRESENT": "Token qoşulub və E-İmza üçün hazırlanıb.",
  "token.explain.NOTHING_PLUGGED_IN": "Heç bir token və ya kart qoşulmayıb.",
  "token.explain.TOKEN_NOT_SEEN_BY_DRIVER": "Token qoşulub, lakin quraşdırılmış drayver onu görmür (səhv və ya xarab drayver).",
  "token.explain.NO_CARD_IN_READER": "Kart oxuyucusu qoşulub, lakin içində kart yoxdur.",
  "token.explain.TOKEN_UNREADABLE": "Token qoşulub, lakin onun drayveri onu oxuya bilmir.",
  "token.explain.TOKEN_NOT_INITIALIZED": "Token boşdur: onda E-İmza yoxdur.",
  "token.explain.PIN_OK": "PIN kod bloka düşməyib və yanlış cəhd qeydə alınmayıb.",
  "token.explain.PIN_COUNT_LOW": "Əvvəllər yanlış PIN kod daxil edilib; az cəhd qalıb.",
  "token.explain.PIN_TO_BE_CHANGED": "İstifadədən əvvəl PIN kod dəyişdirilməlidir.",
  "token.explain.PIN_FINAL_TRY": "Daha bir yanlış PIN kod E-İmzanı bloka salacaq.",
  "token.explain.PIN_LOCKED": "PIN kod bloka düşüb (10 yanlış cəhd): PUK kodunuzla birlikdə 157 Çağrı Mərkəzinə zəng edin.",
  "token.explain.PIN_LOCKED_NOW": "Giriş zamanı PIN kod bloka düşdü: PUK kodunuzla birlikdə 157 Çağrı Mərkəzinə zəng edin.",
  "token.explain.PIN_INCORRECT": "--login ilə daxil edilən PIN kod yanlış idi; bir cəhd sərf olundu.",
  "token.explain.TOKEN_CERT_OK": "Tokendəki sertifikat etibarlıdır və imza üçün yararlıdır.",
  "token.explain.TOKEN_CERT_EXPIRING_SOON": "Tokendəki sertifikatın etibarlılıq müddəti 30 gün ərzində bitir.",
  "token.explain.TOKEN_CERT_EXPIRES_BEFORE_SALE": "Tokendəki sertifikatın etibarlılıq müddəti satış tarixindən əvvəl bitir.",
  "token.explain.TOKEN_CERT_EXPIRED": "Tokendəki sertifikatın etibarlılıq müddəti bitib: imzalamaq alınmayacaq.",
  "token.explain.TOKEN_CERT_NOT_YET_VALID": "Tokendəki sertifikat hələ qüvvədə deyil (və ya kompüterin saatı səhvdir).",
  "token.explain.TOKEN_CERT_WRONG_KEY_USAGE": "Tokendəki heç bir sertifikat imza üçün istifadə oluna bilməz.",
  "token.explain.TOKEN_NO_CERTIFICATE": "Tokendə sertifikat yoxdur.",
  "token.explain.TOKEN_LOGIN_OK": "PIN kod düzgündür və şəxsi açar tokendədir.",
  "token.explain.TOKEN_PRIVATE_KEY_MISSING": "PIN kod düzgündür, lakin sertifikatın şəxsi açarı yoxdur.",
  "token.explain.TOKEN_LOGIN_FAILED": "Giriş başqa səbəbdən alınmadı.",
  "token.explain.TOKEN_LOGIN_TIMEOUT": "Giriş zamanı token drayveri donub qaldı.",
  "token.explain.TOKEN_LOGIN_NOT_REQUESTED": "PIN kod yoxlanılmadı: bunu yalnız --login edir.",
  "token.explain.TOKEN_LOGIN_NEEDS_TERMINAL": "--login PIN kodu soruşmaq üçün terminal pəncərəsi tələb edir.",
  "token.explain.TOKEN_LOGIN_REFUSED": "PIN kod bloka düşdüyü və ya son cəhd qaldığı üçün giriş edilmədi.",
  "token.explain.TOKEN_LOGIN_CANCELLED": "Giriş ləğv edildi; PIN kod cəhdi sərf olunmadı.",
};
