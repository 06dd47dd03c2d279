import type { signer as en } from "../en/signer.js";
import type { SameKeys } from "../keys.js";
export const signer: SameKeys<typeof en> = {
  "signer.installed.title": '"Online imzalayıcı" proqramı quraşdırılıb',
  "signer.running.title": 'İmzalayıcı proqram işləyir ("e-imza ilə daxil ol" düyməsindən əvvəl lazımdır)',
  "signer.answering.title": "İmzalayıcı proqram brauzerə cavab verir",
  "signer.signingTested.title": "Satış günündən əvvəl sınaq sənədi imzalayın",

  "signer.catalogInvalid": "GUZESTLI_SIGNER_CATALOG ilə verilən əlavə imzalayıcı siyahısı ({file}) istifadə edilə bilmir.",
  "signer.catalogInvalid.remedy":
    'İT köməkçisi üçün: GUZESTLI_SIGNER_CATALOG dəyişəninin göstərdiyi JSON faylını düzəldin ("id" və "names" sahələri olan yazılar massivi) və ya dəyişəni silin.',

  "signer.installed.yes": '"{name}" tapıldı (versiya {version}).',
  "signer.installed.running":
    'Quraşdırılmış proqramlar siyahısında yoxdur, lakin "{name}" işləyir, deməli imzalayıcı proqram bu kompüterdədir.',
  "signer.installed.no":
    '"Online imzalayıcı" proqramı bu kompüterdə quraşdırılmayıb. Bu proqram olmadan E-İmza ilə portala daxil olmaq və imzalamaq mümkün deyil.',
  "signer.installed.no.remedy.download":
    'İmzalayıcı proqramı rəsmi saytlardan quraşdırın: bildiriş onu "Online imzalayıcı" adlandırır (e-imza.az); sima.az isə bu gün token istifadəçilərinə "SİMA İmzalayıcı" proqramını "SİMA Token" drayveri ilə birlikdə quraşdırmağı tövsiyə edir. Bu iki adın eyni proqram olub-olmadığı rəsmi olaraq açıqlanmayıb: tokeniniz üçün rəsmi səhifənin təklif etdiyini quraşdırın və işlədiyini görmək üçün satış günündən əvvəl bir dəfə daxil olun.',
  "signer.installed.no.remedy.order":
    'Bildirişdəki ardıcıllıqla: 1) tokeni və ya kart oxuyucusunu kompüterə qoşun, 2) onun drayverini quraşdırın, 3) kök sertifikatı quraşdırın, 4) kök sertifikatı sistemə tanıdın, 5) PCA və ICA sertifikatlarını quraşdırın, 6) "Online imzalayıcı" proqramını quraşdırın, 7) onun işlədiyini yoxlayın. Sonra bu yoxlamanı yenidən işə salın.',
  "signer.installed.unknown": "Quraşdırılmış proqramların siyahısını oxumaq mümkün olmadı.",
  "signer.installed.unknown.remedy":
    'İmzalayıcı proqramın quraşdırıldığını özünüz yoxlayın: Windows-da "Settings" (Параметры) → "Apps" (Приложения), macOS-da "Applications" (Программы) qovluğu. "Online imzalayıcı" və ya "SİMA İmzalayıcı" adını axtarın.',

  "signer.running.yes": '"{name}" işləyir.',
  "signer.running.no":
    'İmzalayıcı proqram quraşdırılıb, lakin işə salınmayıb. İndi "e-imza ilə daxil ol" düyməsini sıxsanız, portal "Portala imza ilə giriş mümkün olmadı" səhvini göstərəcək.',
  "signer.running.unknown": "İşləyən proqramların siyahısını oxumaq mümkün olmadı.",
  "signer.running.unknown.remedy":
    'İmzalayıcı proqramın nişanının ekranın aşağı sağ küncündə, saatın yanında göründüyünü özünüz yoxlayın (Windows-da o, saatın solundakı "^" oxunun arxasında gizlənə bilər: oxu klikləyin; macOS-da yuxarıdakı menyu zolağındadır); görünmürsə, proqramı işə salın.',

  "signer.answering.yes": "İmzalayıcı proqram brauzerin müraciətlərinə cavab verir.",
  "signer.answering.notListening":
    "İmzalayıcı proqram işləyir, lakin brauzerin ona müraciət etməsi üçün lazım olan əlaqə nöqtəsini (portu) açmayıb.",
  "signer.answering.no": "İmzalayıcı proqram işləyir, lakin brauzerin müraciətlərinə cavab vermir: ilişib qalıb və ya bloklanıb.",
  "signer.answering.portsUnknown": "İmzalayıcı proqramın brauzerə cavab verə bildiyini yoxlamaq mümkün olmadı.",
  "signer.answering.portsUnknown.remedy":
    "İT köməkçisi üçün: yoxlamanı imzalayıcını işə salan istifadəçi adından işə salın; Windows-da PowerShell-in işləməsinə icazə verin.",

  "signer.remedy.start":
    '"Online imzalayıcı" proqramını "Start" (Пуск) menyusundan və ya iş masasındakı nişandan işə salın və nişanı saatın yanında görünənədək gözləyin (Windows-da o, saatın solundakı "^" oxunun arxasında ola bilər).',
  "signer.remedy.beforeLogin":
    'Elektron Hökumət Portalında "e-imza ilə daxil ol" düyməsini sıxmazdan ƏVVƏL həmişə tokeni taxın və "Online imzalayıcı" proqramını işə salın.',
  "signer.remedy.restartBrowser":
    'Portal artıq "Portala imza ilə giriş mümkün olmadı" səhvini göstəribsə: brauzerin bütün pəncərələrini bağlayın, imzalayıcı proqramı işə salın, sonra brauzeri yenidən açıb daxil olun.',
  "signer.remedy.restartSigner":
    'İmzalayıcı proqramı tam bağlayın (saatın yanındakı nişanına — Windows-da bəlkə "^" oxunun arxasında — sağ düymə ilə klikləyib proqramdan çıxın), yenidən işə salın və bu yoxlamanı təkrarlayın.',
  "signer.remedy.firewall":
    "Antivirus və ya təhlükəsizlik divarı (firewall) imzalayıcı proqram barədə soruşarsa, icazə verin; onu istisnalara əlavə edin (o, yalnız bu kompüterin daxilində əlaqə saxlayır).",
  "signer.remedy.reinstall":
    "Yenə də cavab vermirsə: kompüteri yenidən başladın; bu da kömək etməsə, imzalayıcı proqramı silin və rəsmi E-İmza saytından yenidən quraşdırın.",
  "signer.remedy.hotline": "E-İmza ilə bağlı problemlər üçün 157 Çağrı Mərkəzinə zəng edin.",

  "signer.signingTested.message":
    "İmzalamanın işlədiyini yalnız portala real giriş və real imza sübut edir; bu alət bunu özü yoxlaya bilməz.",
  "signer.signingTested.step.login":
    'Satışdan bir neçə gün əvvəl bu kompüterdə, bu token və bu brauzerlə "e-imza ilə daxil ol" vasitəsilə www.e-gov.az portalına daxil olun.',
  "signer.signingTested.step.sign":
    'PIN kodun və sertifikatın işlədiyinə əmin olmaq üçün "Online imzalayıcı" ilə sınaq sənədi imzalayın (rəsmi təlimat: "E-İmzalayıcı vasitəsi ilə sənədlərin imzalanması").',
  "signer.signingTested.step.problem":
    "Giriş və ya imza alınmasa, bunu satış günü deyil, indi həll edin: 157 (E-İmza) və ya 108 (Elektron Hökumət Portalı) Çağrı Mərkəzinə zəng edin.",

  "signer.explain.SIGNER_INSTALLED": '"Online imzalayıcı" proqramı quraşdırılmış proqramlar arasında tapıldı.',
  "signer.explain.SIGNER_FOUND_RUNNING": "İmzalayıcı proqram quraşdırılmış kimi qeydə alınmayıb, lakin bu kompüterdə işləyir.",
  "signer.explain.SIGNER_NOT_INSTALLED":
    '"Online imzalayıcı" proqramı quraşdırılmayıb; E-İmza ilə daxil olmaq və imzalamaq üçün o lazımdır.',
  "signer.explain.SIGNER_INSTALL_UNKNOWN":
    "Alət quraşdırılmış proqramların siyahısını oxuya bilmədi, ona görə imzalayıcı proqramın quraşdırılıb-quraşdırılmadığını bilmir.",
  "signer.explain.SIGNER_CATALOG_INVALID":
    "GUZESTLI_SIGNER_CATALOG ilə verilmiş əlavə imzalayıcı siyahısı gözlənilən formada düzgün JSON deyil.",
  "signer.explain.SIGNER_RUNNING": "İmzalayıcı proqram işləyir.",
  "signer.explain.SIGNER_NOT_RUNNING":
    'İmzalayıcı proqram quraşdırılıb, lakin işləmir. "e-imza ilə daxil ol" düyməsi sıxılmazdan əvvəl o işləməlidir, əks halda portal "Portala imza ilə giriş mümkün olmadı" yazır.',
  "signer.explain.SIGNER_PROCESSES_UNKNOWN": "Alət işləyən proqramların siyahısını oxuya bilmədi.",
  "signer.explain.SIGNER_ANSWERING": "İmzalayıcı proqram brauzerin müraciətlərinə portal səhifəsinin gözlədiyi kimi cavab verir.",
  "signer.explain.SIGNER_NOT_LISTENING": "İmzalayıcı proqram işləyir, lakin brauzerin ona müraciət etməsi üçün lazım olan portu açmayıb.",
  "signer.explain.SIGNER_NOT_ANSWERING":
    "İmzalayıcı proqram işləyir, lakin brauzerə cavab vermir (ilişib qalıb və ya təhlükəsizlik proqramı onu bloklayıb).",
  "signer.explain.SIGNER_PORTS_UNKNOWN": "Alət imzalayıcı proqramın brauzerə cavab verə bildiyini yoxlaya bilmədi.",
  "signer.explain.SIGNING_TEST_GUIDE":
    "Satış günündən əvvəl daxil olub sınaq sənədi imzalamaq imzalamanın işlədiyinin yeganə real sübutudur.",
};
