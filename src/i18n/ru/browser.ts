import type { browser as en } from "../en/browser.js";
import type { SameKeys } from "../keys.js";
export const browser: SameKeys<typeof en> = {
  "browser.installed.title": "Установлен Google Chrome или Opera",
  "browser.installed.found": "Установлено: {recommended}.",
  "browser.installed.foundWithOthers": "Установлено: {recommended}. Также найдены, но не рекомендуются для портала: {others}.",
  "browser.installed.onlyOthers":
    "Не установлены ни Google Chrome, ни Opera (на компьютере найдено: {others}). Для входа на портал рекомендуются Google Chrome или Opera.",
  "browser.installed.none": "На этом компьютере не найдены ни Google Chrome, ни Opera.",
  "browser.installed.probeTimeout":
    "{browser} не сообщил свою версию за отведённое время ({duration}), поэтому неизвестно, работает ли он.",
  "browser.installed.probeCrashed": "{browser} завершился с ошибкой при запросе версии, поэтому неизвестно, работает ли он.",

  "browser.upToDate.title": "Браузер последней версии",
  "browser.upToDate.versionUnknown": "Не удалось прочитать версию Google Chrome / Opera, поэтому неизвестно, последняя ли это версия.",
  "browser.upToDate.current.online": "{browsers}: текущая стабильная версия (последняя {current}, проверено через интернет).",
  "browser.upToDate.current.estimate":
    "{browsers}: по оценке без интернета версия текущая (к этому времени ожидается стабильная версия {current}; оценка по календарю выпусков, через интернет не проверено).",
  "browser.upToDate.oneBehind.online":
    "{browser} {version} отстаёт на одну версию от текущей стабильной {current} (проверено через интернет).",
  "browser.upToDate.oneBehind.estimate":
    "{browser} {version}, вероятно, отстаёт на одну версию (к этому времени ожидается стабильная {current}; оценка по календарю выпусков, через интернет не проверено).",
  "browser.upToDate.outdated.online":
    "{browser} {version} устарел: текущая стабильная версия — {current}, отставание в основных версиях: {behind} (проверено через интернет).",
  "browser.upToDate.outdated.estimate":
    "{browser} {version} устарел: отставание в основных версиях — примерно {behind} (к этому времени ожидается стабильная {current}; оценка по календарю выпусков, через интернет не проверено).",
  "browser.upToDate.otherOutdated.online":
    "{okBrowser} последней версии, но {browser} {version} отстаёт от текущей стабильной {current} (отставание в основных версиях: {behind}; проверено через интернет).",
  "browser.upToDate.otherOutdated.estimate":
    "{okBrowser} по оценке последней версии, но {browser} {version}, вероятно, отстаёт (отставание в основных версиях: {behind}; к этому времени ожидается стабильная {current}; оценка, через интернет не проверено).",

  "browser.default.title": "Браузер по умолчанию — Chrome или Opera",
  "browser.default.recommended": "Браузер по умолчанию — {browser}; ссылки портала открываются в нём.",
  "browser.default.notRecommended":
    "Браузер по умолчанию — {browser}, а не Google Chrome или Opera. Ссылки на портал откроются в браузере, который портал не рекомендует.",
  "browser.default.assumedSafari":
    "Браузер по умолчанию не выбран, поэтому macOS открывает ссылки в {browser}, а не в Google Chrome или Opera.",
  "browser.default.unknown": "Не удалось определить браузер по умолчанию.",
  "browser.default.timeout": "За отведённое время ({duration}) не удалось узнать, какой браузер выбран по умолчанию.",
  "browser.default.anotherBrowser": "другой браузер",

  "browser.pinCancel.title": "После отмены запроса PIN-кода",
  "browser.pinCancel.message":
    "Если вы нажали «İmtina» (Отмена) в запросе «istifadəçi PIN kodu» (PIN-код пользователя) или появилась ошибка «Portala imza ilə giriş mümkün olmadı», войти снова можно, только закрыв браузер и открыв его заново.",
  "browser.singleSession.title": "Один браузер, одно устройство",
  "browser.singleSession.message":
    "В системе «Güzəştli mənzil» пользователь может одновременно находиться только с одного компьютера (или другого устройства) и в одном браузере.",

  "browser.remedy.useChromeForPortal":
    "Открывайте портал (e-gov.az) в Google Chrome (рекомендуется больше всего) или Opera, а не в Chromium, Edge или Firefox.",
  "browser.remedy.installChrome":
    "Установите Google Chrome с https://www.google.com/chrome/ (браузер, который портал рекомендует больше всего).",
  "browser.remedy.installOpera": "Или установите Opera с https://www.opera.com/.",
  "browser.remedy.probeTimeout":
    "Закройте все окна браузера и запустите проверку снова; если браузер по-прежнему не отвечает, переустановите его.",
  "browser.remedy.checkVersionByHand":
    "Чтобы увидеть версию и обновить браузер, откройте в Chrome chrome://settings/help (в Opera — opera://about).",
  "browser.remedy.confirmOnline": "Это оценка без интернета: чтобы подтвердить её, запустите проверку снова при подключении к интернету.",
  "browser.remedy.useUpToDate": "Используйте для портала {okBrowser} или обновите другой браузер, как описано ниже.",
  "browser.remedy.updateChrome":
    "Обновите Google Chrome: введите chrome://settings/help в адресной строке (или меню ⋮ → «Help» (Справка) → «About Google Chrome» (О браузере Google Chrome)), дождитесь загрузки обновления и нажмите «Relaunch» (Перезапустить).",
  "browser.remedy.updateOpera":
    "Обновите Opera: меню Opera → «Update & Recovery» (Обновление и восстановление) → «Check for update» (Проверить наличие обновлений); после загрузки перезапустите Opera.",
  "browser.remedy.updateChromeLinux":
    "Для IT-специалиста: sudo apt update && sudo apt install --only-upgrade google-chrome-stable (Fedora: sudo dnf upgrade google-chrome-stable), затем перезапустите Chrome.",
  "browser.remedy.updateOperaLinux":
    "Для IT-специалиста: sudo apt update && sudo apt install --only-upgrade opera-stable (Fedora: sudo dnf upgrade opera-stable), затем перезапустите Opera.",
  "browser.remedy.updateSnap": "Обновите {browser}: sudo snap refresh {name}, затем перезапустите браузер.",
  "browser.remedy.updateFlatpak": "Обновите {browser}: flatpak update {name}, затем перезапустите браузер.",
  "browser.remedy.setDefaultWindows":
    "Сделайте Chrome браузером по умолчанию. Windows 11: «Параметры» (Settings) → «Приложения» (Apps) → «Приложения по умолчанию» (Default apps) → Google Chrome → «Установить по умолчанию» (Set default). Windows 10: «Параметры» (Settings) → «Приложения» (Apps) → «Приложения по умолчанию» (Default apps) → «Веб-браузер» (Web browser) → Google Chrome. Или в Chrome: «Настройки» (Settings) → «Браузер по умолчанию» (Default browser) → «Использовать по умолчанию» (Make default).",
  "browser.remedy.setDefaultMac":
    "Сделайте Chrome браузером по умолчанию: «System Settings» (Системные настройки) → «Desktop & Dock» (Рабочий стол и Dock) → «Default web browser» (Веб-браузер по умолчанию) → Google Chrome; или в Chrome: «Settings» (Настройки) → «Default browser» (Браузер по умолчанию) → «Make default» (Использовать по умолчанию).",
  "browser.remedy.setDefaultLinux":
    "Сделайте Chrome браузером по умолчанию: в Chrome «Settings» (Настройки) → «Default browser» (Браузер по умолчанию) → «Make default» (Использовать по умолчанию).",
  "browser.remedy.openPortalInChrome": "Или откройте Google Chrome сами и введите e-gov.az в адресной строке вместо перехода по ссылкам.",
  "browser.remedy.closeAllWindows":
    "После «İmtina» (Отмена) в запросе PIN-кода или ошибки «Portala imza ilə giriş mümkün olmadı» закройте ВСЕ окна браузера (проверьте панель задач; в macOS выйдите через ⌘Q).",
  "browser.remedy.reopenAndLogin":
    "Убедитесь, что токен вставлен и программа «Online imzalayıcı» запущена, снова откройте браузер, перейдите на e-gov.az и снова нажмите «e-imza ilə daxil ol».",
  "browser.remedy.logOutElsewhere":
    "Прежде чем входить здесь, выйдите («Çıxış») из системы во всех других браузерах, на других компьютерах и телефонах.",
  "browser.remedy.oneBrowserOneDevice":
    "В день продажи пользуйтесь одним браузером на одном компьютере; не открывайте систему во втором браузере или на вкладке на другом устройстве.",

  "browser.explain.RECOMMENDED_BROWSER_INSTALLED": "Установлен Google Chrome или Opera — браузеры, которые рекомендует портал.",
  "browser.explain.NO_RECOMMENDED_BROWSER":
    "Не установлены ни Google Chrome, ни Opera; портал рекомендует входить через последнюю версию Chrome (в первую очередь) или Opera.",
  "browser.explain.BROWSER_PROBE_TIMEOUT": "Браузер не сообщил свою версию за отведённое время, поэтому проверить его не удалось.",
  "browser.explain.BROWSER_PROBE_FAILED": "Браузер завершился с ошибкой при запросе версии, поэтому проверить его не удалось.",
  "browser.explain.BROWSER_UP_TO_DATE":
    "Chrome / Opera текущей стабильной версии (проверено через интернет или оценено без интернета по календарю выпусков).",
  "browser.explain.BROWSER_ONE_VERSION_BEHIND":
    "Chrome / Opera отстаёт на одну основную версию от текущей стабильной; обновите до дня продажи.",
  "browser.explain.BROWSER_OUTDATED": "Chrome / Opera отстаёт больше чем на одну основную версию; портал требует последнюю версию.",
  "browser.explain.OTHER_BROWSER_OUTDATED":
    "Один рекомендуемый браузер последней версии, другой установленный устарел: пользуйтесь актуальным или обновите другой.",
  "browser.explain.BROWSER_VERSION_UNKNOWN": "Chrome / Opera найден, но его версию прочитать не удалось.",
  "browser.explain.DEFAULT_BROWSER_RECOMMENDED": "Браузер по умолчанию — Chrome или Opera, ссылки портала открываются в нужном браузере.",
  "browser.explain.DEFAULT_BROWSER_NOT_RECOMMENDED":
    "Браузер по умолчанию — не Chrome и не Opera, ссылки портала открываются в нерекомендуемом браузере.",
  "browser.explain.DEFAULT_BROWSER_UNKNOWN": "Не удалось определить браузер по умолчанию на этом компьютере.",
  "browser.explain.DEFAULT_BROWSER_QUERY_TIMEOUT": "Система не сообщила браузер по умолчанию за отведённое время.",
  "browser.explain.GUIDE_PIN_CANCEL_RESTART":
    "После отмены запроса PIN-кода (или ошибки «Portala imza ilə giriş mümkün olmadı») браузер нужно полностью закрыть и открыть снова, прежде чем входить заново.",
  "browser.explain.GUIDE_SINGLE_SESSION":
    "В системе можно находиться одновременно только в одном браузере на одном устройстве; сначала выйдите в других местах.",

  "browser.siteSettings.title": "e-gov.az не заблокирован в настройках сайтов браузера",
  "browser.siteSettings.noProfile":
    "Для этого пользователя не найден профиль Google Chrome, Chromium или Opera, поэтому решений об e-gov.az ещё не сохранено.",
  "browser.siteSettings.blocked":
    "{browser}, профиль «{profile}»: для e-gov.az заблокирован параметр «{setting}». Портал не может связаться с программой «Online imzalayıcı» или работать правильно, а страница не сообщает почему.",
  "browser.siteSettings.blockLater":
    "{browser} {version}, профиль «{profile}»: для e-gov.az заблокирован доступ к программам на этом устройстве. Эта версия ещё не применяет блокировку, но начнёт после обновления, которого требует портал.",
  "browser.siteSettings.lanBlocked":
    "{browser}, профиль «{profile}»: для e-gov.az заблокирован доступ к другим устройствам локальной сети. Это не мешает программе «Online imzalayıcı» на этом компьютере, ноб e-gov.az ещё не разрешено к ней обращаться.",
  "browser.siteSettings.lanBlockedLoopbackAllowed":
    "{browser}, профиль «{profile}»: для e-gov.az заблокирован доступ к другим устройствам локальной сети, а доступ к приложениям и сервисам на этом компьютере, где работает программа «Online imzalayıcı», разрешён. Для входа ничего менять не нужно.",
  "browser.siteSettings.undecided":
    "{browser}, профиль «{profile}»: решение о доступе e-gov.az к программам на этом компьютере ещё не принято; браузер спросит на портале.",
  "browser.siteSettings.ok": "Для e-gov.az ничего не заблокировано: {browsers}.",
  "browser.siteSettings.unreadable.truncated":
    "{browser}, профиль «{profile}»: файл настроек обрывается (возможно, браузер как раз его записывает), поэтому решения для e-gov.az проверить не удалось.",
  "browser.siteSettings.unreadable.tooLarge":
    "{browser}, профиль «{profile}»: файл настроек слишком велик для безопасного чтения, поэтому решения для e-gov.az проверить не удалось.",
  "browser.siteSettings.unreadable.notJson":
    "{browser}, профиль «{profile}»: файл настроек повреждён (не в формате браузера), поэтому решения для e-gov.az проверить не удалось.",
  "browser.siteSettings.unreadable.notObject":
    "{browser}, профиль «{profile}»: файл настроек повреждён (не в формате браузера), поэтому решения для e-gov.az проверить не удалось.",
  "browser.siteSettings.unreadable.empty":
    "{browser}, профиль «{profile}»: файл настроек пуст, поэтому решения для e-gov.az проверить не удалось.",
  "browser.siteSettings.unreadable.unreadable":
    "{browser}, профиль «{profile}»: файл настроек не удалось открыть, поэтому решения для e-gov.az проверить не удалось.",
  "browser.siteSettings.unreadable.missing":
    "{browser}, профиль «{profile}»: файл настроек не найден, поэтому решения для e-gov.az проверить не удалось.",
  "browser.setting.loopback_network": "доступ к приложениям и сервисам на этом устройстве",
  "browser.setting.local_network_access": "доступ к локальной сети и этому устройству",
  "browser.setting.local_network": "доступ к другим устройствам локальной сети",
  "browser.setting.javascript": "JavaScript",
  "browser.setting.cookies": "файлы cookie (данные сайтов)",
  "browser.setting.popups": "всплывающие окна",

  "browser.policies.title": "Политики браузера не блокируют e-gov.az",
  "browser.policies.none": "На этом компьютере политики Chrome или Chromium не заданы.",
  "browser.policies.nothingBlocks":
    "Политики браузера заданы (мест: {count}), но ни одна не блокирует e-gov.az или программу «Online imzalayıcı» на этом компьютере.",
  "browser.policies.blocks":
    "Политика {browser}, заданная администратором компьютера, блокирует то, что нужно для входа на e-gov.az с подписью.",
  "browser.policies.recommendedBlocks":
    "Рекомендуемая политика {browser}, заданная администратором компьютера, блокирует то, что нужно для входа на e-gov.az с подписью, если её не изменили в настройках браузера.",
  "browser.policies.lanBlocked":
    "Политика {browser}, заданная администратором компьютера, блокирует для e-gov.az доступ к устройствам локальной сети; на программу «Online imzalayıcı» на этом компьютере это не влияет.",
  "browser.policies.popupsBlocked":
    "Политика {browser}, заданная администратором компьютера, блокирует всплывающие окна на e-gov.az; если портал откроет окно для подписи, оно не откроется.",
  "browser.policies.unreadable":
    "Политики {browser}, заданные на этом компьютере, прочитать не удалось, поэтому неизвестно, блокируют ли они e-gov.az.",

  "browser.remedy.siteSettingsChrome":
    "В Google Chrome или Chromium вставьте в адресную строку chrome://settings/content/siteDetails?site=https%3A%2F%2Fwww.e-gov.az и нажмите Enter; переключите перечисленные ниже параметры на «Разрешить», затем обновите страницу e-gov.az.",
  "browser.remedy.siteSettingsOpera":
    "В Opera вставьте в адресную строку opera://settings/content/siteDetails?site=https%3A%2F%2Fwww.e-gov.az и нажмите Enter; переключите перечисленные ниже параметры на «Разрешить», затем обновите страницу e-gov.az.",
  "browser.remedy.allowSetting": "{browser}, профиль «{profile}»: {setting} → «Разрешить».",
  "browser.remedy.otherProfileBlocked":
    "Профиль «{profile}» браузера {browser} тоже блокирует e-gov.az: исправьте его так же, если открываете портал в этом профиле.",
  "browser.remedy.pressAllowLna":
    "Когда браузер спросит, разрешить ли e-gov.az доступ к другим приложениям и сервисам на этом устройстве, нажмите «Разрешить».",
  "browser.remedy.closeBrowserAndRerun": "Закройте все окна браузера, подождите несколько секунд и запустите проверку снова.",
  "browser.remedy.askItAdmin":
    "Это задал администратор компьютера, в браузере это не изменить: попросите вашего ИТ-администратора снять блокировку для e-gov.az и для этого компьютера (localhost, 127.0.0.1).",
  "browser.remedy.policyLine": "{browser}: политика {policy} = «{entry}» ({where}).",
  "browser.remedy.otherBrowserOrComputer":
    "Если изменить это до продажи не получится, входите с компьютера, которым не управляет организация.",
  "browser.remedy.checkChromePolicyPage":
    "Откройте в Chrome страницу chrome://policy, чтобы увидеть действующие политики, и покажите их ИТ-администратору.",

  "browser.explain.SITE_SETTINGS_OK":
    "Ни один профиль браузера не блокирует e-gov.az: доступ к этому компьютеру, JavaScript и файлы cookie разрешены или браузер спросит.",
  "browser.explain.SITE_LNA_UNDECIDED":
    "Браузеру ещё не сказали, можно ли e-gov.az обращаться к программам на этом компьютере; он спросит на портале — нажмите «Разрешить».",
  "browser.explain.SITE_NO_PROFILE": "Профиль браузера не найден, поэтому об e-gov.az ещё ничего не сохранено; браузер спросит на портале.",
  "browser.explain.SITE_BLOCKED":
    "Профиль браузера запрещает e-gov.az обращаться к программам на этом компьютере или блокирует его JavaScript или файлы cookie; программа «Online imzalayıcı» недоступна, а страница не знает почему.",
  "browser.explain.SITE_BLOCK_NOT_ENFORCED":
    "Для e-gov.az сохранена блокировка доступа к этому компьютеру, но эта версия браузера её ещё не применяет; после обновления начнёт.",
  "browser.explain.SITE_LAN_BLOCKED":
    "Для e-gov.az заблокирован доступ к другим устройствам локальной сети; само по себе это не мешает программе «Online imzalayıcı» на этом компьютере.",
  "browser.explain.SITE_BLOCKED_OTHER_PROFILE":
    "Последний использованный профиль браузера в порядке, но другой профиль блокирует e-gov.az.",
  "browser.explain.SITE_PROFILE_UNREADABLE":
    "Файл настроек браузера прочитать не удалось (записывается, повреждён или слишком велик), поэтому решения для e-gov.az неизвестны.",
  "browser.explain.POLICY_NONE": "На этом компьютере политики Chrome или Chromium не заданы.",
  "browser.explain.POLICY_NOTHING_BLOCKS":
    "Политики браузера заданы, но ни одна не блокирует e-gov.az или программу «Online imzalayıcı» на этом компьютере.",
  "browser.explain.POLICY_BLOCKS":
    "Политика браузера, заданная администратором компьютера, блокирует e-gov.az, его доступ к этому компьютеру, JavaScript или файлы cookie; снять её может только администратор.",
  "browser.explain.POLICY_RECOMMENDED_BLOCKS":
    "Рекомендуемая политика браузера блокирует то, что нужноб e-gov.az; она действует, пока её не изменили в настройках браузера.",
  "browser.explain.POLICY_LAN_BLOCKED":
    "Политика браузера блокирует для e-gov.az доступ к устройствам локальной сети; на программу «Online imzalayıcı» на этом компьютере это не влияет.",
  "browser.explain.POLICY_POPUPS_BLOCKED":
    "Политика браузера блокирует всплывающие окна на e-gov.az; окно, которое портал открывает для подписи, не откроется.",
  "browser.explain.POLICY_UNREADABLE": "Политики браузера прочитать не удалось, поэтому неизвестно, блокируют ли они e-gov.az.",
  "browser.explain.LNA_PERMISSION_DENIED":
    "Браузер отклонил запрос сайта к программе на этом компьютере («loopback»), к локальной сети («local») или к адресу, который он не смог определить («unknown»): доступ к локальной сети для сайта заблокирован или ещё не разрешён.",
  "browser.explain.LNA_PROMPT":
    "Браузер спрашивает, можно ли сайту обращаться к программам на этом компьютере. На e-gov.az это может быть нужно программе «Online imzalayıcı» на этом компьютере: нажмите «Разрешить».",
  "browser.profile.named": "{name} (папка {folder})",
};
