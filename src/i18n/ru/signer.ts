import type { signer as en } from "../en/signer.js";
import type { SameKeys } from "../keys.js";
export const signer: SameKeys<typeof en> = {
  "signer.installed.title": "Программа «Online imzalayıcı» установлена",
  "signer.running.title": "Программа «Online imzalayıcı» запущена (нужно до нажатия «e-imza ilə daxil ol»)",
  "signer.answering.title": "Программа «Online imzalayıcı» отвечает браузеру",
  "signer.signingTested.title": "Подпишите тестовый документ до дня продажи",

  "signer.catalogInvalid": "Дополнительный список программ подписи из GUZESTLI_SIGNER_CATALOG ({file}) нельзя использовать.",
  "signer.catalogInvalid.remedy":
    'Для IT-специалиста: исправьте файл JSON, указанный в GUZESTLI_SIGNER_CATALOG (массив записей с полями "id" и "names"), или уберите эту переменную.',

  "signer.installed.yes": "Найдена программа «{name}» (версия {version}).",
  "signer.installed.running":
    "В списке установленных программ её нет, но программа «{name}» запущена, значит, она есть на этом компьютере.",
  "signer.installed.no":
    "Программа «Online imzalayıcı» не установлена на этом компьютере. Без неё нельзя ни войти на портал с E-İmza, ни подписать.",
  "signer.installed.no.remedy.download":
    "Установите программу для подписи с официальных сайтов: в памятке она называется «Online imzalayıcı» (e-imza.az); сайт sima.az сегодня советует владельцам токенов установить «SİMA İmzalayıcı» вместе с драйвером «SİMA Token». Одна ли это программа под двумя названиями, официально не сообщается: установите то, что предлагает официальная страница для вашего токена, и войдите один раз до дня продажи, чтобы убедиться, что всё работает.",
  "signer.installed.no.remedy.order":
    "Соблюдайте порядок из памятки: 1) подключите токен или кардридер к компьютеру, 2) установите его драйвер, 3) установите корневой сертификат, 4) отметьте корневой сертификат как «доверенный», 5) установите сертификаты PCA и ICA, 6) установите программу «Online imzalayıcı», 7) проверьте, что она работает. Затем запустите эту проверку снова.",
  "signer.installed.unknown": "Не удалось прочитать список установленных программ.",
  "signer.installed.unknown.remedy":
    "Проверьте сами, установлена ли программа для подписи: в Windows — «Параметры» (Settings) → «Приложения» (Apps), в macOS — папка «Программы» (Applications). Ищите «Online imzalayıcı» или «SİMA İmzalayıcı».",

  "signer.running.yes": "Программа «{name}» запущена.",
  "signer.running.no":
    "Программа «Online imzalayıcı» установлена, но не запущена. Если сейчас нажать «e-imza ilə daxil ol», портал покажет ошибку «Portala imza ilə giriş mümkün olmadı».",
  "signer.running.unknown": "Не удалось прочитать список запущенных программ.",
  "signer.running.unknown.remedy":
    "Проверьте сами, виден ли значок программы «Online imzalayıcı» рядом с часами (в Windows он может быть скрыт за стрелкой «^» слева от часов: нажмите на неё; в macOS — в строке меню вверху); если нет — запустите программу.",

  "signer.answering.yes": "Программа «Online imzalayıcı» отвечает на обращения браузера.",
  "signer.answering.notListening": "Программа «Online imzalayıcı» запущена, но не открыла порт, через который к ней обращается браузер.",
  "signer.answering.no": "Программа «Online imzalayıcı» запущена, но не отвечает на обращения браузера: она зависла или заблокирована.",
  "signer.answering.portsUnknown": "Не удалось проверить, отвечает ли программа «Online imzalayıcı» браузеру.",
  "signer.answering.portsUnknown.remedy":
    "Для IT-специалиста: запустите проверку от того же пользователя, который запустил программу «Online imzalayıcı»; в Windows разрешите запуск PowerShell.",

  "signer.remedy.start":
    "Запустите программу «Online imzalayıcı» из меню «Пуск» (Start) или значком на рабочем столе и дождитесь, пока её значок появится рядом с часами (в Windows он может быть за стрелкой «^» слева от часов).",
  "signer.remedy.beforeLogin":
    "Всегда вставляйте токен и запускайте программу «Online imzalayıcı» ДО нажатия «e-imza ilə daxil ol» на портале электронного правительства.",
  "signer.remedy.restartBrowser":
    "Если портал уже показал «Portala imza ilə giriş mümkün olmadı»: закройте все окна браузера, запустите программу «Online imzalayıcı», затем снова откройте браузер и войдите.",
  "signer.remedy.restartSigner":
    "Полностью закройте программу «Online imzalayıcı» (щёлкните правой кнопкой по её значку рядом с часами — в Windows, возможно, за стрелкой «^» — и выберите выход), запустите её снова и повторите проверку.",
  "signer.remedy.firewall":
    "Если антивирус или брандмауэр спрашивает о программе «Online imzalayıcı», разрешите её и добавьте в исключения (она связывается только с этим же компьютером).",
  "signer.remedy.reinstall":
    "Если она всё равно не отвечает: перезагрузите компьютер; если не поможет — удалите программу «Online imzalayıcı» и установите её заново с официального сайта E-İmza.",
  "signer.remedy.hotline": "По проблемам с E-İmza позвоните по номеру 157.",

  "signer.signingTested.message":
    "Только настоящий вход на портал и настоящая подпись доказывают, что подпись работает; эта программа сама проверить это не может.",
  "signer.signingTested.step.login":
    "За несколько дней до продажи войдите на www.e-gov.az через «e-imza ilə daxil ol» с этого компьютера, с этим токеном и в этом браузере.",
  "signer.signingTested.step.sign":
    "Подпишите тестовый документ в программе «Online imzalayıcı» (официальная инструкция «E-İmzalayıcı vasitəsi ilə sənədlərin imzalanması»), чтобы убедиться, что PIN-код и сертификат работают.",
  "signer.signingTested.step.problem":
    "Если вход или подпись не удаются, решайте это сейчас, а не в день продажи: позвоните по номеру 157 (E-İmza) или 108 (портал электронного правительства).",

  "signer.explain.SIGNER_INSTALLED": "Программа «Online imzalayıcı» найдена среди установленных программ.",
  "signer.explain.SIGNER_FOUND_RUNNING":
    "Программа «Online imzalayıcı» не зарегистрирована как установленная, но её копия запущена на этом компьютере.",
  "signer.explain.SIGNER_NOT_INSTALLED": "Программа «Online imzalayıcı» не установлена; она нужна, чтобы войти с E-İmza и подписывать.",
  "signer.explain.SIGNER_INSTALL_UNKNOWN":
    "Инструмент не смог прочитать список установленных программ и не знает, установлена ли программа «Online imzalayıcı».",
  "signer.explain.SIGNER_CATALOG_INVALID":
    "Дополнительный список программ подписи из GUZESTLI_SIGNER_CATALOG не является корректным JSON ожидаемого вида.",
  "signer.explain.SIGNER_RUNNING": "Программа «Online imzalayıcı» запущена.",
  "signer.explain.SIGNER_NOT_RUNNING":
    "Программа «Online imzalayıcı» установлена, но не запущена. Она должна работать до нажатия «e-imza ilə daxil ol», иначе портал пишет «Portala imza ilə giriş mümkün olmadı».",
  "signer.explain.SIGNER_PROCESSES_UNKNOWN": "Инструмент не смог прочитать список запущенных программ.",
  "signer.explain.SIGNER_ANSWERING":
    "Программа «Online imzalayıcı» отвечает на своём локальном порту так, как к ней обращается страница портала.",
  "signer.explain.SIGNER_NOT_LISTENING":
    "Программа «Online imzalayıcı» запущена, но не открыла ни одного локального порта, поэтому браузер не может к ней обратиться.",
  "signer.explain.SIGNER_NOT_ANSWERING":
    "Программа «Online imzalayıcı» запущена и держит локальный порт открытым, но не отвечает (зависла или заблокирована защитной программой).",
  "signer.explain.SIGNER_PORTS_UNKNOWN": "Инструмент не смог узнать, какие локальные порты слушает программа «Online imzalayıcı».",
  "signer.explain.SIGNING_TEST_GUIDE":
    "Вход и подпись тестового документа до дня продажи — единственное настоящее доказательство, что подпись работает.",
};
