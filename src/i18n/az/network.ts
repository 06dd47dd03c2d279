import type { network as en } from "../en/network.js";
import type { SameKeys } from "../keys.js";
export const network: SameKeys<typeof en> = {
  "network.dns.title": "Portalın ünvanı tapılır",
  "network.tcp.title": "Portala qoşulmaq mümkündür (port {port})",
  "network.tls.title": "Portalla təhlükəsiz əlaqəyə kənardan müdaxilə olunmur",

  "network.dns.ok": "{host} ünvanı tapıldı.",
  "network.noInternet": "Bu kompüter heç bir şəbəkəyə qoşulmayıb.",
  "network.dns.DNS_NOT_FOUND": "{host} ünvanı tapılmadı: kompüterin ünvan xidməti (DNS) belə adın olmadığını bildirdi.",
  "network.dns.DNS_NO_ANSWER": "{host} ünvanı tapılmadı: internet bağlantısı və ya DNS parametrləri işləmir.",
  "network.dns.DNS_TIMEOUT": "{duration} ərzində {host} ünvanı tapılmadı: internet bağlantısı işləmir və ya DNS bloklanıb.",
  "network.dns.DNS_FAILED": "{host} ünvanını tapmaq alınmadı.",

  "network.tcp.ok": "{host} ilə əlaqə quruldu ({duration}).",
  "network.tcp.TCP_REFUSED":
    "{host} ilə əlaqə rədd edildi: təhlükəsizlik divarı (firewall) və ya şəbəkə onu bloklayır, ya da portal işləmir.",
  "network.tcp.TCP_TIMEOUT":
    "{duration} ərzində {host} cavab vermədi: əlaqə bloklanıb (təhlükəsizlik divarı (firewall), şəbəkə filtri) və ya internet işləmir.",
  "network.tcp.TCP_UNREACHABLE": "Bu şəbəkədən {host} ünvanına çatmaq mümkün deyil: işlək internet bağlantısı yoxdur.",
  "network.tcp.TCP_FAILED": "{host} ilə əlaqə qurmaq alınmadı.",

  "network.tls.ok": "{host} ilə təhlükəsiz əlaqə quruldu; onun sertifikatını tanınmış sertifikat mərkəzi ({issuer}) verib.",
  "network.tls.timeout": "{host} ilə təhlükəsiz əlaqə {duration} ərzində qurulmadı.",
  "network.tls.failed": "{host} ilə təhlükəsiz əlaqə kəsildi: yolda nəsə onu bloklayır.",
  "network.tls.clock":
    "Portalın sertifikatı vaxtı keçmiş və ya hələ qüvvədə olmayan kimi görünür ({validTo} tarixinədək etibarlıdır; bu kompüterdə indi {now}): kompüterin tarixi və ya saatı səhvdir.",
  "network.tls.nameMismatch":
    "{host} ünvanının təqdim etdiyi sertifikat başqa ada aiddir ({subject}): əlaqə başqa yerə yönləndirilir (proksi, otel və ya Wi-Fi giriş səhifəsi, təhlükəsizlik proqramı).",
  "network.tls.intercepted":
    '{host} ilə əlaqəyə kənardan müdaxilə olunur: sertifikatı tanınmış sertifikat mərkəzi olmayan "{issuer}" verib. Adətən bunu antivirusun "HTTPS yoxlaması" funksiyası və ya iş yerinin proksisi edir və bu, E-İmza ilə girişi poza bilər.',

  "network.remedy.connect": "Kompüteri internetə qoşun (kabel və ya Wi-Fi) və yoxlamanı yenidən işə salın.",
  "network.remedy.router": "Modemi (routeri) söndürüb yandırın; yenə işləməsə, internet provayderinizə zəng edin.",
  "network.remedy.otherSite": "Brauzerdə başqa sayt (məsələn, google.com) açın: o da açılmırsa, səbəb internet bağlantısındadır.",
  "network.remedy.dnsServer":
    "Başqa saytlar açılır, lakin www.e-gov.az açılmırsa, kompüterinizə baxan İT köməkçisindən şəbəkə parametrlərində DNS serverini yoxlamağı xahiş edin.",
  "network.remedy.firewall":
    'Təhlükəsizlik divarının (firewall), valideyn nəzarətinin və ya "şəbəkə mühafizəsi" proqramının www.e-gov.az saytını bloklamadığını yoxlayın; bloklayırsa, ona icazə verin.',
  "network.remedy.otherNetwork":
    "Problemin şəbəkədə olub-olmadığını görmək üçün başqa şəbəkəni (məsələn, telefonunuzun modem rejimini) sınayın.",
  "network.remedy.hotline": "www.e-gov.az heç bir şəbəkədən açılmırsa, 108 Çağrı Mərkəzinə zəng edin.",
  "network.remedy.antivirus":
    'Antivirusda www.e-gov.az üçün "HTTPS yoxlaması" / "şifrələnmiş bağlantıların yoxlanması" / "veb mühafizə" funksiyasını söndürün (və ya saytı istisnalara əlavə edin), sonra brauzeri yenidən başladın.',
  "network.remedy.proxy":
    "Kompüter iş yerində və ya məktəbdədirsə, oradakı proksi əlaqəyə müdaxilə edə bilər: satış günü ev şəbəkəsindən istifadə edin.",
  "network.remedy.clock":
    "Kompüterin tarixini, saatını və saat qurşağını (Bakı, UTC+4) düzgün qurun, yaxşısı vaxtın avtomatik təyin olunmasını yandırın, sonra brauzeri yenidən başladın.",

  "network.explain.DNS_OK": "Portalın ünvanı tapıldı.",
  "network.explain.NO_INTERNET": "Kompüter heç bir şəbəkəyə qoşulmayıb.",
  "network.explain.DNS_NOT_FOUND": "Ünvan xidməti (DNS) portalın adının olmadığını bildirdi; DNS parametrləri səhvdir və ya dəyişdirilib.",
  "network.explain.DNS_NO_ANSWER": "Ünvan xidməti (DNS) cavab vermədi; internet bağlantısı və ya DNS parametrləri işləmir.",
  "network.explain.DNS_TIMEOUT": "Ünvan xidmətindən (DNS) vaxtında cavab gəlmədi; internet işləmir və ya DNS bloklanıb.",
  "network.explain.DNS_FAILED": "Portalın ünvanını tapmaq başqa səbəbdən alınmadı.",
  "network.explain.TCP_OK": "Portalla əlaqə quruldu.",
  "network.explain.TCP_REFUSED":
    "Portalla əlaqə rədd edildi: təhlükəsizlik divarı (firewall) və ya şəbəkə bloklayır, ya da portal işləmir.",
  "network.explain.TCP_TIMEOUT": "Portal vaxtında cavab vermədi: bağlantı bloklanıb və ya internet işləmir.",
  "network.explain.TCP_UNREACHABLE": "Bu şəbəkədən portala çatmaq mümkün deyil: işlək internet bağlantısı yoxdur.",
  "network.explain.TCP_FAILED": "Portalla əlaqə qurmaq başqa səbəbdən alınmadı.",
  "network.explain.TLS_OK": "Portalla təhlükəsiz əlaqə işləyir və ona müdaxilə olunmur.",
  "network.explain.TLS_INTERCEPTED":
    "Bu kompüterlə portal arasında nəsə (antivirusun HTTPS yoxlaması, proksi) portalın sertifikatını əvəz edir; bu, E-İmza ilə girişi poza bilər.",
  "network.explain.TLS_NAME_MISMATCH": "Alınan sertifikat başqa ada aiddir: əlaqə başqa yerə yönləndirilir.",
  "network.explain.TLS_CLOCK":
    "Kompüterin tarixi və ya saatı səhv olduğu üçün portalın sertifikatı vaxtı keçmiş və ya hələ qüvvədə olmayan kimi görünür.",
  "network.explain.TLS_TIMEOUT": "Təhlükəsiz əlaqə vaxtında qurulmadı.",
  "network.explain.TLS_FAILED": "Təhlükəsiz əlaqə kəsildi; yolda nəsə onu bloklayır.",
};
