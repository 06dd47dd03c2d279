import type { explain as en } from "../en/explain.js";
import type { SameKeys } from "../keys.js";
export const explain: SameKeys<typeof en> = {
  "explain.sourceLabel": "Mənbə:",
  "explain.source.notice": 'www.e-gov.az portalında "Güzəştli mənzil" üzrə rəsmi "DİQQƏT EDİLMƏLİ MƏQAMLAR" bildirişi',
  "explain.source.noticePoint":
    'www.e-gov.az portalında "Güzəştli mənzil" üzrə rəsmi "DİQQƏT EDİLMƏLİ MƏQAMLAR" bildirişi, {section} istifadəçiləri üçün bölmə, bənd {point}',
  // asan
  "asan.explain.ASAN_SUBSCRIPTION_GUIDE":
    'Təlimat (yoxlama nəticəsi deyil): "Asan İmza" üçün aylıq 2.50 AZN abunə haqqı ödənilməli, balans kifayət etməli və sertifikatın vaxtı satış günü bitməməlidir.',
  "asan.explain.ASAN_SUBSCRIPTION_CONFIRMED":
    '"Asan İmza" abunəliyi, balans və sertifikatın qaydasında olduğunu cavab verdiniz (bu sizin cavabınızdır, proqram yoxlamayıb).',
  "asan.explain.ASAN_SUBSCRIPTION_UNPAID":
    '"Asan İmza" abunəliyinin yenilənmədiyini və ya balansın çatmadığını cavab verdiniz; ödəniş olunana qədər "Asan İmza" işləmir.',
  "asan.explain.ASAN_CERTIFICATE_EXPIRED":
    '"Asan İmza" sertifikatının vaxtının bitdiyini və ya satışdan əvvəl bitəcəyini cavab verdiniz; vaxtı bitmiş sertifikatla giriş etmək və imzalamaq mümkün deyil.',
  "asan.explain.ASAN_SUBSCRIPTION_UNSURE":
    '"Asan İmza" abunəliyi, balans və ya sertifikat barədə əmin deyildiniz; bilinməyən hal satış günü risk deməkdir.',
  "asan.explain.ASAN_PHONE_GUIDE": 'Telefon modeli göstərilməyib; bildirişdə "Asan İmza"nın işləməyə biləcəyi telefonlar sadalanır.',
  "asan.explain.ASAN_PHONE_LISTED": 'Telefon rəsmi bildirişdə "Asan İmza"nın işləməyə biləcəyi telefonlar arasında adı çəkilir.',
  "asan.explain.ASAN_PHONE_BLACKBERRY":
    'Telefon BlackBerry-dir; bildirişdə deyilir ki, "Asan İmza" ümumiyyətlə BlackBerry modellərində işləməyə bilər.',
  "asan.explain.ASAN_PHONE_QWERTY":
    'Telefonun QWERTY klaviaturası var; bildirişdə deyilir ki, "Asan İmza" belə telefonlarda işləməyə bilər.',
  "asan.explain.ASAN_PHONE_NOT_LISTED":
    'Telefon bildirişdəki problemli telefonlar siyahısında yoxdur. Bu, "Asan İmza"nın onda işlədiyinə sübut deyil.',
  "asan.explain.ASAN_PIN1_GUIDE":
    "Təlimat: PIN1 giriş üçündür; 3 yanlış PIN1-dən sonra PUK lazımdır; 3 yanlış PUK-dan sonra nömrənin dublikatı və yeni sertifikat lazımdır.",
  "asan.explain.ASAN_PIN1_CONFIRMED": '"Asan İmza" kodlarınızı bildiyinizi və PIN1-in bloka düşmədiyini cavab verdiniz.',
  "asan.explain.ASAN_PIN_UNKNOWN":
    '"Asan İmza" kodlarınızın sizdə olmadığını cavab verdiniz; PIN1 və PIN2 olmadan giriş etmək və imzalamaq olmaz.',
  "asan.explain.ASAN_PIN1_BLOCKED": "PIN1-in bloka düşdüyünü (3 yanlış cəhd) cavab verdiniz; o, PUK kodla açılır.",
  "asan.explain.ASAN_PUK_BLOCKED":
    'PUK kodun bloka düşdüyünü (3 yanlış cəhd) cavab verdiniz; nömrənin dublikatı, "Asan İmza" üçün isə yeni sertifikat lazımdır.',
  "asan.explain.ASAN_PIN1_UNSURE": '"Asan İmza" kodlarınız barədə əmin deyildiniz.',
  "asan.explain.ASAN_PIN2_GUIDE": "Təlimat: imzalama mərhələsində PIN2 soruşulur; PIN1 yalnız giriş üçündür.",
  "asan.explain.ASAN_PIN2_CONFIRMED": "İmzalama üçün PIN2 kodunuzun olduğunu cavab verdiniz.",
  "asan.explain.ASAN_PIN2_UNSURE": "PIN2 barədə əmin deyildiniz; onsuz uğurlu girişdən sonra da imzalama alınmır.",
  "asan.explain.ASAN_SUSPENDED_GUIDE":
    'Təlimat: "Service suspended" (Xidmət dayandırılmışdır) "Asan İmza"nın dayandırıldığını bildirir, adətən nömrədəki borca görə.',
  "asan.explain.ASAN_LOGIN_CONFIRMED": 'Bu yaxınlarda "Asan İmza" ilə xətasız daxil olduğunuzu cavab verdiniz.',
  "asan.explain.ASAN_SERVICE_SUSPENDED":
    '"Service suspended" xəbərdarlığını görmüsünüz: "Asan İmza" dayandırılıb, adətən nömrədəki borca görə.',
  "asan.explain.ASAN_LOGIN_NOT_TRIED": '"Asan İmza" son vaxtlar yoxlanmayıb, ona görə aktiv olub-olmadığı məlum deyil.',
  "asan.explain.ASAN_CODE_GUIDE": "Təlimat: 4 rəqəmli təsdiq kodu gəlmədikdə və ya ondan sonra giriş alınmadıqda nə etməli.",
  "asan.explain.ASAN_CODE_CONFIRMED": "Təsdiq kodunun gəldiyini və girişin qəbul edildiyini cavab verdiniz.",
  "asan.explain.ASAN_NUMBER_NOT_IN_SIM1": 'İki SIM kartlı telefonda "Asan İmza" nömrəsi SIM1-də deyil; kod gəlməyə bilər.',
  "asan.explain.ASAN_CODE_NOT_ARRIVING": '"Asan İmza" təsdiq kodu gəlmədi və ya ondan sonra giriş uğursuz oldu.',
  "asan.explain.ASAN_CODE_UNSURE": "Təsdiq kodunun gəldiyinə əmin deyildiniz.",
  "asan.explain.SESSION_GUIDE":
    "Təlimat: sessiya 500 dəqiqə davam edir və eyni anda yalnız bir kompüter və bir brauzerdən daxil olmaq olar.",
  // plan
  "plan.explain.PLAN_NO_SALE": "Plan üçün satışın tarixi və vaxtı lazımdır (--sale).",
  "plan.explain.PLAN_LOGIN_WINDOW":
    "Giriş vaxtı: satışdan 500 dəqiqədən tez olmamalı (sessiya bitər) və satışdan bir neçə saat əvvəl olmalıdır ki, problemi düzəltməyə vaxt qalsın.",
  "plan.explain.PLAN_LOGIN_WINDOW.remedy":
    'Planın göstərdiyi vaxtda imzalayacağınız E-İmza və ya "Asan İmza" ilə daxil olun və səhifədə qalın.',
  "plan.explain.PLAN_WINDOW_OPEN_NOW": "Giriş vaxtı indi açıqdır: indi daxil olsanız, sessiya satış boyu davam edəcək.",
  "plan.explain.PLAN_LOGIN_NOW": "Satışa 2 saatdan az qalıb: dərhal daxil olun.",
  "plan.explain.PLAN_SALE_PAST": "Göstərilən satış vaxtı artıq keçib; yəqin ki, səhv yazılıb.",
  "plan.explain.PLAN_NO_CERTIFICATE": "Satış tarixi ilə müqayisə üçün E-İmza sertifikatı yox idi (token oxunmayıb, --cert verilməyib).",
  "plan.explain.PLAN_CERT_VALID_AT_SALE":
    "E-İmza sertifikatınızın qüvvədə olma müddəti satış vaxtını əhatə edir (ləğv olunma ayrıca yoxlanılır).",
  "plan.explain.PLAN_CERT_EXPIRED_AT_SALE":
    "E-İmza sertifikatınızın vaxtı satış vaxtı artıq bitmiş olacaq: onda onunla giriş etmək və imzalamaq olmaz.",
  "plan.explain.PLAN_CERT_NOT_YET_VALID_AT_SALE": "E-İmza sertifikatınız yalnız satış vaxtından sonra qüvvəyə minir.",
  "plan.explain.PLAN_DAY_BEFORE": "Satışdan bir gün əvvəl ediləcəklərin siyahısı.",
  "plan.explain.PLAN_HOUR_BEFORE": "Satışdan bir saat əvvəl ediləcəklərin siyahısı.",
  "plan.explain.PLAN_ICS_NOT_ASKED": "Təqvim faylı istənilməyib (--ics).",
  "plan.explain.PLAN_ICS_WRITTEN": "Xatırlatmalar təqvim (.ics) faylı kimi yazıldı.",
  "plan.explain.PLAN_ICS_NOT_WRITTEN": "Təqvim faylını yazmaq mümkün olmadı (qovluq yoxdur və ya ona yazmaq olmur).",
  // the notice's own messages
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED":
    '"Portala imza ilə giriş mümkün olmadı": "e-imza ilə daxil ol" düyməsini sıxdığınız anda token kompüterə taxılı deyildi və ya "Online imzalayıcı" proqramı işə salınmamışdı.',
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.close":
    "Brauzeri tam bağlayın (bütün pəncərələrini) — eyni brauzer sessiyasında portal bərpa olunmur.",
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.ready":
    'Tokeni (və ya şəxsiyyət vəsiqəsi taxılmış kart oxuyucusunu) qoşun və "Online imzalayıcı" proqramını işə salın; işləməyə başlayana qədər gözləyin.',
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.again":
    'Brauzeri yenidən açın, www.e-gov.az-a keçin və "e-imza ilə daxil ol" düyməsini sıxın.',
  "explain.SERVICE_SUSPENDED": '"Service suspended" (Xidmət dayandırılmışdır): nömrənizdə "Asan İmza" dayandırılıb, adətən borca görə.',
  "explain.PIN_PROMPT_CANCELLED":
    '"İstifadəçi PIN kodu" sorğusunda "İmtina" düyməsini sıxmısınız: bu brauzer sessiyasında portal PIN kodu bir daha soruşmayacaq.',
  "explain.PIN_PROMPT_CANCELLED.remedy": "Brauzeri tam bağlayıb yenidən açın, sonra yenidən daxil olun və PIN kodu daxil edin.",
  // PKCS#11
  "explain.CKR_CANCEL": "PKCS#11 CKR_CANCEL: əməliyyat ləğv edildi (məsələn, PIN kod pəncərəsi bağlandı).",
  "explain.CKR_SLOT_ID_INVALID":
    "PKCS#11 CKR_SLOT_ID_INVALID: tokenin yuvası yoxdur — adətən token çıxarılıb və ya kart oxuyucusu dəyişib.",
  "explain.CKR_GENERAL_ERROR": "PKCS#11 CKR_GENERAL_ERROR: tokenin proqram təminatı naməlum səbəbdən xəta verdi.",
  "explain.CKR_FUNCTION_FAILED": "PKCS#11 CKR_FUNCTION_FAILED: token əməliyyatı yerinə yetirə bilmədi.",
  "explain.CKR_DEVICE_ERROR": "PKCS#11 CKR_DEVICE_ERROR: token və ya kart oxuyucusu avadanlıq problemi bildirdi.",
  "explain.CKR_DEVICE_REMOVED": "PKCS#11 CKR_DEVICE_REMOVED: əməliyyat zamanı token çıxarıldı.",
  "explain.CKR_FUNCTION_CANCELED": "PKCS#11 CKR_FUNCTION_CANCELED: əməliyyat bitməmiş ləğv edildi.",
  "explain.CKR_PIN_INCORRECT":
    "PKCS#11 CKR_PIN_INCORRECT: daxil edilən token PIN kodu yanlışdır. Hər yanlış PIN kod bir cəhd aparır; 10 yanlış cəhddən sonra E-İmza bloka düşür.",
  "explain.CKR_PIN_INCORRECT.remedy":
    "Təxmin etməyi dayandırın. PIN kodu tokenlə birlikdə aldığınız zərfdən tapın; neçə cəhd qaldığını görmək üçün guzestli-check token işə salın.",
  "explain.CKR_PIN_INVALID":
    "PKCS#11 CKR_PIN_INVALID / CKR_PIN_LEN_RANGE: PIN kodda tokenin qəbul etmədiyi simvollar var və ya uzunluğu uyğun deyil.",
  "explain.CKR_PIN_INVALID.remedy":
    "Klaviatura dilini və Caps Lock-u yoxlayın, istifadəçi PIN kodunu (PUK deyil) düzgün sayda rəqəmlə yazdığınıza əmin olun.",
  "explain.CKR_PIN_LEN_RANGE": "PKCS#11 CKR_PIN_LEN_RANGE: PIN kod bu token üçün çox qısa və ya çox uzundur.",
  "explain.CKR_PIN_EXPIRED": "PKCS#11 CKR_PIN_EXPIRED: tokenin PIN kodunun vaxtı bitib, dəyişdirilməlidir.",
  "explain.CKR_PIN_EXPIRED.remedy": "Satış günündən əvvəl PIN kodu tokenin öz proqramı ilə (E-İmza təlimatlarına görə) dəyişin.",
  "explain.CKR_PIN_LOCKED":
    "PKCS#11 CKR_PIN_LOCKED: çoxlu yanlış cəhddən sonra tokenin istifadəçi PIN kodu bloka düşüb; E-İmzadan istifadə etmək olmur.",
  "explain.CKR_PIN_LOCKED.remedy":
    "Başqa PIN kod yoxlamayın. Tokeni blokdan çıxarmaq üçün PUK kodunuzla 157 Çağrı Mərkəzinə (E-İmza) zəng edin.",
  "explain.CKR_TOKEN_NOT_PRESENT": "PKCS#11 CKR_TOKEN_NOT_PRESENT: token (və ya kart oxuyucusunda kart) yoxdur.",
  "explain.CKR_TOKEN_NOT_RECOGNIZED": "PKCS#11 CKR_TOKEN_NOT_RECOGNIZED: proqram tokeni tanımır — drayver səhvdir və ya yoxdur.",
  "explain.CKR_USER_NOT_LOGGED_IN": "PKCS#11 CKR_USER_NOT_LOGGED_IN: əməliyyat üçün əvvəlcə PIN kod daxil edilməlidir.",
  "explain.CKR_USER_NOT_LOGGED_IN.remedy":
    "Girişə və ya imzalamaya yenidən başlayın və soruşulanda PIN kodu daxil edin; PIN kod sorğusunu ləğv etmisinizsə, brauzeri bağlayıb yenidən açın.",
  "explain.CKR_USER_PIN_NOT_INITIALIZED":
    "PKCS#11 CKR_USER_PIN_NOT_INITIALIZED: tokendə istifadəçi PIN kodu təyin edilməyib — token istifadəyə hazır deyil.",
  "explain.CKR_CRYPTOKI_NOT_INITIALIZED":
    "PKCS#11 CKR_CRYPTOKI_NOT_INITIALIZED: tokenin kitabxanası onu istifadə edən proqram tərəfindən işə salınmayıb.",
  "explain.ext.remedy.call157": "157 Çağrı Mərkəzinə (E-İmza) zəng edin.",
  "explain.ext.remedy.call108": "108 Çağrı Mərkəzinə (mənzil sistemi, Elektron Hökumət Portalı) zəng edin.",
  "explain.ext.remedy.replug": "Tokeni (və ya kart oxuyucusunu) çıxarıb yenidən taxın; bir neçə saniyə gözləyin.",
  "explain.ext.remedy.otherPort": "Birbaşa kompüterin başqa USB portunu yoxlayın (USB paylayıcısı və ya uzadıcı kabel olmadan).",
  "explain.ext.remedy.reinstallDriver":
    "Tokenin drayverini rəsmi E-İmza təlimatlarına görə yenidən quraşdırın və kompüteri yenidən başladın.",
  "explain.ext.remedy.runToken": "guzestli-check token əmrini işə salın: o, drayveri, tokeni və PIN kodun vəziyyətini yoxlayır.",
  "explain.ext.remedy.runCerts":
    "guzestli-check certs əmrini işə salın: o, kök, PCA və ICA sertifikatlarını və sizin sertifikatınızı yoxlayır.",
  "explain.ext.remedy.restartSigner": '"Online imzalayıcı" proqramını bağlayıb yenidən işə salın.',
  "explain.ext.remedy.restartBrowser": "Brauzeri tam bağlayıb yenidən açın.",
  // Browser certificate errors
  "explain.CONNECTION_NOT_PRIVATE":
    '"Bağlantınız məxfi deyil" (Your connection is not private) mesajı: Chrome açdığı saytın sertifikatına etibar etmir. Səbəbi mesajın altındakı NET::ERR_… kodu göstərir.',
  "explain.CONNECTION_NOT_PRIVATE.remedy.code":
    "Mesajın altındakı kodu (məs. NET::ERR_CERT_DATE_INVALID) oxuyun və onunla guzestli-check explain işə salın.",
  "explain.ERR_CERT_DATE_INVALID":
    "Brauzer xətası NET::ERR_CERT_DATE_INVALID: kompüterin saatına görə saytın sertifikatının vaxtı bitib və ya hələ qüvvəyə minməyib — çox vaxt kompüterin tarixi və ya saatı səhvdir.",
  "explain.ERR_CERT_DATE_INVALID.remedy.clock":
    "Kompüterin tarixini, saatını və saat qurşağını düzgün qurun (Bakı, UTC+4; avtomatik vaxtı yandırın), sonra brauzeri yenidən açın.",
  "explain.ERR_CERT_AUTHORITY_INVALID":
    "Brauzer xətası NET::ERR_CERT_AUTHORITY_INVALID: saytın sertifikatı bu kompüterin tanımadığı sertifikat mərkəzi tərəfindən verilib.",
  "explain.ERR_CERT_AUTHORITY_INVALID.remedy.address":
    "Ünvanı yoxlayın: www.e-gov.az-ı özünüz yazın; brauzerin sertifikatını rədd etdiyi sayta davam etməyin.",
  "explain.ERR_CERT_AUTHORITY_INVALID.remedy.antivirus":
    "HTTPS-i yoxlayan antivirus və ya proksi buna səbəb ola bilər: onun HTTPS yoxlamasını söndürün və ya kompüteri quraşdıran şəxsdən soruşun.",
  "explain.ERR_CERT_COMMON_NAME_INVALID":
    "Brauzer xətası NET::ERR_CERT_COMMON_NAME_INVALID: sertifikat yazılan ünvandan fərqli sayt adı üçündür.",
  "explain.ERR_CERT_REVOKED": "Brauzer xətası NET::ERR_CERT_REVOKED: saytın sertifikatı ləğv edilib.",
  "explain.ERR_SSL_CLIENT_AUTH_CERT_NEEDED":
    "Brauzer xətası ERR_SSL_CLIENT_AUTH_CERT_NEEDED: sayt E-İmza sertifikatınızı istədi, brauzerin isə təqdim edəcək sertifikatı yox idi.",
  "explain.ERR_SSL_CLIENT_AUTH_CERT_NEEDED.remedy":
    'Girişi açmazdan əvvəl tokeni taxın və "Online imzalayıcı"nı işə salın, sonra brauzeri bağlayıb yenidən açın.',
  "explain.ERR_BAD_SSL_CLIENT_AUTH_CERT":
    "Brauzer xətası ERR_BAD_SSL_CLIENT_AUTH_CERT: sayt sertifikatınızı rədd etdi — vaxtı bitib, ləğv edilib və ya onun zənciri (kök, PCA, ICA) yoxdur.",
  "explain.ERR_BAD_SSL_CLIENT_AUTH_CERT.remedy":
    "Sertifikatınızın qüvvədə olduğunu və ləğv edilmədiyini, kök, PCA və ICA sertifikatlarının quraşdırıldığını yoxlayın.",
  "explain.ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED":
    "Brauzer xətası ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED: token girişi imzalaya bilmədi (PIN ləğv edildi, token çıxarıldı və ya drayver problemi).",
  "explain.ERR_SSL_PROTOCOL_ERROR": "Brauzer xətası ERR_SSL_PROTOCOL_ERROR: təhlükəsiz bağlantı qurmaq mümkün olmadı.",
  "explain.ERR_SSL_PROTOCOL_ERROR.remedy.update": "Google Chrome və ya Opera-nı ən son versiyaya yeniləyin və yenidən cəhd edin.",
};
