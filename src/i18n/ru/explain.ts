import type { explain as en } from "../en/explain.js";
import type { SameKeys } from "../keys.js";
export const explain: SameKeys<typeof en> = {
  "explain.sourceLabel": "Источник:",
  "explain.source.notice": "официальная памятка «Güzəştli mənzil» «DİQQƏT EDİLMƏLİ MƏQAMLAR» на www.e-gov.az",
  "explain.source.noticePoint":
    "официальная памятка «Güzəştli mənzil» «DİQQƏT EDİLMƏLİ MƏQAMLAR» на www.e-gov.az, раздел для пользователей {section}, пункт {point}",
  // asan
  "asan.explain.ASAN_SUBSCRIPTION_GUIDE":
    "Памятка, а не вердикт: для «Asan İmza» нужна оплаченная подписка 2,50 AZN в месяц, достаточный баланс и сертификат, не истекающий до дня продажи.",
  "asan.explain.ASAN_SUBSCRIPTION_CONFIRMED":
    "Вы ответили, что подписка, баланс и сертификат «Asan İmza» в порядке (это ваш ответ, программа его не проверяла).",
  "asan.explain.ASAN_SUBSCRIPTION_UNPAID":
    "Вы ответили, что подписка «Asan İmza» не продлена или баланса не хватает; до оплаты «Asan İmza» не работает.",
  "asan.explain.ASAN_CERTIFICATE_EXPIRED":
    "Вы ответили, что сертификат «Asan İmza» истёк или истечёт до продажи; с истёкшим сертификатом нельзя ни войти, ни подписать.",
  "asan.explain.ASAN_SUBSCRIPTION_UNSURE":
    "Вы не были уверены насчёт подписки, баланса или сертификата «Asan İmza»; неизвестность — это риск в день продажи.",
  "asan.explain.ASAN_PHONE_GUIDE": "Модель телефона не указана; в памятке перечислены телефоны, на которых «Asan İmza» может не работать.",
  "asan.explain.ASAN_PHONE_LISTED": "Телефон назван в официальной памятке среди тех, на которых «Asan İmza» может не работать.",
  "asan.explain.ASAN_PHONE_BLACKBERRY":
    "Телефон — BlackBerry; в памятке сказано, что «Asan İmza» может не работать на моделях BlackBerry вообще.",
  "asan.explain.ASAN_PHONE_QWERTY":
    "У телефона клавиатура QWERTY; в памятке сказано, что на таких телефонах «Asan İmza» может не работать.",
  "asan.explain.ASAN_PHONE_NOT_LISTED":
    "Телефона нет в списке проблемных из памятки. Это не доказательство, что «Asan İmza» на нём работает.",
  "asan.explain.ASAN_PIN1_GUIDE":
    "Памятка: PIN1 — для входа; после 3 неверных PIN1 нужен PUK-код; после 3 неверных вводов PUK-кода нужны дубликат SIM и новый сертификат.",
  "asan.explain.ASAN_PIN1_CONFIRMED": "Вы ответили, что знаете коды «Asan İmza» и PIN1 не заблокирован.",
  "asan.explain.ASAN_PIN_UNKNOWN": "Вы ответили, что кодов «Asan İmza» у вас нет; без PIN1 и PIN2 нельзя ни войти, ни подписать.",
  "asan.explain.ASAN_PIN1_BLOCKED": "Вы ответили, что PIN1 заблокирован (3 неверные попытки); его разблокируют PUK-кодом.",
  "asan.explain.ASAN_PUK_BLOCKED":
    "Вы ответили, что PUK-код заблокирован (3 неверные попытки); нужен дубликат SIM, а для «Asan İmza» — новый сертификат.",
  "asan.explain.ASAN_PIN1_UNSURE": "Вы не были уверены насчёт кодов «Asan İmza».",
  "asan.explain.ASAN_PIN2_GUIDE": "Памятка: на этапе подписания запрашивается PIN2; PIN1 — только для входа.",
  "asan.explain.ASAN_PIN2_CONFIRMED": "Вы ответили, что PIN2 для подписи у вас есть.",
  "asan.explain.ASAN_PIN2_UNSURE": "Вы не были уверены насчёт PIN2; без него подписание не пройдёт даже после успешного входа.",
  "asan.explain.ASAN_SUSPENDED_GUIDE":
    "Памятка: «Service suspended» (Xidmət dayandırılmışdır) означает, что «Asan İmza» приостановлена, обычно из-за долга на номере.",
  "asan.explain.ASAN_LOGIN_CONFIRMED": "Вы ответили, что недавно входили через «Asan İmza» без ошибок.",
  "asan.explain.ASAN_SERVICE_SUSPENDED": "Вы видели «Service suspended»: «Asan İmza» приостановлена, обычно из-за долга на номере.",
  "asan.explain.ASAN_LOGIN_NOT_TRIED": "«Asan İmza» давно не проверялась, поэтому неизвестно, активна ли она.",
  "asan.explain.ASAN_CODE_GUIDE": "Памятка: что делать, если 4-значный код подтверждения не приходит или вход после него не удаётся.",
  "asan.explain.ASAN_CODE_CONFIRMED": "Вы ответили, что код подтверждения приходит и вход принимается.",
  "asan.explain.ASAN_NUMBER_NOT_IN_SIM1": "В телефоне с двумя SIM номер «Asan İmza» не в SIM1; код может не приходить.",
  "asan.explain.ASAN_CODE_NOT_ARRIVING": "Код подтверждения «Asan İmza» не пришёл или вход после него не удался.",
  "asan.explain.ASAN_CODE_UNSURE": "Вы не были уверены, что код подтверждения приходит.",
  "asan.explain.SESSION_GUIDE": "Памятка: сессия длится 500 минут, и войти можно только с одного компьютера и из одного браузера.",
  // plan
  "plan.explain.PLAN_NO_SALE": "Для плана нужны дата и время продажи (--sale).",
  "plan.explain.PLAN_LOGIN_WINDOW":
    "Окно входа: не раньше чем за 500 минут до продажи (иначе сессия закончится) и за несколько часов до неё, чтобы было время исправить проблемы.",
  "plan.explain.PLAN_LOGIN_WINDOW.remedy":
    "Войдите в указанное планом время той E-İmza или «Asan İmza», которой будете подписывать, и оставайтесь на странице.",
  "plan.explain.PLAN_WINDOW_OPEN_NOW": "Окно входа открыто сейчас: если войти сейчас, сессия продлится до и во время продажи.",
  "plan.explain.PLAN_LOGIN_NOW": "До продажи осталось меньше 2 часов: входите немедленно.",
  "plan.explain.PLAN_SALE_PAST": "Указанное время продажи уже прошло; вероятно, оно введено с ошибкой.",
  "plan.explain.PLAN_NO_CERTIFICATE": "Не было сертификата E-İmza для сравнения с датой продажи (токен не прочитан, --cert не указан).",
  "plan.explain.PLAN_CERT_VALID_AT_SALE": "Срок действия вашего сертификата E-İmza покрывает время продажи (отзыв проверяется отдельно).",
  "plan.explain.PLAN_CERT_EXPIRED_AT_SALE":
    "К моменту продажи срок вашего сертификата E-İmza истечёт: тогда с ним нельзя будет ни войти, ни подписать.",
  "plan.explain.PLAN_CERT_NOT_YET_VALID_AT_SALE": "Ваш сертификат E-İmza начинает действовать только после времени продажи.",
  "plan.explain.PLAN_DAY_BEFORE": "Список дел на день до продажи.",
  "plan.explain.PLAN_HOUR_BEFORE": "Список дел на час до продажи.",
  "plan.explain.PLAN_ICS_NOT_ASKED": "Файл календаря не запрошен (--ics).",
  "plan.explain.PLAN_ICS_WRITTEN": "Напоминания записаны в файл календаря (.ics).",
  "plan.explain.PLAN_ICS_NOT_WRITTEN": "Файл календаря записать не удалось (папки нет или в неё нельзя писать).",
  // the notice's own messages
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED":
    "«Portala imza ilə giriş mümkün olmadı» (войти на портал с подписью не удалось): когда вы нажали «e-imza ilə daxil ol», токен не был вставлен или программа «Online imzalayıcı» не была запущена.",
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.close":
    "Полностью закройте браузер (все окна) — в той же сессии браузера портал не восстанавливается.",
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.ready":
    "Вставьте токен (или кардридер с удостоверением личности) и запустите программу «Online imzalayıcı»; дождитесь, пока она заработает.",
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.again":
    "Снова откройте браузер, перейдите на www.e-gov.az и нажмите «e-imza ilə daxil ol».",
  "explain.SERVICE_SUSPENDED":
    "«Service suspended» (Xidmət dayandırılmışdır): «Asan İmza» на вашем номере приостановлена, обычно из-за долга.",
  "explain.PIN_PROMPT_CANCELLED":
    "Вы нажали «İmtina» (Отмена) в окне «istifadəçi PIN kodu» (PIN-код пользователя): в этой сессии браузера портал больше не запросит PIN-код.",
  "explain.PIN_PROMPT_CANCELLED.remedy": "Полностью закройте браузер и откройте снова, затем войдите ещё раз и введите PIN-код.",
  // PKCS#11
  "explain.CKR_CANCEL": "PKCS#11 CKR_CANCEL: операция отменена (например, закрыто окно ввода PIN-кода).",
  "explain.CKR_SLOT_ID_INVALID": "PKCS#11 CKR_SLOT_ID_INVALID: слота токена больше нет — обычно токен вынут или сменился кардридер.",
  "explain.CKR_GENERAL_ERROR": "PKCS#11 CKR_GENERAL_ERROR: программа токена дала сбой по неизвестной причине.",
  "explain.CKR_FUNCTION_FAILED": "PKCS#11 CKR_FUNCTION_FAILED: токен не смог выполнить операцию.",
  "explain.CKR_DEVICE_ERROR": "PKCS#11 CKR_DEVICE_ERROR: токен или кардридер сообщил об аппаратной ошибке.",
  "explain.CKR_DEVICE_REMOVED": "PKCS#11 CKR_DEVICE_REMOVED: токен вынули во время операции.",
  "explain.CKR_FUNCTION_CANCELED": "PKCS#11 CKR_FUNCTION_CANCELED: операция отменена до завершения.",
  "explain.CKR_PIN_INCORRECT":
    "PKCS#11 CKR_PIN_INCORRECT: введён неверный PIN-код токена. Каждая ошибка тратит попытку; 10 неверных попыток блокируют токен E-İmza.",
  "explain.CKR_PIN_INCORRECT.remedy":
    "Перестаньте угадывать. Найдите PIN-код в конверте, полученном вместе с токеном; guzestli-check token покажет, сколько попыток осталось.",
  "explain.CKR_PIN_INVALID": "PKCS#11 CKR_PIN_INVALID / CKR_PIN_LEN_RANGE: в PIN-коде символы или длина, которые токен не принимает.",
  "explain.CKR_PIN_INVALID.remedy":
    "Проверьте раскладку клавиатуры и Caps Lock, и что вводите PIN-код пользователя (не PUK-код) с нужным числом цифр.",
  "explain.CKR_PIN_LEN_RANGE": "PKCS#11 CKR_PIN_LEN_RANGE: PIN-код слишком короткий или слишком длинный для этого токена.",
  "explain.CKR_PIN_EXPIRED": "PKCS#11 CKR_PIN_EXPIRED: срок действия PIN-кода токена истёк, его нужно сменить.",
  "explain.CKR_PIN_EXPIRED.remedy": "Смените PIN-код программой самого токена (по инструкциям E-İmza) до дня продажи.",
  "explain.CKR_PIN_LOCKED":
    "PKCS#11 CKR_PIN_LOCKED: PIN-код пользователя заблокирован после многих неверных попыток; E-İmza пользоваться нельзя.",
  "explain.CKR_PIN_LOCKED.remedy": "Не пробуйте другие PIN-коды. Позвоните по номеру 157 (E-İmza) с PUK-кодом, чтобы разблокировать токен.",
  "explain.CKR_TOKEN_NOT_PRESENT": "PKCS#11 CKR_TOKEN_NOT_PRESENT: токена (или карты в кардридере) нет.",
  "explain.CKR_TOKEN_NOT_RECOGNIZED": "PKCS#11 CKR_TOKEN_NOT_RECOGNIZED: программа не распознаёт токен — драйвер не тот или не установлен.",
  "explain.CKR_USER_NOT_LOGGED_IN": "PKCS#11 CKR_USER_NOT_LOGGED_IN: для операции сначала нужно ввести PIN-код.",
  "explain.CKR_USER_NOT_LOGGED_IN.remedy":
    "Начните вход или подписание заново и введите PIN-код, когда его запросят; если окно ввода PIN-кода было отменено, закройте браузер и откройте снова.",
  "explain.CKR_USER_PIN_NOT_INITIALIZED":
    "PKCS#11 CKR_USER_PIN_NOT_INITIALIZED: PIN-код пользователя на токене не задан — токен не подготовлен к работе.",
  "explain.CKR_CRYPTOKI_NOT_INITIALIZED":
    "PKCS#11 CKR_CRYPTOKI_NOT_INITIALIZED: библиотека токена не была инициализирована использующей её программой.",
  "explain.ext.remedy.call157": "Позвоните по номеру 157 (E-İmza).",
  "explain.ext.remedy.call108": "Позвоните по номеру 108 (Электронное правительство и жильё).",
  "explain.ext.remedy.replug": "Выньте токен (или кардридер) и вставьте снова; подождите несколько секунд.",
  "explain.ext.remedy.otherPort": "Попробуйте другой USB-порт прямо на компьютере (не хаб и не удлинитель).",
  "explain.ext.remedy.reinstallDriver": "Переустановите драйвер токена по официальным инструкциям E-İmza и перезагрузите компьютер.",
  "explain.ext.remedy.runToken": "Запустите команду guzestli-check token: она проверит драйвер, токен и состояние PIN-кода.",
  "explain.ext.remedy.runCerts":
    "Запустите команду guzestli-check certs: она проверит корневой сертификат, сертификаты PCA и ICA и ваш сертификат.",
  "explain.ext.remedy.restartSigner": "Закройте программу «Online imzalayıcı» и запустите её снова.",
  "explain.ext.remedy.restartBrowser": "Полностью закройте браузер и откройте снова.",
  // Browser certificate errors
  "explain.CONNECTION_NOT_PRIVATE":
    "Сообщение «Подключение не защищено» (Your connection is not private): Chrome не доверяет сертификату открытого сайта. Причину показывает код NET::ERR_… под сообщением.",
  "explain.CONNECTION_NOT_PRIVATE.remedy.code":
    "Прочитайте код под сообщением (напр. NET::ERR_CERT_DATE_INVALID) и запустите с ним guzestli-check explain.",
  "explain.ERR_CERT_DATE_INVALID":
    "Ошибка браузера NET::ERR_CERT_DATE_INVALID: по часам компьютера сертификат сайта истёк или ещё не действует — чаще всего на компьютере неверные дата или время.",
  "explain.ERR_CERT_DATE_INVALID.remedy.clock":
    "Установите правильные дату, время и часовой пояс (Баку, UTC+4; включите автоматическое время), затем заново откройте браузер.",
  "explain.ERR_CERT_AUTHORITY_INVALID":
    "Ошибка браузера NET::ERR_CERT_AUTHORITY_INVALID: сертификат сайта подписан центром, которому этот компьютер не доверяет.",
  "explain.ERR_CERT_AUTHORITY_INVALID.remedy.address":
    "Проверьте адрес: наберите www.e-gov.az сами; не переходите на сайт, сертификат которого браузер отклоняет.",
  "explain.ERR_CERT_AUTHORITY_INVALID.remedy.antivirus":
    "Причиной может быть антивирус или прокси, проверяющий HTTPS: отключите проверку HTTPS или спросите того, кто настраивал компьютер.",
  "explain.ERR_CERT_COMMON_NAME_INVALID":
    "Ошибка браузера NET::ERR_CERT_COMMON_NAME_INVALID: сертификат выдан для другого имени сайта, чем набранный адрес.",
  "explain.ERR_CERT_REVOKED": "Ошибка браузера NET::ERR_CERT_REVOKED: сертификат сайта отозван.",
  "explain.ERR_SSL_CLIENT_AUTH_CERT_NEEDED":
    "Ошибка браузера ERR_SSL_CLIENT_AUTH_CERT_NEEDED: сайт запросил ваш сертификат E-İmza, а браузеру нечего было предложить.",
  "explain.ERR_SSL_CLIENT_AUTH_CERT_NEEDED.remedy":
    "Перед входом вставьте токен и запустите «Online imzalayıcı», затем закройте и снова откройте браузер.",
  "explain.ERR_BAD_SSL_CLIENT_AUTH_CERT":
    "Ошибка браузера ERR_BAD_SSL_CLIENT_AUTH_CERT: сайт отклонил ваш сертификат — истёк, отозван или нет его цепочки (корневой, PCA, ICA).",
  "explain.ERR_BAD_SSL_CLIENT_AUTH_CERT.remedy":
    "Проверьте, что ваш сертификат действителен и не отозван, а корневой, PCA и ICA сертификаты установлены.",
  "explain.ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED":
    "Ошибка браузера ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED: токен не смог подписать вход (ввод PIN-кода отменён, токен вынут или проблема с драйвером).",
  "explain.ERR_SSL_PROTOCOL_ERROR": "Ошибка браузера ERR_SSL_PROTOCOL_ERROR: не удалось установить защищённое соединение.",
  "explain.ERR_SSL_PROTOCOL_ERROR.remedy.update": "Обновите Google Chrome или Opera до последней версии и попробуйте снова.",
};
