import type { token as en } from "../en/token.js";
import type { SameKeys } from "../keys.js";
/** Русские тексты группы token (токен E-İmza, кардридер, драйвер, PIN, сертификат). */
export const token: SameKeys<typeof en> = {
  "token.title.usbDevice": "Токен или кардридер на USB",
  "token.title.smartcardService": "Служба смарт-карт",
  "token.title.module": "Драйвер токена (модуль PKCS#11)",
  "token.title.present": "Токен (или карта) подключён",
  "token.title.pinState": "Оставшиеся попытки ввода PIN-кода",
  "token.title.certificates": "Сертификат на токене",
  "token.title.login": "Вход по PIN-коду (--login)",

  "token.usb.found": "Подключено: {devices}.",
  "token.usb.none": "На USB не видно ни одного известного токена E-İmza или кардридера.",
  "token.usb.unavailable": "Не удалось прочитать список USB-устройств на этом компьютере.",
  "token.usb.noDriverCode28": "{device} подключён, но в Windows нет для него драйвера («Device Manager» (Диспетчер устройств), код 28).",
  "token.usb.problemCode": "{device} подключён, но Windows сообщает о проблеме с ним («Device Manager» (Диспетчер устройств), код {code}).",

  "token.service.running": "Служба смарт-карт работает.",
  "token.service.idle": "Служба смарт-карт остановлена; Windows запускает её сама, когда подключают токен или кардридер.",
  "token.service.inactive": "Служба смарт-карт не работает и не запустится сама, когда подключат токен.",
  "token.service.stopped": "Служба смарт-карт остановлена, хотя токен или кардридер подключён.",
  "token.service.disabled": "Служба смарт-карт отключена: токены и кардридеры не могут работать.",
  "token.service.notInstalled": "Служба смарт-карт не установлена.",
  "token.service.unknown": "Не удалось узнать состояние службы смарт-карт.",

  "token.module.ok": "Драйвер токена работает: {modules}.",
  "token.module.partial": "Работают: {working}. Не работают: {failed}.",
  "token.module.noneWorks":
    "Ни один из драйверов токена ({count}) не работает: {modules}. Чтобы узнать, что означает каждая ошибка, наберите guzestli-check explain и её код.",
  "token.module.none": "Не установлен ни один драйвер токена (модуль PKCS#11), и токен не подключён.",
  "token.module.noneNoUsb": "Драйвер токена (модуль PKCS#11) на этом компьютере не найден.",
  "token.module.missingForDevice": "{device} подключён, но драйвер для него (модуль PKCS#11) не установлен.",
  "token.module.notFound": "Файла драйвера {module} на этом компьютере нет.",
  "token.module.missingDependency": "Драйвер {module} не загружается: нет нужного ему файла {dependency}.",
  "token.module.notPkcs11": "{module} — не драйвер токена.",
  "token.module.wrongArch": "Драйвер {module} предназначен для компьютера другого типа (32 и 64 бита или x86 и ARM).",
  "token.module.notALibrary": "{module} — не файл драйвера.",
  "token.module.givenNotFound": "Файл {module}, указанный в --module, не существует.",
  "token.module.givenFolder": "{module}, указанный в --module, — это папка, а не файл драйвера токена.",
  "token.module.givenNotDriver": "Файл {module}, указанный в --module, не является драйвером токена (модулем PKCS#11).",
  "token.module.loadFailed": "Не удалось загрузить драйвер {module}.",
  "token.module.callFailed": "Драйвер {module} загрузился, но не работает (код ошибки: {ckr}).",
  "token.module.crashed": "Драйвер {module} аварийно завершился при обращении к токену.",
  "token.module.timeout": "Драйвер {module} не ответил за отведённое время ({duration}): он зависает.",
  "token.module.noBinding":
    "Часть этой программы, которая работает с токенами, не установлена, поэтому токен проверить нельзя. Остальные проверки работают.",
  "token.module.missingDependencyUnnamed": "Модуль {module} не загружается: нет одной из нужных ему библиотек.",

  "token.present.one": "Токен готов: {token} ({details}).",
  "token.present.many": "Готово токенов: {count}: {tokens}.",
  "token.present.nothing": "Токен или карта не подключены: на USB ничего нет, и драйверы не видят ни одного токена.",
  "token.present.nothingNoUsb": "Токен или карта не найдены: ни один драйвер не видит токен.",
  "token.present.notSeenByDriver": "{device} подключён, но установленный драйвер ({modules}) не видит в нём токен.",
  "token.present.noCard": "Кардридер «{slot}» подключён, но карты в нём нет.",
  "token.present.unreadable": "В «{slot}» есть токен, но драйвер не может его прочитать.",
  "token.present.notInitialized": "Токен в «{slot}» пуст: на нём нет E-İmza.",

  "token.pin.ok": "Токен {token}: PIN-код не заблокирован, неверных попыток не было (прочитано с токена, PIN-код не вводился).",
  "token.pin.countLow": "Токен {token}: раньше вводился неверный PIN-код; осталось мало попыток.",
  "token.pin.finalTry": "Токен {token}: осталась ОДНА попытка. Ещё один неверный PIN-код заблокирует E-İmza.",
  "token.pin.locked": "Токен {token}: PIN-код заблокирован после слишком многих неверных попыток.",
  "token.pin.toBeChanged": "Токен {token}: перед использованием PIN-код нужно сменить.",

  "token.cert.ok":
    "Токен {token} ({model}), {role}: сертификат на имя {holder} действует до {date} (осталось {days} {days:день|дня|дней}).",
  "token.cert.expiringSoon":
    "Токен {token} ({model}), {role}: срок действия сертификата на имя {holder} истекает {date}, через {days} {days:день|дня|дней}",
  "token.cert.expiresBeforeSale":
    "Токен {token} ({model}), {role}: срок действия сертификата на имя {holder} истекает {date}, раньше продажи ({sale}).",
  "token.cert.expired": "Токен {token} ({model}), {role}: срок действия сертификата на имя {holder} истёк {date}.",
  "token.cert.notYetValid": "Токен {token} ({model}), {role}: сертификат на имя {holder} начинает действовать только с {date}.",
  "token.cert.wrongKeyUsage": "Токен {token}: ни один сертификат на нём не годится для подписи ({usage}).",
  "token.cert.none": "Токен {token}: на нём нет сертификата.",
  "token.cert.emptyBeside":
    "{verdict} Примечание: на другом токене — {token} ({model}) — нет сертификата; подписывайте токеном, названным выше, а не им.",
  "token.cert.onlyCa":
    "Токен {token}: на нём только сертификаты удостоверяющих центров ({count}); вашего собственного сертификата, которым вы подписываете, на нём нет.",
  "token.cert.unreadable": "Токен {token}: на нём есть сертификаты ({count}), но ни один не удалось прочитать как ваш сертификат.",
  "token.cert.role.other": "другой сертификат",
  "token.cert.role.authentication": "сертификат входа (аутентификации)",
  "token.cert.role.signing": "сертификат подписи",

  "token.login.notRequested":
    "Не проверялось: программа проверяет PIN-код, только если вы сами попросите, потому что каждая неверная попытка засчитывается. Чтобы проверить: guzestli-check token --login.",
  "token.login.needsTerminal":
    "--login спрашивает PIN-код, не показывая его на экране; для этого нужно окно терминала (не с --json и не в скрипте).",
  "token.login.noToken": "Нет токена для входа.",
  "token.login.refused": "Токен {token}: вход не выполнен, потому что PIN-код заблокирован или осталась последняя попытка.",
  "token.login.cancelled": "Вход отменён; попытка ввода PIN-кода не потрачена.",
  "token.login.prompt": "PIN-код пользователя токена {token} (не отображается): ",
  "token.login.promptBefore":
    "PIN-код пользователя вашего токена E-İmza (не отображается; он будет проверен, только если PIN-код не заблокирован и попытка не последняя): ",
  "token.login.ok": "Токен {token}: PIN-код верный, закрытый ключ сертификата есть на токене.",
  "token.login.noPrivateKey": "Токен {token}: PIN-код верный, но закрытого ключа сертификата на токене нет.",
  "token.login.pinIncorrect": "Токен {token}: PIN-код неверный. Одна попытка израсходована.",
  "token.login.failed": "Токен {token}: войти не удалось.",

  "token.remedy.plugToken": "Подключите токен E-İmza (или кардридер с удостоверением личности внутри) к компьютеру.",
  "token.remedy.replug":
    "Выньте токен и вставьте его в другой USB-разъём напрямую (не через USB-разветвитель), затем запустите проверку снова.",
  "token.remedy.installDriver":
    "Установите драйвер {driver} для {device} (с e-imza.az или от производителя токена), затем подключите токен заново.",
  "token.remedy.installDriverForDevice":
    "Установите драйвер устройства {device} (с e-imza.az или от производителя), затем подключите его заново.",
  "token.remedy.installDriverGeneric":
    "Установите драйвер своего токена с e-imza.az (SafeNet Authentication Client, ePass2003, Bit4id, …), затем запустите проверку снова.",
  "token.remedy.reinstallDriver":
    "Переустановите драйвер токена ({module}) с e-imza.az или от производителя токена и перезагрузите компьютер.",
  "token.remedy.checkModulePath":
    "Проверьте путь, указанный в --module: это должен быть файл библиотеки драйвера токена (например, C:\\Windows\\System32\\eTPKCS11.dll в Windows, /usr/lib/libeTPkcs11.so в Linux). Без --module программа сама находит установленные драйверы.",
  "token.remedy.matchingArch":
    "Установите версию драйвера для этого компьютера (для 64-битной Windows нужен 64-битный драйвер, для Mac с процессором Apple silicon — версия arm64).",
  "token.remedy.installBinding":
    "Для IT-специалиста: переустановите guzestli-check вместе с частью для работы с токенами (pkcs11js): npm install -g --allow-scripts=pkcs11js guzestli-check (нужны инструменты сборки; в Windows «Desktop development with C++»).",
  "token.remedy.checkService":
    "Для IT-специалиста: убедитесь, что служба смарт-карт работает (Linux: sudo systemctl enable --now pcscd.socket; Windows: служба «Smart Card» (Смарт-карта)).",
  "token.remedy.startPcscd": "Для IT-специалиста: запустите службу смарт-карт: sudo systemctl enable --now pcscd.socket",
  "token.remedy.installPcscd":
    "Для IT-специалиста: установите службу смарт-карт: sudo apt install pcscd (Debian/Ubuntu) или sudo dnf install pcsc-lite (Fedora).",
  "token.remedy.startScardSvr":
    "Нажмите Win+R, введите services.msc и нажмите Enter; дважды щёлкните службу «Смарт-карта» (Smart Card); если «Тип запуска» (Startup type) — «Отключена» (Disabled), выберите «Автоматически» (Automatic) и сначала нажмите «Применить» (Apply); затем нажмите «Запустить» (Start) и «ОК». Для этого нужны права администратора: если их нет, обратитесь к IT-специалисту.",
  "token.remedy.insertCard": "Вставьте удостоверение личности в кардридер чипом вперёд и вверх.",
  "token.remedy.call157Token": "Позвоните по номеру 157: на токене нет E-İmza, её нужно выпустить заново.",
  "token.remedy.call157Puk":
    "Позвоните по номеру 157, чтобы разблокировать токен; понадобится ваш PUK-код. Больше не пробуйте вводить PIN-код.",
  "token.remedy.finalTry": "Не угадывайте PIN-код. Найдите его в документах E-İmza; если не уверены, сначала позвоните по номеру 157.",
  "token.remedy.changePin":
    "До дня продажи смените PIN-код в программе токена (например, в SafeNet Authentication Client: «Change Token Password»).",
  "token.remedy.call157Certificate": "Позвоните по номеру 157: сертификат на токене нужно выпустить заново.",
  "token.remedy.renewExpired":
    "Срок действия вашего сертификата E-İmza истёк: чтобы его обновить, позвоните по номеру 157. Без действующего сертификата в день продажи подписать не получится.",
  "token.remedy.renewBefore": "Обновите сертификат E-İmza до {date}: позвоните по номеру 157.",
  "token.remedy.renewSoon": "Обновите сертификат E-İmza, пока не истёк срок его действия: позвоните по номеру 157.",
  "token.remedy.checkClock":
    "Проверьте дату и время компьютера (Windows: «Settings» (Параметры) → «Time & language» (Время и язык)); если они верны, позвоните по номеру 157.",

  "token.explain.USB_TOKEN_FOUND": "Подключён известный токен E-İmza или кардридер (виден на USB).",
  "token.explain.USB_DEVICE_PROBLEM":
    "Токен или кардридер подключён, но «Device Manager» (Диспетчер устройств) Windows сообщает о проблеме (код 28: нет драйвера).",
  "token.explain.NO_USB_DEVICE": "На USB не видно известного токена или кардридера.",
  "token.explain.USB_LIST_UNAVAILABLE": "На этом компьютере не удалось прочитать список USB-устройств.",
  "token.explain.PCSC_RUNNING": "Служба смарт-карт работает.",
  "token.explain.PCSC_IDLE": "Служба смарт-карт остановлена, но запустится сама при подключении кардридера.",
  "token.explain.PCSC_INACTIVE": "Служба смарт-карт не работает и не запустится при подключении токена.",
  "token.explain.PCSC_STOPPED": "Служба смарт-карт остановлена при подключённом токене или кардридере: токеном нельзя пользоваться.",
  "token.explain.PCSC_DISABLED": "Служба смарт-карт отключена: ни токены, ни кардридеры работать не могут.",
  "token.explain.PCSC_NOT_INSTALLED": "Служба смарт-карт не установлена.",
  "token.explain.PCSC_STATE_UNKNOWN": "Не удалось узнать состояние службы смарт-карт.",
  "token.explain.MODULES_OK": "Драйвер токена загружается и отвечает.",
  "token.explain.SOME_MODULES_FAILED":
    "Один драйвер токена работает, другой неисправен; программа «Online imzalayıcı» может выбрать неисправный.",
  "token.explain.NO_MODULE": "Не установлен ни один драйвер токена, и токен не подключён.",
  "token.explain.DRIVER_MISSING_FOR_DEVICE": "Токен подключён, но его драйвер не установлен.",
  "token.explain.MODULE_NOT_FOUND": "Файла драйвера токена не существует.",
  "token.explain.MODULE_MISSING_DEPENDENCY": "Драйверу токена нужен другой файл, которого нет.",
  "token.explain.MODULE_NOT_PKCS11": "Указанный файл — не драйвер токена.",
  "token.explain.MODULE_WRONG_ARCH": "Драйвер токена для компьютера другого типа (32/64 бита или x86/ARM).",
  "token.explain.MODULE_NOT_A_LIBRARY": "Указанный файл вообще не является файлом драйвера.",
  "token.explain.MODULE_LOAD_FAILED": "Не удалось загрузить драйвер токена.",
  "token.explain.MODULE_CALL_FAILED": "Драйвер токена загрузился, но не работает (вернул код ошибки).",
  "token.explain.MODULE_CRASHED": "Драйвер токена аварийно завершился при обращении к токену.",
  "token.explain.MODULE_TIMEOUT": "Драйвер токена завис и не ответил вовремя.",
  "token.explain.PKCS11_BINDING_MISSING":
    "Нет части этой программы, которая работает с токенами, поэтому токен проверить нельзя; остальные проверки работают.",
  "token.explain.TOKEN_PRESENT": "Токен подключён и подготовлен для E-İmza.",
  "token.explain.NOTHING_PLUGGED_IN": "Токен или карта не подключены.",
  "token.explain.TOKEN_NOT_SEEN_BY_DRIVER": "Токен подключён, но установленный драйвер его не видит (не тот или неисправный драйвер).",
  "token.explain.NO_CARD_IN_READER": "Кардридер подключён, но карты в нём нет.",
  "token.explain.TOKEN_UNREADABLE": "Токен подключён, но драйвер не может его прочитать.",
  "token.explain.TOKEN_NOT_INITIALIZED": "Токен пуст: на нём нет E-İmza.",
  "token.explain.PIN_OK": "PIN-код не заблокирован, неверных попыток не зафиксировано.",
  "token.explain.PIN_COUNT_LOW": "Раньше вводился неверный PIN-код; осталось мало попыток.",
  "token.explain.PIN_TO_BE_CHANGED": "Перед использованием PIN-код нужно сменить.",
  "token.explain.PIN_FINAL_TRY": "Ещё один неверный PIN-код заблокирует E-İmza.",
  "token.explain.PIN_LOCKED": "PIN-код заблокирован (10 неверных попыток): позвоните по номеру 157, понадобится PUK-код.",
  "token.explain.PIN_LOCKED_NOW": "PIN-код заблокировался при входе: позвоните по номеру 157, понадобится PUK-код.",
  "token.explain.PIN_INCORRECT": "PIN-код, введённый с --login, неверен; одна попытка израсходована.",
  "token.explain.TOKEN_CERT_OK": "Сертификат на токене действителен и годится для подписи.",
  "token.explain.TOKEN_CERT_EXPIRING_SOON": "Срок действия сертификата на токене истекает в течение 30 дней.",
  "token.explain.TOKEN_CERT_EXPIRES_BEFORE_SALE": "Срок действия сертификата на токене истекает раньше даты продажи.",
  "token.explain.TOKEN_CERT_EXPIRED": "Срок действия сертификата на токене истёк: подписать не получится.",
  "token.explain.TOKEN_CERT_NOT_YET_VALID": "Сертификат на токене ещё не действует (или часы компьютера неверны).",
  "token.explain.TOKEN_CERT_WRONG_KEY_USAGE": "Ни один сертификат на токене нельзя использовать для подписи.",
  "token.explain.TOKEN_NO_CERTIFICATE": "На токене нет сертификата.",
  "token.explain.TOKEN_LOGIN_OK": "PIN-код верный, закрытый ключ есть на токене.",
  "token.explain.TOKEN_PRIVATE_KEY_MISSING": "PIN-код верный, но закрытого ключа сертификата нет.",
  "token.explain.TOKEN_LOGIN_FAILED": "Вход не удался по другой причине.",
  "token.explain.TOKEN_LOGIN_TIMEOUT": "Драйвер токена завис во время входа.",
  "token.explain.TOKEN_LOGIN_NOT_REQUESTED": "PIN-код не проверялся: это делает только --login.",
  "token.explain.TOKEN_LOGIN_NEEDS_TERMINAL": "Для --login нужно окно терминала, чтобы спросить PIN-код.",
  "token.explain.TOKEN_LOGIN_REFUSED": "Вход не выполнен: PIN-код заблокирован или осталась последняя попытка.",
  "token.explain.TOKEN_LOGIN_CANCELLED": "Вход отменён; попытка ввода PIN-кода не потрачена.",
};
