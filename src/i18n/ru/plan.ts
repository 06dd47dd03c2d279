import type { plan as en } from "../en/plan.js";
import type { SameKeys } from "../keys.js";
export const plan: SameKeys<typeof en> = {
  "plan.noSale": "Время продажи не указано, поэтому планировать нечего.",
  "plan.noSale.remedy":
    'Укажите дату и время продажи: guzestli-check plan --sale "15.01.2027 10:00" (если часовой пояс не указан, это время Баку).',

  "plan.window.title": "Когда входить в день продажи",
  "plan.window.times":
    "Продажа: {sale} по Баку ({zone}). Входите около {recommended}, за два часа до продажи: 500-минутная сессия тогда продлится до {sessionEnd}, и останется время исправить проблему. Чем раньше вы войдёте, тем раньше после начала продажи закончится сессия; при входе в {earliest} или раньше сессия закончится до начала продажи или ровно в момент её начала.",
  "plan.window.timesTwoZones":
    "Продажа: {sale} по Баку ({zone}) = {saleOther} ({otherZone}). Входите около {recommended} по Баку ({recommendedOther} {otherZone}), за два часа до продажи: 500-минутная сессия тогда продлится до {sessionEnd} ({sessionEndOther}), и останется время исправить проблему. Чем раньше вы войдёте, тем раньше после начала продажи закончится сессия; при входе в {earliest} ({earliestOther}) или раньше сессия закончится до начала продажи или ровно в момент её начала.",
  "plan.window.openNow":
    "Войти уже можно, но лучше всего около {recommended} по Баку, за два часа до продажи ({sale}): сессия, начатая сейчас, закончится раньше после начала продажи.",
  "plan.window.loginNow": "До продажи ({sale} по Баку) меньше 2 часов: войдите сейчас, времени на исправление проблем почти нет.",
  "plan.window.past": "Время продажи {sale} (по Баку) уже прошло.",
  "plan.window.remedy.login":
    "Войдите через www.e-gov.az с E-İmza или «Asan İmza» около {recommended} по Баку, за два часа до продажи (тогда сессия продлится до {sessionEnd}).",
  "plan.window.remedy.notEarlier":
    "Не входите в {earliest} или раньше: 500-минутная сессия закончится до продажи в {sale} или ровно в момент её начала.",
  "plan.window.remedy.single":
    "Оставайтесь в системе только с одного компьютера и из одного браузера; чтобы переключиться, сначала выйдите из прежнего окна «Güzəştli mənzil».",
  "plan.window.remedy.loginNow":
    "Войдите на www.e-gov.az сейчас и оставайтесь на странице «Güzəştli mənzil»; держите под рукой 108 (и 157 для E-İmza).",
  "plan.window.remedy.checkDate":
    'Проверьте дату и время продажи в официальном объявлении и запустите план снова с верным --sale (напр. --sale "15.01.2027 10:00").',

  "plan.certificate.title": "Сертификат E-İmza действителен во время продажи",
  "plan.certificate.none": "Нечего проверять: сертификат E-İmza не прочитан с токена и файл --cert не указан.",
  "plan.certificate.remedy.none":
    "Подключите токен (или кардридер с удостоверением личности) и запустите guzestli-check all --sale …, либо укажите файл сертификата через --cert <файл>. Пользователям «Asan İmza»: проверьте сертификат у мобильного оператора.",
  "plan.certificate.valid":
    "Все ваши сертификаты ({total}) действительны во время продажи ({sale}); первый из них истекает {notAfter} (время Баку). Не отозван ли сертификат, проверяет guzestli-check certs.",
  "plan.certificate.expired":
    "К моменту продажи ({sale}) срок действия истечёт у {count} из {total} ваших сертификатов; срок действия до {notAfter} (время Баку).",
  "plan.certificate.notYetValid": "Сертификат ещё не действует во время продажи {sale}: он начинает действовать {notBefore} (по Баку).",
  "plan.certificate.remedy.renew":
    "Обновите сертификат E-İmza до дня продажи: позвоните по номеру 157 (E-İmza), чтобы узнать как, затем один раз войдите на e-gov.az с новым.",
  "plan.certificate.remedy.oldOne":
    "Если истекает старый сертификат, которым вы больше не пользуетесь, убедитесь, что на токене есть и действующий (guzestli-check token их покажет).",
  "plan.certificate.remedy.call157":
    "Позвоните по номеру 157: сертификатом, который начинает действовать только после продажи, в день продажи воспользоваться нельзя.",

  "plan.dayBefore.title": "За день до продажи",
  "plan.dayBefore.message": "Что сделать за день до продажи ({dayBefore} по Баку):",
  "plan.dayBefore.step.runTool":
    "Запустите guzestli-check all на компьютере, которым будете пользоваться, и исправьте всё, что отмечено ✗.",
  "plan.dayBefore.step.loginOnce":
    "Один раз войдите на www.e-gov.az с той E-İmza или «Asan İmza», которой будете пользоваться, чтобы убедиться, что она активна; затем выйдите.",
  "plan.dayBefore.step.signTest":
    "E-İmza: проверьте подписание программой «Online imzalayıcı», чтобы этап подписания прошёл в день продажи.",
  "plan.dayBefore.step.eimzaPins":
    "E-İmza: знайте PIN-код и PUK-код токена; не угадывайте PIN-код (после 10 неверных попыток E-İmza блокируется; тогда позвоните по номеру 157, понадобится PUK-код).",
  "plan.dayBefore.step.asan":
    "«Asan İmza»: баланс и подписка 2,50 AZN оплачены, сертификат не истёк, карта с PIN1/PIN2/PUK под рукой, номер в SIM1.",
  "plan.dayBefore.step.browser": "Обновите Google Chrome (рекомендуется) или Opera до последней версии.",
  "plan.dayBefore.step.guides":
    "Прочитайте официальные инструкции E-İmza, ссылки на которые есть в памятке «Güzəştli mənzil» (работа с токеном, вход с ним, подписание, проверка подписи).",
  "plan.dayBefore.step.hotlines": "Запишите номера: 108 (система «Güzəştli mənzil», портал электронного правительства) и 157 (E-İmza).",

  "plan.hourBefore.title": "За час до продажи",
  "plan.hourBefore.message": "Что проверить за час до продажи ({hourBefore} по Баку):",
  "plan.hourBefore.step.loggedIn":
    "Вы уже должны быть в системе (примерно с {recommended}, не позже {latest}) и на странице «Güzəştli mənzil».",
  "plan.hourBefore.step.single":
    "Только один компьютер и один браузер: закройте систему в любом другом браузере или устройстве (сначала выйдите там).",
  "plan.hourBefore.step.tokenFirst":
    "E-İmza: токен должен быть вставлен, а программа «Online imzalayıcı» запущена ДО нажатия «e-imza ilə daxil ol»; если появится «Portala imza ilə giriş mümkün olmadı», закройте браузер и откройте снова.",
  "plan.hourBefore.step.pinCancel":
    "Если вы нажали «İmtina» (Отмена) в окне ввода PIN-кода, полностью закройте браузер и откройте его снова, прежде чем пробовать ещё раз.",
  "plan.hourBefore.step.phone": "«Asan İmza»: телефон заряжен, экран разблокирован, есть сеть; PIN2 для подписи наготове.",
  "plan.hourBefore.step.hotlines": "При проблемах: по E-İmza звоните 157, по всему остальному — 108.",

  "plan.calendar.title": "Напоминания в календарь (--ics)",
  "plan.calendar.notAsked": "Файл календаря не запрошен; --ics <файл> запишет напоминания для вашего календаря.",
  "plan.calendar.written": "Напоминания записаны в {file}.",
  "plan.calendar.notWritten": "Не удалось записать файл календаря {file}.",
  "plan.calendar.remedy.otherPath": "Укажите для --ics файл в папке, куда можно записывать, например в «Documents» (Документы).",
  "plan.calendar.remedy.import": "Откройте файл в календаре (Google Календарь, Outlook, календарь телефона), чтобы добавить напоминания.",

  "plan.ics.calendarName": "День продажи «Güzəştli mənzil»",
  "plan.ics.dayBefore.summary": "«Güzəştli mənzil»: подготовьтесь к завтрашней продаже",
  "plan.ics.login.summary": "«Güzəştli mənzil»: войдите на e-gov.az сейчас",
  "plan.ics.sale.summary": "«Güzəştli mənzil»: продажа начинается",
};
