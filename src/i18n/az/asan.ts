import type { asan as en } from "../en/asan.js";
import type { SameKeys } from "../keys.js";
export const asan: SameKeys<typeof en> = {
  "asan.interactive.noTerminal":
    'Sual vermək üçün terminal pəncərəsi yoxdur (nəticə fayla yönləndirilib və ya --json verilib): əvəzində "Asan İmza" təlimatı göstərilir.',

  "asan.subscription.title": '"Asan İmza" abunəliyi, balans və sertifikat',
  "asan.subscription.guide":
    '20 avqust 2018-ci il tarixindən "Asan İmza"nın aylıq abunə haqqı 2.50 AZN, hər SMS (tranzaksiya) isə 0 AZN-dir. Satışdan öncə balansda kifayət qədər vəsait olduğuna, abunəliyin yeniləndiyinə və "Asan İmza" sertifikatının vaxtının bitmədiyinə əmin olun.',
  "asan.subscription.askPaid": '"Asan İmza" abunəliyiniz (ayda 2.50 AZN) yenilənib və nömrənin balansında kifayət qədər vəsait varmı?',
  "asan.subscription.askCertificate": '"Asan İmza" sertifikatınız satış günü hələ qüvvədədirmi (vaxtı bitməyib)?',
  "asan.subscription.confirmed":
    "Abunəliyin ödənildiyini, balansın kifayət etdiyini və sertifikatın satış günü qüvvədə olduğunu təsdiq etdiniz.",
  "asan.subscription.unpaid": 'Abunəliyin yenilənmədiyini və ya balansın çatmadığını dediniz: bu düzələnə qədər "Asan İmza" işləməyəcək.',
  "asan.subscription.certificateExpired":
    '"Asan İmza" sertifikatınızın vaxtının bitdiyini və ya satışdan əvvəl bitəcəyini dediniz: onunla giriş etmək və imzalamaq mümkün olmayacaq.',
  "asan.subscription.unsure": "Abunəlik, balans və ya sertifikatın bitmə tarixi barədə əmin deyilsiniz: satış günündən əvvəl yoxlayın.",
  "asan.subscription.remedy.balance":
    '"Asan İmza" nömrəsinin balansını artırın və aylıq 2.50 AZN abunə haqqının ödənildiyinə əmin olun (mobil operatorunuzdan soruşun: Azercell, Bakcell və ya Nar).',
  "asan.subscription.remedy.certificate":
    '"Asan İmza" sertifikatınızın bitmə tarixini mobil operatorunuzdan və ya ASAN xidmət mərkəzindən öyrənin; satış günündən əvvəl bitməməlidir.',
  "asan.subscription.remedy.operator":
    'Hər şeyin ödənildiyinə əminsinizsə, amma "Asan İmza" yenə işləmirsə, mobil operatorunuzla əlaqə saxlayın.',
  "asan.subscription.remedy.newCertificate":
    'Satış günündən xeyli əvvəl ASAN xidmət mərkəzində (şəxsiyyət vəsiqəsi və SIM kartla) yeni "Asan İmza" sertifikatı alın, sonra onu yoxlamaq üçün e-gov.az-a bir dəfə daxil olun.',

  "asan.phone.title": '"Asan İmza" üçün uyğun telefon',
  "asan.phone.ask":
    '"Asan İmza" SIM kartı hansı telefondadır? Modeli yazın (məsələn, Samsung Galaxy A54) və ya cavab vermək istəmirsinizsə, Enter basın:',
  "asan.phone.guide":
    '"Asan İmza" köhnə telefonlarda, o cümlədən QWERTY klaviaturalı telefonlarda işləməyə bilər. Bildirişdə adı çəkilənlər: {phones}; BlackBerry-nin başqa modellərində də normal işləməyə bilər.',
  "asan.phone.listed": '"{phone}" "Asan İmza"nın işləməyə biləcəyi telefonların rəsmi siyahısındadır ({listed} kimi).',
  "asan.phone.blackberry":
    '"{phone}" BlackBerry telefonudur: bildirişdə deyilir ki, "Asan İmza" yalnız adı çəkilən deyil, BlackBerry-nin başqa modellərində də işləməyə bilər.',
  "asan.phone.qwerty": '"{phone}" QWERTY klaviaturalı telefondur: bildirişdə deyilir ki, "Asan İmza" belə telefonlarda işləməyə bilər.',
  "asan.phone.notListed":
    '"{phone}" bildirişdəki problemli telefonlar siyahısında yoxdur. Bu, "Asan İmza"nın onda işlədiyini sübut etmir: satış günündən əvvəl bir dəfə giriş edin.',
  "asan.phone.remedy.list": "Bildiriş həmçinin BlackBerry-nin digər modelləri və QWERTY klaviaturalı telefonlar barədə xəbərdarlıq edir.",
  "asan.phone.remedy.check":
    'Öz telefonunuzu yoxlayın: guzestli-check asan --phone "<model>" (model iPhone-da "Ayarlar" (Settings) → "Ümumi" (General) → "Haqqında" (About), Android-də "Ayarlar" (Settings) → "Telefon haqqında" (About phone) bölməsində yazılıb).',
  "asan.phone.remedy.tryLogin":
    'Satışdan bir neçə gün əvvəl satış günü istifadə edəcəyiniz telefonla "Asan İmza" vasitəsilə www.e-gov.az-a daxil olun: yalnız real giriş onun işlədiyini sübut edir.',
  "asan.phone.remedy.otherPhone":
    'Satış günündən əvvəl "Asan İmza" SIM kartını daha yeni telefona (müasir smartfona) keçirin və işlədiyinə əmin olmaq üçün onunla bir dəfə giriş edin.',

  "asan.pin1.title": '"Asan İmza" PIN1 (giriş) və PUK',
  "asan.pin1.guide":
    'Giriş zamanı telefon "Asan İmza" PIN1 kodunu soruşur; o, mobil operatorun sizə verdiyi kartın üzərindədir. PIN1 3 dəfə yanlış daxil edildikdə bloka düşür və PUK kod tələb olunur; PUK kod 3 dəfə yanlış daxil edildikdə o da bloka düşür.',
  "asan.pin1.askKnown": '"Asan İmza" PIN1, PIN2 və PUK kodları yazılmış operator kartı sizdədirmi (və ya kodları bilirsinizmi)?',
  "asan.pin1.askBlocked": "Telefon PIN1-in bloka düşdüyünü bildiribmi və ya sizdən PUK kod istəyibmi?",
  "asan.pin1.askPukBlocked": "PUK kod da 3 dəfə yanlış daxil edilibmi (PUK bloka düşüb)?",
  "asan.pin1.confirmed": "PIN1/PIN2/PUK kodlarınızı bildiyinizi və PIN1-in bloka düşmədiyini təsdiq etdiniz.",
  "asan.pin1.unknown": '"Asan İmza" kodlarınızın sizdə olmadığını dediniz: PIN1 və PIN2 olmadan giriş etmək və imzalamaq mümkün deyil.',
  "asan.pin1.blocked": "PIN1-in bloka düşdüyünü dediniz: satış günündən əvvəl onu PUK kodla açın.",
  "asan.pin1.pukBlocked":
    'PUK kodun da bloka düşdüyünü dediniz: nömrənin dublikatını və yeni sertifikat almayana qədər bu SIM-də "Asan İmza"dan istifadə etmək olmaz.',
  "asan.pin1.unsure": '"Asan İmza" kodlarınız barədə əmin deyilsiniz: satış günündən əvvəl operator kartını tapın.',
  "asan.pin1.remedy.card":
    "Mobil operatorun verdiyi kartı yanınızda saxlayın: PIN1 giriş üçün, PIN2 imzalama üçün, PUK isə PIN1-i blokdan çıxarmaq üçündür.",
  "asan.pin1.remedy.threeTries":
    "PIN1 3 dəfə yanlış daxil edildikdə bloka düşür: onu həmin kartdakı PUK kodla açın. Təxmin etməyin: PUK kodun da cəmi 3 cəhdi var.",
  "asan.pin1.remedy.pukBlocked":
    "PUK kod 3 dəfə yanlış daxil edilibsə: mobil operatorunuza müraciət edərək nömrənizin dublikatını çıxarın, sonra ASAN xidmət mərkəzinə (ASXM) müraciət edib yeni sertifikat alın.",
  "asan.pin1.remedy.lostCard":
    "Kodlar yazılmış kartı itirmisinizsə, satış günündən əvvəl şəxsiyyət vəsiqəsi ilə mobil operatorunuza və ya ASAN xidmət mərkəzinə müraciət edin.",

  "asan.pin2.title": '"Asan İmza" PIN2 (imzalama)',
  "asan.pin2.guide":
    "İmzalama mərhələsində telefon PIN1 deyil, PIN2 kodunu soruşur. PIN1 giriş, PIN2 isə imzalama üçündür; hər ikisi mobil operatorun verdiyi kartın üzərindədir.",
  "asan.pin2.ask": "İmzalama zamanı PIN1 deyil, PIN2 tələb olunduğunu bilirsinizmi və PIN2 kodunuz sizdədirmi?",
  "asan.pin2.confirmed": "İmzalama mərhələsi üçün PIN2 kodunuzun olduğunu təsdiq etdiniz.",
  "asan.pin2.unsure": "PIN2 barədə əmin deyilsiniz: onsuz uğurlu girişdən sonra da imzalama alınmayacaq.",
  "asan.pin2.remedy.which": "Giriş zamanı PIN1, sənəd imzalanarkən isə PIN2 daxil edin.",
  "asan.pin2.remedy.card": 'PIN1 və PIN2 mobil operatorun "Asan İmza" SIM kartı ilə birlikdə verdiyi kartın üzərindədir.',

  "asan.suspended.title": '"Asan İmza" aktivdir ("Service suspended")',
  "asan.suspended.guide":
    'Xidmət borca görə dayandırılıbsa, giriş zamanı "Service suspended" (Xidmət dayandırılmışdır) xəbərdarlığı çıxır. "Asan İmza"nın aktiv olduğuna əmin olmaq üçün satış günündən əvvəl sistemə giriş edin.',
  "asan.suspended.askLoggedIn": 'Son bir neçə gündə "Asan İmza" ilə www.e-gov.az-a xətasız daxil olmusunuzmu?',
  "asan.suspended.askSuspended": 'Telefonda və ya portalda "Service suspended" (Xidmət dayandırılmışdır) yazısı çıxıbmı?',
  "asan.suspended.confirmed": 'Bu yaxınlarda "Asan İmza" ilə xətasız daxil olmusunuz: o aktivdir.',
  "asan.suspended.suspended": '"Service suspended" xəbərdarlığını görmüsünüz: "Asan İmza" dayandırılıb, adətən nömrədəki borca görə.',
  "asan.suspended.notTried": '"Asan İmza" son vaxtlar yoxlanmayıb: aktiv olub-olmadığı məlum deyil.',
  "asan.suspended.remedy.debt": "Nömrədəki borcu və aylıq 2.50 AZN abunə haqqını ödəyin.",
  "asan.suspended.remedy.operator":
    'Abunəliyin yeniləndiyinə əminsinizsə, amma yenə "Service suspended" çıxırsa, mobil operatorunuzla əlaqə saxlayın.',
  "asan.suspended.remedy.loginEarly":
    '"Asan İmza"nın aktiv olduğuna əmin olmaq üçün satışdan bir neçə gün əvvəl onunla www.e-gov.az-a daxil olun, sonra çıxış edin.',

  "asan.code.title": '"Asan İmza" təsdiq kodu',
  "asan.code.guide":
    "4 rəqəmli təsdiq kodunu daxil etdikdən sonra giriş uğursuz olursa və ya telefona ümumiyyətlə kod gəlmirsə, bu addımları ardıcıl yerinə yetirin.",
  "asan.code.askDualSim": "Telefonunuz iki SIM kartlıdırmı (DUOS)?",
  "asan.code.askSim1": '"Asan İmza" nömrəsi SIM1-dədirmi (birinci SIM yuvasında)?',
  "asan.code.askArrived": 'Sonuncu "Asan İmza" girişinizdə 4 rəqəmli təsdiq kodu telefonda göründü və giriş qəbul edildimi?',
  "asan.code.confirmed": "Təsdiq kodunun gəldiyini və qəbul edildiyini təsdiq etdiniz.",
  "asan.code.notSim1": '"Asan İmza" nömrəsinin SIM1-də olmadığını dediniz: iki SIM kartlı telefonlarda o, SIM1-də olmalıdır.',
  "asan.code.notArriving": "Təsdiq kodunun gəlmədiyini və ya ondan sonra girişin uğursuz olduğunu dediniz.",
  "asan.code.unsure": "Təsdiq kodunun gəldiyinə əmin deyilsiniz: satış günündən əvvəl girişi yoxlayın.",
  "asan.code.remedy.sim1": 'İki SIM kartlı (DUOS) telefonda "Asan İmza" SIM kartını SIM1 yuvasına taxın.',
  "asan.code.remedy.restart": "Telefonu söndürüb yenidən yandırın.",
  "asan.code.remedy.debt": "Nömrənizin borca görə bağlanmadığına əmin olun.",
  "asan.code.remedy.network": "Telefonun mobil şəbəkəyə çıxışı olduğuna əmin olun (yalnız Wi-Fi kifayət deyil).",
  "asan.code.remedy.unlock": "Giriş zamanı telefonun ekranını blokdan çıxarılmış saxlayın.",
  "asan.code.remedy.operator": "Bunlardan heç biri kömək etmirsə, mobil operatorunuzla əlaqə saxlayın.",

  "asan.session.title": "Satış günü: tez daxil olun, yalnız bir brauzer",
  "asan.session.guide":
    '"Elektron hökumət" portalı "Güzəştli mənzil" sessiyasını 500 dəqiqə aktiv saxlayır və eyni anda yalnız bir kompüterdən və bir brauzerdən daxil olmaq olar.',
  "asan.session.remedy.early":
    'Satış günü satış vaxtından bir neçə saat əvvəl (lakin 500 dəqiqədən çox əvvəl yox) E-İmza və ya "Asan İmza" ilə www.e-gov.az üzərindən daxil olun.',
  "asan.session.remedy.single":
    'Bir kompüter və bir brauzerdən istifadə edin. Başqasına keçmək üçün əvvəlcə əvvəlki "Güzəştli mənzil" pəncərəsindən çıxış edin.',
  "asan.session.remedy.plan":
    'guzestli-check plan --sale "15.01.2027 10:00" --ics <fayl> giriş vaxtını hesablayır və xatırlatmaları təqvim faylına yazır.',
  "asan.session.remedy.hotlines":
    "Mənzil sistemi ilə bağlı suallar üçün: 108 Çağrı Mərkəzi. E-İmza problemləri (bloka düşmüş token, vaxtı bitmiş sertifikat) üçün: 157 Çağrı Mərkəzi.",
};
