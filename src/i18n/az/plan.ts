import type { plan as en } from "../en/plan.js";
import type { SameKeys } from "../keys.js";
export const plan: SameKeys<typeof en> = {
  "plan.noSale": "Satış vaxtı göstərilməyib, ona görə planlaşdırmaq üçün heç nə yoxdur.",
  "plan.noSale.remedy":
    'Satışın tarixini və vaxtını göstərin: guzestli-check plan --sale "15.01.2027 10:00" (saat qurşağı yazılmayıbsa, Bakı vaxtı).',

  "plan.window.title": "Satış günü nə vaxt daxil olmalı",
  "plan.window.times":
    "Satış: {sale} Bakı vaxtı ({zone}). Təxminən {recommended}, yəni satışdan iki saat əvvəl daxil olun: 500 dəqiqəlik sessiyanın bitmə vaxtı onda {sessionEnd} olur və problemi düzəltməyə vaxt qalır. Nə qədər tez daxil olsanız, sessiya satış başlayandan sonra bir o qədər tez bitir; {earliest} və ya daha tez daxil olsanız, sessiya satış başlamazdan əvvəl və ya satış başlayan anda bitir.",
  "plan.window.timesTwoZones":
    "Satış: {sale} Bakı vaxtı ({zone}) = {saleOther} ({otherZone}). Bakı vaxtı ilə təxminən {recommended} ({recommendedOther} {otherZone}), yəni satışdan iki saat əvvəl daxil olun: 500 dəqiqəlik sessiyanın bitmə vaxtı onda {sessionEnd} ({sessionEndOther}) olur və problemi düzəltməyə vaxt qalır. Nə qədər tez daxil olsanız, sessiya satış başlayandan sonra bir o qədər tez bitir; {earliest} ({earliestOther}) və ya daha tez daxil olsanız, sessiya satış başlamazdan əvvəl və ya satış başlayan anda bitir.",
  "plan.window.openNow":
    "Artıq daxil ola bilərsiniz, lakin ən yaxşı vaxt Bakı vaxtı ilə təxminən {recommended}, yəni satışdan ({sale}) iki saat əvvəldir: indi başlanan sessiya satış başlayandan sonra daha tez bitər.",
  "plan.window.loginNow": "Satışa ({sale} Bakı vaxtı) 2 saatdan az qalıb: indi daxil olun, problemi düzəltməyə az vaxt qalıb.",
  "plan.window.past": "Satış vaxtı {sale} (Bakı vaxtı) artıq keçib.",
  "plan.window.remedy.login":
    'E-İmza və ya "Asan İmza" ilə www.e-gov.az üzərindən Bakı vaxtı ilə təxminən {recommended}, yəni satışdan iki saat əvvəl daxil olun (onda sessiyanın bitmə vaxtı: {sessionEnd}).',
  "plan.window.remedy.notEarlier":
    "{earliest} və ya daha tez daxil olmayın: 500 dəqiqəlik sessiya satışdan ({sale}) əvvəl və ya satış başlayan anda bitər.",
  "plan.window.remedy.single":
    'Yalnız bir kompüter və bir brauzerdən daxil olun; başqasına keçmək üçün əvvəlcə əvvəlki "Güzəştli mənzil" pəncərəsindən çıxış edin.',
  "plan.window.remedy.loginNow":
    'İndi www.e-gov.az-a daxil olun və "Güzəştli mənzil" səhifəsində qalın; 108 (E-İmza üçün 157) nömrəsini əlinizin altında saxlayın.',
  "plan.window.remedy.checkDate":
    'Satışın tarixini və vaxtını rəsmi elanda yoxlayın və planı düzgün --sale dəyəri ilə yenidən işə salın (məs. --sale "15.01.2027 10:00").',

  "plan.certificate.title": "E-İmza sertifikatı satış vaxtı qüvvədədir",
  "plan.certificate.none": "Yoxlanılacaq E-İmza sertifikatı yoxdur: tokendən oxunmayıb və --cert faylı verilməyib.",
  "plan.certificate.remedy.none":
    'Tokeni (və ya şəxsiyyət vəsiqəsi taxılmış kart oxuyucusunu) qoşun və guzestli-check all --sale … işə salın, ya da sertifikat faylını --cert <fayl> ilə verin. "Asan İmza" istifadəçiləri: sertifikatı mobil operatorunuzla yoxlayın.',
  "plan.certificate.valid":
    "Sertifikatlarınızın hamısı ({total} ədəd) satış vaxtı ({sale}) qüvvədədir; ilk bitənin bitmə vaxtı: {notAfter} (Bakı vaxtı). Sertifikatın ləğv (deaktiv) edilib-edilmədiyini guzestli-check certs yoxlayır.",
  "plan.certificate.expired":
    "Sertifikatlarınızdan {count} ədədi ({total} ədəddən) satış vaxtı ({sale}) artıq qüvvədə olmayacaq; bitmə vaxtı: {notAfter} (Bakı vaxtı).",
  "plan.certificate.notYetValid": "Sertifikat satış vaxtı ({sale}) hələ qüvvəyə minməyib; qüvvəyə minmə vaxtı: {notBefore} (Bakı vaxtı).",
  "plan.certificate.remedy.renew":
    "E-İmza sertifikatını satış günündən əvvəl yeniləyin: necə edəcəyinizi öyrənmək üçün 157 Çağrı Mərkəzinə (E-İmza) zəng edin, sonra yenisi ilə e-gov.az-a bir dəfə daxil olun.",
  "plan.certificate.remedy.oldOne":
    "Vaxtı bitən artıq istifadə etmədiyiniz köhnə sertifikatdırsa, tokendə qüvvədə olan sertifikatın da olduğuna əmin olun (guzestli-check token onları göstərir).",
  "plan.certificate.remedy.call157": "157-yə zəng edin: yalnız satışdan sonra qüvvəyə minən sertifikatdan satış günü istifadə etmək olmaz.",

  "plan.dayBefore.title": "Satışdan bir gün əvvəl",
  "plan.dayBefore.message": "Satışdan bir gün əvvəl ({dayBefore}, Bakı vaxtı) ediləcəklər:",
  "plan.dayBefore.step.runTool": "İstifadə edəcəyiniz kompüterdə guzestli-check all işə salın və ✗ ilə işarələnən hər şeyi düzəldin.",
  "plan.dayBefore.step.loginOnce":
    'Aktiv olduğuna əmin olmaq üçün istifadə edəcəyiniz E-İmza və ya "Asan İmza" ilə www.e-gov.az-a bir dəfə daxil olun, sonra çıxış edin.',
  "plan.dayBefore.step.signTest":
    'E-İmza: imzalama mərhələsinin alınması üçün "Online imzalayıcı" proqramı ilə imzalamanı sınaqdan keçirin.',
  "plan.dayBefore.step.eimzaPins":
    "E-İmza: tokenin PIN və PUK kodlarını bilin; PIN kodu təxmin etməyin (10 yanlış cəhddən sonra E-İmza bloka düşür; onda PUK kodla birlikdə 157 Çağrı Mərkəzinə zəng edin).",
  "plan.dayBefore.step.asan":
    '"Asan İmza": balans və 2.50 AZN abunə haqqı ödənilib, sertifikatın vaxtı bitməyib, PIN1/PIN2/PUK kartı yanınızdadır, nömrə SIM1-dədir.',
  "plan.dayBefore.step.browser": "Google Chrome-u (tövsiyə olunur) və ya Opera-nı ən son versiyaya yeniləyin.",
  "plan.dayBefore.step.guides":
    '"Güzəştli mənzil" bildirişində keçidləri verilən rəsmi E-İmza təlimatlarını oxuyun (tokendən istifadə, onunla portala giriş, imzalama, imzanın yoxlanılması).',
  "plan.dayBefore.step.hotlines":
    "Nömrələri yazın: 108 Çağrı Mərkəzi (mənzil sistemi, Elektron Hökumət Portalı) və 157 Çağrı Mərkəzi (E-İmza).",

  "plan.hourBefore.title": "Satışdan bir saat əvvəl",
  "plan.hourBefore.message": "Satışdan bir saat əvvəl ({hourBefore}, Bakı vaxtı) yoxlanılacaqlar:",
  "plan.hourBefore.step.loggedIn":
    'Artıq daxil olmuş olmalısınız (təxminən {recommended}, ən gec {latest}) və "Güzəştli mənzil" səhifəsində qalmalısınız.',
  "plan.hourBefore.step.single":
    "Yalnız bir kompüter və bir brauzer: sistemi başqa brauzerdə və ya cihazda bağlayın (əvvəlcə oradan çıxış edin).",
  "plan.hourBefore.step.tokenFirst":
    'E-İmza: "e-imza ilə daxil ol" düyməsini sıxmamışdan ƏVVƏL token taxılı və "Online imzalayıcı" işə salınmış olmalıdır; "Portala imza ilə giriş mümkün olmadı" çıxarsa, brauzeri bağlayıb yenidən açın.',
  "plan.hourBefore.step.pinCancel":
    'PIN kod sorğusunda "İmtina" düyməsini sıxmısınızsa, yenidən cəhd etməzdən əvvəl brauzeri tam bağlayıb yenidən açın.',
  "plan.hourBefore.step.phone": '"Asan İmza": telefon şarj olunub, ekran blokdan çıxarılıb, şəbəkə var; imzalama üçün PIN2 hazırdır.',
  "plan.hourBefore.step.hotlines": "Problem olarsa: E-İmza üçün 157, qalan hər şey üçün 108 Çağrı Mərkəzinə zəng edin.",

  "plan.calendar.title": "Təqvim xatırlatmaları (--ics)",
  "plan.calendar.notAsked": "Təqvim faylı istənilməyib; --ics <fayl> xatırlatmaları təqviminiz üçün yazır.",
  "plan.calendar.written": "Xatırlatmalar {file} faylına yazıldı.",
  "plan.calendar.notWritten": "{file} təqvim faylını yazmaq mümkün olmadı.",
  "plan.calendar.remedy.otherPath": '--ics üçün yazıla bilən qovluqda fayl göstərin, məsələn, "Documents" (Документы) qovluğunda.',
  "plan.calendar.remedy.import": "Xatırlatmaları əlavə etmək üçün faylı təqviminizlə açın (Google Calendar, Outlook, telefonun təqvimi).",

  "plan.ics.calendarName": "Güzəştli mənzil satış günü",
  "plan.ics.dayBefore.summary": "Güzəştli mənzil: sabahkı satışa hazırlaşın",
  "plan.ics.login.summary": "Güzəştli mənzil: indi e-gov.az-a daxil olun",
  "plan.ics.sale.summary": "Güzəştli mənzil: satış başlayır",
};
