import type { certs as en } from "../en/certs.js";
import type { SameKeys } from "../keys.js";
export const certs: SameKeys<typeof en> = {
  // Заголовки
  "certs.stores.title": "Хранилища сертификатов на компьютере",
  "certs.rootInstalled.title": "Корневой сертификат AZ Root Authority (RCA) установлен",
  "certs.rootTrusted.title": "Корневой сертификат отмечен как «доверенный»",
  "certs.intermediates.title": "Сертификаты PCA и ICA установлены",
  "certs.caValidity.title": "Срок действия корневого сертификата и сертификатов PCA и ICA не истёк",
  "certs.clock.title": "Часы компьютера",
  "certs.userValidity.title": "Срок действия вашего сертификата",
  "certs.userChain.title": "Цепочка от вашего сертификата до корневого",
  "certs.userRevocation.title": "Ваш сертификат не отозван (не деактивирован)",

  // certs.stores
  "certs.stores.read": "Хранилища сертификатов компьютера прочитаны.",
  "certs.stores.unreadable": "Не удалось прочитать хранилище сертификатов, которым пользуется браузер.",
  "certs.stores.remedy.tool.linux":
    "Для IT-специалиста: установите инструменты NSS и повторите проверку: sudo apt install libnss3-tools (Fedora: sudo dnf install nss-tools).",
  "certs.stores.remedy.tool.other":
    "Системный инструмент для сертификатов отсутствует или заблокирован; повторите проверку под своим обычным пользователем или обратитесь к IT-специалисту.",
  "certs.stores.remedy.retry": "Закройте Chrome и Opera (пока они открыты, хранилище заблокировано) и повторите проверку.",
  "certs.stores.remedy.retryLater":
    "Запустите проверку ещё раз немного позже. Если хранилище снова не прочитается, покажите результат (или файл --report) IT-специалисту, который обслуживает ваш компьютер.",

  // certs.root-installed
  "certs.rootInstalled.pass.fingerprint": "{name} установлен; отпечаток совпадает с официальным сертификатом.",
  "certs.rootInstalled.pass.subject+keyId": "{name} установлен; опознан по имени и идентификатору ключа.",
  "certs.rootInstalled.pass.subject":
    "{name} установлен; опознан только по имени (чтобы сравнить отпечатки, укажите официальный файл через --ca).",
  "certs.rootInstalled.missing": "Корневой сертификат {name} не установлен в хранилище сертификатов для {browsers}.",
  "certs.rootInstalled.onlyElsewhere": "{name} есть на компьютере, но не в хранилище сертификатов для {browsers}.",
  "certs.rootInstalled.mismatch": "Установлен сертификат с именем {name}, но это не официальный сертификат (другой отпечаток).",

  // certs.root-trusted
  "certs.rootTrusted.pass": "{name} отмечен как «доверенный» корневой сертификат.",
  "certs.rootTrusted.fail": "{name} установлен, но не отмечен как «доверенный» корневой сертификат.",

  // certs.intermediates
  "certs.intermediates.missing": "Не установлены в хранилище сертификатов для {browsers}: {names}.",
  "certs.intermediates.mismatch": "Установлены сертификаты с именами {names}, но это не официальные сертификаты (другой отпечаток).",

  // certs.ca-validity
  "certs.caValidity.pass": "Все найденные сертификаты (корневой, PCA, ICA; всего {count}) действуют ещё не меньше 90 дней.",
  "certs.caValidity.none": "Не найдено ни корневого сертификата, ни сертификатов PCA и ICA, чтобы проверить их срок.",
  "certs.caValidity.none.remedy": "Сначала установите корневой сертификат и сертификаты PCA и ICA (см. проверки выше).",
  "certs.caValidity.CA_EXPIRED": "Срок действия сертификата {name} истёк {date}.",
  "certs.caValidity.CA_EXPIRING": "Срок действия сертификата {name} истекает {date}, через {days} {days:день|дня|дней}",
  "certs.caValidity.CA_NOT_YET_VALID": "Сертификат {name} действует только с {notBefore}: вероятно, на компьютере неверная дата.",
  "certs.caValidity.CA_EXPIRES_BEFORE_SALE": "Срок действия сертификата {name} истекает {date}, раньше продажи ({sale}).",
  "certs.caValidity.remedy.renew":
    "Скачайте актуальный сертификат {name} с официального сайта E-İmza (e-imza.az) и установите его рядом со старым. Не удаляйте старый до окончания его срока действия ({date}): ваш собственный сертификат мог быть выдан на его основе.",

  // certs.clock
  "certs.clock.pass": "Часы идут верно (расхождение с порталом меньше {seconds} с).",
  "certs.clock.ahead": "Часы компьютера спешат на {skew} относительно портала.",
  "certs.clock.behind": "Часы компьютера отстают на {skew} относительно портала.",
  "certs.clock.unchecked": "Не удалось сверить часы компьютера с часами портала.",
  "certs.unit.minute.other": "{n} {n:минуту|минуты|минут}",
  "certs.unit.minute.one": "{n} {n:минуту|минуты|минут}",
  "certs.unit.hour.other": "{n} {n:час|часа|часов}",
  "certs.unit.hour.one": "{n} {n:час|часа|часов}",
  "certs.unit.day.other": "{n} {n:день|дня|дней}",
  "certs.unit.day.one": "{n} {n:день|дня|дней}",
  "certs.duration.pair": "{a} {b}",
  "certs.clock.wrong.behind.flips":
    "Часы компьютера отстают на {skew} относительно портала: с ними сертификатов, оцениваемых иначе, чем по времени портала (как истёкшие или ещё не действующие): {count}.",
  "certs.clock.wrong.ahead.flips":
    "Часы компьютера спешат на {skew} относительно портала: с ними сертификатов, оцениваемых иначе, чем по времени портала (как истёкшие или ещё не действующие): {count}.",
  "certs.clock.wrong.behind":
    "Часы компьютера отстают на {skew} относительно портала: такое расхождение не выдерживает ни один сертификат. С такими часами сертификаты и защищённые соединения оцениваются неверно.",
  "certs.clock.wrong.ahead":
    "Часы компьютера спешат на {skew} относительно портала: такое расхождение не выдерживает ни один сертификат. С такими часами сертификаты и защищённые соединения оцениваются неверно.",

  // сертификат пользователя
  "certs.noUserCert": "Нет вашего сертификата для проверки: с токена ничего не прочитано, файл сертификата (--cert) не указан.",
  "certs.noUserCert.remedy":
    "Подключите токен E-İmza (или вставьте удостоверение личности в кардридер) и запустите guzestli-check all либо укажите файл сертификата: --cert <файл>.",
  "certs.userValidity.pass": "Действует до {date} (осталось {days} {days:день|дня|дней}).",
  "certs.userValidity.passSale": "Действует до {date} (осталось {days} {days:день|дня|дней}), то есть и в момент продажи ({sale}).",
  "certs.userValidity.expired": "Срок действия вашего сертификата истёк {date}.",
  "certs.userValidity.notYetValid": "Ваш сертификат действует только с {notBefore}: вероятно, на компьютере неверная дата.",
  "certs.userValidity.beforeSale": "Срок действия вашего сертификата истекает {date}, до продажи ({sale}).",
  "certs.userValidity.expiring": "Срок действия вашего сертификата истекает {date}, через {days} {days:день|дня|дней}",
  "certs.userValidity.renew.remedy": "Обновите сертификат E-İmza до продажи: позвоните по номеру 157, там скажут, как и где это сделать.",
  "certs.userChain.pass": "Цепочка до корневого сертификата строится, все подписи проверены: {chain}.",
  "certs.userChain.incomplete": "Цепочка обрывается: сертификата {missing}, выдавшего ваш, нет в хранилище вашего браузера.",
  "certs.userChain.incomplete.remedy": "Установите сертификат {missing} (официальный файл возьмите на e-imza.az).",
  "certs.userChain.badSignature":
    "{certificate} не подписан установленным сертификатом {issuer}: установленная копия — другой (старый или чужой) сертификат.",
  "certs.userChain.badSignature.remedy": "Удалите неверную копию {issuer} из хранилища и установите официальный сертификат с e-imza.az.",
  "certs.userChain.rootUntrusted": "Цепочка заканчивается на {root}, но он не отмечен как «доверенный» корневой сертификат.",
  "certs.userChain.rootUntrusted.remedy":
    "Отметьте {root} как «доверенный» корневой сертификат (см. проверку «Корневой сертификат отмечен как „доверенный“» выше).",
  "certs.userRevocation.good": "Служба удостоверяющего центра подтверждает: ваш сертификат не отозван.",
  "certs.userRevocation.revoked": "Ваш сертификат ОТОЗВАН (деактивирован) {date}. Портал его не примет.",
  "certs.userRevocation.revoked.remedy":
    "Подписывать этим сертификатом невозможно: позвоните по номеру 157, чтобы до продажи получить новый сертификат E-İmza.",
  "certs.userRevocation.unknown": "Служба удостоверяющего центра не знает ваш сертификат.",
  "certs.userRevocation.unreachable": "Не удалось узнать, отозван ли ваш сертификат: служба удостоверяющего центра недоступна.",
  "certs.userRevocation.unreachable.remedy":
    "Проверьте подключение к интернету и повторите проверку; если не получается, спросите по номеру 157, активен ли ваш сертификат.",
  "certs.userRevocation.noSource": "В вашем сертификате не указан адрес службы проверки отзыва, поэтому здесь это проверить нельзя.",
  "certs.userRevocation.noIssuer": "Сертификат {issuer}, выдавший ваш, не найден, поэтому запросить статус отзыва не удалось.",
  "certs.userRevocation.noIssuer.remedy": "Установите сертификат {issuer} и повторите проверку.",
  "certs.userRevocation.issuerNotLookedUp":
    "Не удалось проверить, отозван ли ваш сертификат: хранилища сертификатов прочитать не удалось, поэтому сертификат {issuer}, выдавший ваш, в них не искали.",
  "certs.userValidity.clockWrong":
    "По времени портала ваш сертификат действует до {date}; истёкшим или ещё не действующим его показывают только неверные часы этого компьютера.",
  "certs.userChain.selfSigned.remedy":
    "Не устанавливайте этот сертификат и не доверяйте ему. Подписывайте сертификатом E-İmza на вашем токене; если другого нет, получите его в официальном удостоверяющем центре (e-imza.az, центр «ASAN xidmət»).",
  "certs.userChain.selfSigned":
    "Сертификат {subject} подписан сам собой: это не сертификат, выданный официальным удостоверяющим центром, и портал его не примет.",

  // Общие шаги
  "certs.remedy.getOfficialFile":
    "Возьмите официальный файл сертификата {name} на сайте e-imza.az; никогда не скачивайте его с незнакомого сайта.",
  // Windows labels (issue #21.5): the Russian label as a Russian Windows 10/11 shows it
  // (certificate import wizard, certmgr.msc, services.msc, Default apps), the English in brackets.
  "certs.remedy.windows.installRoot":
    "Дважды щёлкните файл → «Установить сертификат…» (Install Certificate…) → «Текущий пользователь» (Current User) → «Далее» (Next) → «Поместить все сертификаты в следующее хранилище» (Place all certificates in the following store) → «Обзор…» (Browse…) → «Доверенные корневые центры сертификации» (Trusted Root Certification Authorities) → «ОК» → «Далее» (Next) → «Готово» (Finish) и ответьте «Да» (Yes) на предупреждение системы безопасности.",
  "certs.remedy.windows.installCa":
    "Дважды щёлкните файл → «Установить сертификат…» (Install Certificate…) → «Текущий пользователь» (Current User) → «Далее» (Next) → «Поместить все сертификаты в следующее хранилище» (Place all certificates in the following store) → «Обзор…» (Browse…) → «Промежуточные центры сертификации» (Intermediate Certification Authorities) → «ОК» → «Далее» (Next) → «Готово» (Finish).",
  "certs.remedy.windows.certutilRoot": "Для IT-специалиста, в командной строке: certutil -user -addstore Root <файл>",
  "certs.remedy.windows.certutilCa": "Для IT-специалиста, в командной строке: certutil -user -addstore CA <файл>",
  "certs.remedy.windows.trustRoot":
    "{name} есть только в хранилище промежуточных сертификатов: установите его заново и на этот раз после «Обзор…» (Browse…) выберите «Доверенные корневые центры сертификации» (Trusted Root Certification Authorities).",
  "certs.remedy.mac.installRoot":
    "Дважды щёлкните файл, чтобы добавить его в связку ключей «login», затем откройте его в программе «Keychain Access» (Связка ключей) → «Trust» (Доверие) → «When using this certificate» (При использовании этого сертификата): «Always Trust» (Всегда доверять).",
  "certs.remedy.mac.installCa":
    "Дважды щёлкните файл, чтобы добавить его в связку ключей «login» в программе «Keychain Access» (Связка ключей).",
  "certs.remedy.mac.trustRoot":
    "Откройте {name} в программе «Keychain Access» (Связка ключей) → «Trust» (Доверие) → «When using this certificate» (При использовании этого сертификата): «Always Trust» (Всегда доверять), закройте окно и введите пароль.",
  // Chrome's labels (issue #21.4): the Russian label with the English one in brackets. Checked
  // against Chromium 156's own Russian (Debian chromium-l10n, locales/ru.pak, by resource id
  // beside en-US.pak): Настройки, Конфиденциальность и безопасность, Безопасность, Настроить
  // сертификаты, Подключение не защищено; the certificate manager's Локальные сертификаты,
  // Свой вариант (Custom), Установленные вами, Доверенные сертификаты, Промежуточные
  // сертификаты, Импорт. The older manager's Центры сертификации, Изменить and «Доверять
  // этому сертификату при идентификации сайтов» from generated_resources_ru.xtb.
  "certs.remedy.linux.chromeRoot":
    "В Chrome или Opera: «Настройки» (Settings) → «Конфиденциальность и безопасность» (Privacy and security) → «Безопасность» (Security) → «Настроить сертификаты» (Manage certificates) → «Локальные сертификаты» (Local certificates) → «Свой вариант» (Custom) → «Установленные вами» (Installed by you) → «Доверенные сертификаты» (Trusted Certificates) → «Импорт» (Import) и выберите файл. В старой версии Chrome: «Настроить сертификаты» (Manage certificates) → «Центры сертификации» (Authorities) → «Импорт» (Import), выберите файл и отметьте «Доверять этому сертификату при идентификации сайтов» (Trust this certificate for identifying websites).",
  "certs.remedy.linux.chromeCa":
    "В Chrome или Opera: «Настройки» (Settings) → «Конфиденциальность и безопасность» (Privacy and security) → «Безопасность» (Security) → «Настроить сертификаты» (Manage certificates) → «Локальные сертификаты» (Local certificates) → «Свой вариант» (Custom) → «Установленные вами» (Installed by you) → «Промежуточные сертификаты» (Intermediate Certificates) → «Импорт» (Import) и выберите файл. В старой версии Chrome: «Настроить сертификаты» (Manage certificates) → «Центры сертификации» (Authorities) → «Импорт» (Import) и выберите файл (флажки доверия отмечать не нужно).",
  "certs.remedy.linux.certutilRoot": 'Для IT-специалиста, в терминале: certutil -A -d sql:{nssdb} -n "{name}" -t C,, -i <файл>',
  "certs.remedy.linux.certutilCa": 'Для IT-специалиста, в терминале: certutil -A -d sql:{nssdb} -n "{name}" -t ,, -i <файл>',
  "certs.remedy.linux.certutilTrust": 'Для IT-специалиста, в терминале: certutil -M -d sql:{nssdb} -n "{name}" -t C,,',
  "certs.remedy.linux.trustRoot":
    "В Chrome или Opera: «Настройки» (Settings) → «Конфиденциальность и безопасность» (Privacy and security) → «Безопасность» (Security) → «Настроить сертификаты» (Manage certificates) → «Локальные сертификаты» (Local certificates) → «Свой вариант» (Custom) → «Установленные вами» (Installed by you) → «Доверенные сертификаты» (Trusted Certificates) → «Импорт» (Import) и выберите файл {name}. В старой версии Chrome: «Настроить сертификаты» (Manage certificates) → «Центры сертификации» (Authorities) → {name} → «Изменить» (Edit) → отметьте «Доверять этому сертификату при идентификации сайтов» (Trust this certificate for identifying websites).",
  "certs.remedy.fix":
    "Для IT-специалиста: guzestli-check certs --fix --ca <официальный файл> сделает это сам (спросит перед записью; установит {name}).",
  "certs.remedy.removeOldCopy":
    "Удалите установленный, но не официальный сертификат {name}, затем установите официальный файл. Windows: Win+R → certmgr.msc → «Доверенные корневые центры сертификации» (или «Промежуточные центры сертификации») → «Сертификаты» → правой кнопкой по {name} → «Удалить» (Delete) → «Да». macOS: «Связка ключей» (Keychain Access) → правой кнопкой по {name} → «Удалить» (Delete). Linux: в менеджере сертификатов Chrome «Центры сертификации» (Authorities) → {name} → «Удалить» (Delete).",
  "certs.remedy.restartBrowser": "Закройте все окна Chrome и Opera и откройте браузер снова.",
  "certs.remedy.checkClock": "Установите правильные дату, время и часовой пояс (Баку, UTC+4) и включите автоматическую настройку времени.",
  "certs.remedy.call157": "При любой проблеме с сертификатом E-İmza звоните по номеру 157.",

  // certs --fix
  "certs.fix.nothing": "certs --fix: устанавливать нечего (все официальные сертификаты из --ca уже есть).",
  "certs.fix.noCa": "Для certs --fix нужны официальные файлы сертификатов: --ca <файл>. Ничего не записано.",
  "certs.fix.plan": "certs --fix установит эти сертификаты в {target}: {names}.",
  "certs.fix.ask": "Установить эти сертификаты сейчас?",
  "certs.fix.noTerminal": "certs --fix: нет терминала, чтобы спросить; для установки запустите снова с --yes. Ничего не записано.",
  "certs.fix.declined": "certs --fix: ничего не записано.",
  "certs.fix.done": "{name} установлен в {target}.",
  "certs.fix.failed": "Не удалось установить {name} в {target}; причину покажет --verbose.",
  "certs.fix.rerun": "Запустите guzestli-check certs ещё раз, чтобы увидеть новое состояние.",
  "certs.fix.target.windows": "хранилище сертификатов Windows вашего пользователя",
  "certs.fix.target.mac": "связку ключей macOS «login»",
  "certs.fix.target.nss": "хранилище сертификатов Chrome и Opera",

  // explain
  "certs.explain.STORES_READ": "Программа прочитала хранилища сертификатов этого компьютера.",
  "certs.explain.STORES_UNREADABLE":
    "Хранилище сертификатов, которым пользуется браузер, прочитать не удалось, поэтому корневой сертификат и сертификаты PCA и ICA не проверены.",
  "certs.explain.ROOT_INSTALLED": "Национальный корневой сертификат AZ Root Authority (RCA) установлен.",
  "certs.explain.ROOT_NOT_INSTALLED":
    "Корневой сертификат AZ Root Authority (RCA) не установлен там, где его ищет браузер, поэтому вход и подпись через E-İmza не работают.",
  "certs.explain.ROOT_MISMATCH": "Установлен сертификат с именем корневого, но это не официальный сертификат.",
  "certs.explain.ROOT_TRUSTED": "Корневой сертификат отмечен как «доверенный».",
  "certs.explain.ROOT_NOT_TRUSTED":
    "Корневой сертификат установлен, но не отмечен как «доверенный», поэтому цепочки, которые на нём заканчиваются, отклоняются.",
  "certs.explain.INTERMEDIATES_INSTALLED": "AZ Policy Authority (PCA) и AZ E-Government Authority (ICA) установлены.",
  "certs.explain.INTERMEDIATES_MISSING":
    "AZ Policy Authority (PCA) или AZ E-Government Authority (ICA) не установлен, поэтому цепочку вашего сертификата не построить.",
  "certs.explain.INTERMEDIATE_MISMATCH": "Сертификат PCA или ICA установлен, но он не официальный.",
  "certs.explain.CA_VALID": "Корневой сертификат и сертификаты PCA и ICA действительны.",
  "certs.explain.CA_EXPIRING": "Срок действия корневого сертификата или сертификата PCA или ICA истекает в течение 90 дней.",
  "certs.explain.CA_EXPIRED": "Срок действия корневого сертификата или сертификата PCA или ICA истёк; цепочки через него отклоняются.",
  "certs.explain.CA_NOT_YET_VALID":
    "Корневой сертификат или сертификат PCA или ICA ещё не начал действовать: обычно на компьютере неверная дата.",
  "certs.explain.CA_EXPIRES_BEFORE_SALE": "Срок действия корневого сертификата или сертификата PCA или ICA истекает раньше даты продажи.",
  "certs.explain.CA_NONE_FOUND": "Не найдено ни корневого сертификата, ни сертификатов PCA и ICA, поэтому их сроки не проверены.",
  "certs.explain.CLOCK_OK": "Часы компьютера совпадают с часами портала.",
  "certs.explain.CLOCK_SKEW":
    "Часы компьютера расходятся с порталом больше чем на 5 минут; сертификаты могут выглядеть просроченными или ещё не действующими.",
  "certs.explain.CLOCK_UNCHECKED": "Не удалось связаться с порталом, чтобы сверить часы.",
  "certs.explain.CERT_CLOCK_WRONG":
    "По времени портала ваш сертификат в порядке, но неверные часы этого компьютера показывают его истёкшим или ещё не действующим.",
  "certs.explain.CLOCK_WRONG":
    "Часы компьютера ошибаются больше чем на сутки или настолько, что сертификат выглядит истёкшим или ещё не действующим: пока их не исправить, подпись и вход не сработают.",
  "certs.explain.CERT_VALID": "Ваш сертификат в пределах срока действия.",
  "certs.explain.CERT_EXPIRING": "Срок действия вашего сертификата истекает в течение 30 дней.",
  "certs.explain.CERT_EXPIRED": "Срок действия вашего сертификата истёк; портал его не принимает.",
  "certs.explain.CERT_NOT_YET_VALID": "Ваш сертификат ещё не вступил в силу: обычно на компьютере неверная дата.",
  "certs.explain.CERT_EXPIRES_BEFORE_SALE":
    "Срок действия вашего сертификата истекает до продажи: в день продажи подписать им не получится.",
  "certs.explain.NO_USER_CERT": "Не было вашего сертификата для проверки (токен не прочитан, файл сертификата не указан).",
  "certs.explain.CHAIN_OK": "От вашего сертификата строится цепочка до доверенного корневого, все подписи проверены.",
  "certs.explain.CHAIN_INCOMPLETE": "В цепочке вашего сертификата не хватает одного сертификата (PCA или ICA).",
  "certs.explain.CHAIN_BAD_SIGNATURE":
    "У установленного сертификата PCA, ICA или корневого правильное имя, но ваш сертификат подписан не им (старая или чужая копия).",
  "certs.explain.CHAIN_ROOT_UNTRUSTED": "Ваша цепочка заканчивается на корневом сертификате, который не отмечен как «доверенный».",
  "certs.explain.NOT_REVOKED": "Служба удостоверяющего центра подтверждает, что ваш сертификат не отозван.",
  "certs.explain.CERT_SELF_SIGNED": "Ваш сертификат подписан сам собой: это не сертификат, выданный официальным удостоверяющим центром.",
  "certs.explain.REVOKED": "Ваш сертификат отозван (деактивирован): им нельзя войти и подписать.",
  "certs.explain.REVOCATION_UNKNOWN": "Служба удостоверяющего центра не знает ваш сертификат.",
  "certs.explain.REVOCATION_UNREACHABLE": "Не удалось связаться со службой проверки отзыва или получить от неё пригодный ответ.",
  "certs.explain.NO_REVOCATION_INFO": "В вашем сертификате не указан адрес службы проверки отзыва.",
  "certs.explain.ISSUER_NOT_FOUND":
    "Сертификат удостоверяющего центра, выдавшего ваш, не найден, поэтому статус отзыва запросить не удалось.",
  "certs.explain.ISSUER_NOT_LOOKED_UP":
    "Хранилища сертификатов прочитать не удалось, поэтому сертификат удостоверяющего центра, выдавшего ваш, не искали и статус отзыва не запрашивали. Это не проблема, найденная на вашем компьютере.",
  "certs.explain.remedy.installRoot":
    "Возьмите официальный файл AZ Root Authority (RCA) на e-imza.az и установите его как доверенный корневой: в Windows — в «Trusted Root Certification Authorities» (Доверенные корневые центры сертификации); в macOS — «Keychain Access» (Связка ключей) → «Trust» (Доверие) → «Always Trust» (Всегда доверять); в Linux в Chrome или Opera — «Manage certificates» (Настроить сертификаты) → «Authorities» (Центры сертификации) → «Import» (Импорт).",
  "certs.explain.remedy.trustRoot":
    "Отметьте AZ Root Authority (RCA) как доверенный корневой: в Windows установите его в «Trusted Root Certification Authorities» (Доверенные корневые центры сертификации); в macOS — «Keychain Access» (Связка ключей) → «Trust» (Доверие) → «Always Trust» (Всегда доверять); в Linux в Chrome или Opera — «Manage certificates» (Настроить сертификаты) → «Authorities» (Центры сертификации) → «Edit» (Изменить).",
  "certs.explain.remedy.installIntermediates":
    "Возьмите официальные файлы AZ Policy Authority (PCA) и AZ E-Government Authority (ICA) на e-imza.az и установите их (Windows: «Intermediate Certification Authorities» (Промежуточные центры сертификации); Chrome и Opera: «Manage certificates» (Настроить сертификаты) → «Authorities» (Центры сертификации) → «Import» (Импорт)).",
  "certs.explain.remedy.removeOldCopy":
    "Удалите установленную неофициальную копию, затем установите официальный файл с e-imza.az. Windows: Win+R → certmgr.msc → хранилище → «Сертификаты» → правой кнопкой → «Удалить» (Delete). macOS: «Связка ключей» (Keychain Access) → правой кнопкой → «Удалить» (Delete). Linux: менеджер сертификатов Chrome → «Центры сертификации» (Authorities) → «Удалить» (Delete).",
  "certs.explain.remedy.renewCa":
    "Скачайте новую версию корневого сертификата или сертификата PCA или ICA с e-imza.az и установите её рядом со старой. Не удаляйте старую, пока она действует: ваш собственный сертификат мог быть выдан на её основе.",
  "certs.intermediates.pass.fingerprint": "{names} установлены; отпечатки совпадают с официальными сертификатами.",
  "certs.intermediates.pass.subject+keyId": "{names} установлены; опознаны по имени и идентификатору ключа.",
  "certs.intermediates.pass.subject":
    "{names} установлены; опознаны только по имени (чтобы сравнить отпечатки, укажите официальные файлы через --ca).",
  "certs.rootInstalled.pass.chain":
    "{name} установлен под именем {installed}: цепочка вашего сертификата проходит через него. Чтобы сравнить отпечатки, укажите официальный файл через --ca.",
  "certs.rootInstalled.pass.nameVariant":
    "{name} установлен под именем {installed}; опознан только по имени (чтобы сравнить отпечатки, укажите официальный файл через --ca).",
  "certs.intermediates.pass.chain":
    "{names} установлены: цепочка вашего сертификата проходит через них. Чтобы сравнить отпечатки, передайте официальные файлы через --ca.",
  "certs.intermediates.pass.nameVariant":
    "{names} установлены (имена написаны иначе); опознаны только по имени — чтобы сравнить отпечатки, передайте официальные файлы через --ca.",
  "certs.caValidity.CA_LEFTOVER":
    "Рядом с действующим сертификатом {name} всё ещё установлена его старая копия, срок действия которой истёк {date}. Для подписи используется действующий; старая копия только мешает.",
  "certs.caValidity.remedy.removeLeftover":
    "Удалите просроченный {name} (действовал до {date}), действующий оставьте. Windows: Win+R → certmgr.msc → хранилище → «Сертификаты» → правой кнопкой по просроченному {name} → «Удалить» (Delete) → «Да». macOS: «Связка ключей» (Keychain Access) → правой кнопкой → «Удалить» (Delete). Linux: менеджер сертификатов Chrome → «Центры сертификации» (Authorities) → «Удалить» (Delete).",
  "certs.explain.CA_LEFTOVER":
    "Рядом с действующим сертификатом центра установлена его просроченная старая копия: это не проблема, но её лучше удалить.",
  "certs.explain.remedy.removeLeftover":
    "Удалите просроченную копию, действующую оставьте. Windows: Win+R → certmgr.msc → хранилище → «Сертификаты» → правой кнопкой → «Удалить» (Delete). macOS: «Связка ключей» (Keychain Access) → правой кнопкой → «Удалить» (Delete). Linux: менеджер сертификатов Chrome → «Центры сертификации» (Authorities) → «Удалить» (Delete).",
  "certs.fix.planRoot": "  {name} (корневой сертификат, станет доверенным): SHA-256 {fingerprint}",
  "certs.fix.planCa": "  {name}: SHA-256 {fingerprint}",
  "certs.fix.refuse.rootCannotSign":
    "certs --fix не установит {name} (SHA-256 {fingerprint}): у корневого сертификата должно быть право подписывать сертификаты, а у этого его нет.",
  "certs.fix.refuse.rootRefused": "certs --fix не установит {name} (SHA-256 {fingerprint}): корневой сертификат из файлов --ca отклонён.",
  "certs.fix.refusedFile": "certs --fix: файлы --ca отклонены: {reason}. Ничего не записано.",
  "certs.fix.reason.noHome": "домашней папки {home} нет",
  "certs.fix.reason.noTool":
    "инструмент certutil не установлен; его должен установить IT-специалист (пакет Debian/Ubuntu: «libnss3-tools»)",
  "certs.fix.reason.denied": "нет прав на запись в {path}",
  "certs.fix.reason.notNssDb":
    "{path} не хранилище сертификатов Chrome и Opera (его нет или это файл другой программы), поэтому туда ничего не записано",
  "certs.caValidity.remedy.renewExpired":
    "Скачайте актуальный сертификат {name} с официального сайта E-İmza (e-imza.az) и установите его. Срок действия старого истёк, он больше не учитывается; удаляйте его только после установки нового.",

  // Issue 19.1-6: which browser decides, distrust and expiry, CA revocation, stale CRLs.
  "certs.rootInstalled.pass.olderIssue":
    "{name} установлен в более старом выпуске (выпущен {issued}, действует до {until}) официального сертификата (выпущен {officialIssued}): имя и ключ те же, значит, это тот же корневой сертификат.",
  "certs.rootInstalled.pass.newerIssue":
    "{name} установлен в более новом выпуске (выпущен {issued}, действует до {until}) официального сертификата (выпущен {officialIssued}): имя и ключ те же, значит, это тот же корневой сертификат.",
  "certs.rootInstalled.otherBrowser":
    "{name} установлен для {ready}; в хранилище сертификатов {browsers} — браузера, который портал не рекомендует, — его нет.",
  "certs.remedy.useRecommended":
    "Входите на портал через {ready}: там есть всё нужное. Другому браузеру сертификаты нужны, только если вы им пользуетесь.",
  "certs.rootTrusted.otherBrowser":
    "{name} отмечен как «доверенный» корневой сертификат в {ready}; {browsers} — браузер, который портал не рекомендует, — ему не доверяет.",
  "certs.rootTrusted.distrusted":
    "{name} помечен как «недоверенный» в {stores}: {browsers} его отвергает, даже если другое хранилище ему доверяет.",
  "certs.rootTrusted.expired":
    "Срок действия копии {name}, которой доверяет {browsers} ({stores}), истёк {date}: браузер отвергает цепочку, которая на ней заканчивается.",
  "certs.remedy.chromeOwn.removeDistrusted":
    "{store}: откройте chrome://certificate-manager → «Installed by you», найдите {name} среди недоверенных сертификатов и удалите его.",
  "certs.remedy.removeDistrustedCa":
    "В Chrome или Opera: «Settings» (Настройки) → «Privacy and security» → «Security» → «Manage certificates» → «Authorities» → {name} → «Delete», затем снова установите официальный файл.",
  "certs.remedy.linux.certutilUndistrust": 'Для IT-специалиста, в терминале: certutil -M -d sql:{nssdb} -n "{nick}" -t {flags}',
  "certs.intermediates.otherBrowser":
    "{names} установлены для {ready}; в хранилище сертификатов {browsers} — браузера, который портал не рекомендует, — их нет.",
  "certs.intermediates.distrusted": "{names} помечены как «недоверенные» в {stores}: {browsers} отвергает цепочку вашего сертификата.",
  "certs.userChain.distrusted":
    "{certificate} в цепочке вашего сертификата помечен как «недоверенный» в {stores}: {browsers} отвергает цепочку.",
  "certs.userChain.rootExpired":
    "Цепочка заканчивается на {root}, но срок действия копии, которой доверяет {browsers}, истёк {date}: браузер отвергает цепочку.",
  "certs.userRevocation.caRevoked":
    "Сертификат удостоверяющего центра {ca} над вашим ОТОЗВАН (деактивирован) {date} ({issuer}): цепочка отвергается, каким бы ни был статус вашего сертификата.",
  "certs.userRevocation.caRevoked.remedy":
    "Пока сертификат удостоверяющего центра отозван, ваш сертификат использовать нельзя: позвоните по номеру 157 и спросите, когда можно получить новый.",
  "certs.userRevocation.stale":
    "Не удалось узнать, отозван ли ваш сертификат: список отозванных сертификатов (CRL) удостоверяющего центра устарел (следующее обновление ожидалось {date}).",
  "certs.userRevocation.stale.remedy":
    "Это на стороне удостоверяющего центра, а не вашего компьютера: повторите проверку позже; если так и останется, позвоните по номеру 157 и спросите, действует ли ваш сертификат.",
  "certs.explain.ROOT_MISSING_IN_OTHER_BROWSER":
    "Корневой сертификат есть в Chrome или Opera; в другом браузере, который портал не рекомендует, его нет.",
  "certs.explain.ROOT_UNTRUSTED_IN_OTHER_BROWSER":
    "Chrome или Opera доверяет корневому сертификату; другой браузер, который портал не рекомендует, — нет.",
  "certs.explain.INTERMEDIATES_MISSING_IN_OTHER_BROWSER":
    "Сертификаты PCA и ICA есть в Chrome или Opera; в другом браузере, который портал не рекомендует, их нет.",
  "certs.explain.ROOT_DISTRUSTED":
    "Хранилище, которое читает браузер, помечает корневой сертификат как «недоверенный»; эта отметка сильнее доверия в другом хранилище.",
  "certs.explain.ROOT_TRUSTED_COPY_EXPIRED":
    "Срок действия единственной копии корневого сертификата, которой доверяет браузер, истёк, поэтому браузер отвергает цепочку.",
  "certs.explain.INTERMEDIATE_DISTRUSTED":
    "Хранилище, которое читает браузер, помечает сертификат PCA или ICA как «недоверенный», поэтому браузер отвергает цепочку.",
  "certs.explain.CHAIN_DISTRUSTED": "Один из сертификатов вашей цепочки помечен как «недоверенный» в хранилище, которое читает браузер.",
  "certs.explain.CHAIN_ROOT_EXPIRED":
    "Ваша цепочка заканчивается на корневом сертификате, у доверенной копии которого истёк срок действия.",
  "certs.explain.CA_REVOKED": "Сертификат удостоверяющего центра над вашим (ICA или PCA) отозван: цепочка отвергается.",
  "certs.explain.REVOCATION_STALE":
    "Список отозванных сертификатов (CRL) удостоверяющего центра устарел, поэтому проверить отзыв не удалось.",
  "certs.explain.remedy.undistrust":
    "Снимите отметку «недоверенный»: удалите эту запись в менеджере сертификатов, затем снова установите официальный файл.",
};
