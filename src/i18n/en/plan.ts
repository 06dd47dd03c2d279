export const plan = {
  "plan.noSale": "No sale time was given, so there is nothing to plan.",
  "plan.noSale.remedy":
    'Give the sale\'s date and time: guzestli-check plan --sale "15.01.2027 10:00" (Baku time when no zone is written).',

  "plan.window.title": "When to log in on the sale day",
  "plan.window.times":
    "Sale: {sale} Baku time ({zone}). Log in at about {recommended}, two hours before the sale: the 500-minute session then lasts until {sessionEnd}, and there is time to fix a problem. The earlier you log in, the sooner after the start of the sale the session ends; a login at {earliest} or earlier ends the session before the sale starts or just as it starts.",
  "plan.window.timesTwoZones":
    "Sale: {sale} Baku time ({zone}) = {saleOther} ({otherZone}). Log in at about {recommended} Baku time ({recommendedOther} {otherZone}), two hours before the sale: the 500-minute session then lasts until {sessionEnd} ({sessionEndOther}), and there is time to fix a problem. The earlier you log in, the sooner after the start of the sale the session ends; a login at {earliest} ({earliestOther}) or earlier ends the session before the sale starts or just as it starts.",
  "plan.window.openNow":
    "You can already log in, but the best time is about {recommended} Baku time, two hours before the sale ({sale}): a session started now ends sooner after the sale starts.",
  "plan.window.loginNow": "Less than 2 hours before the sale ({sale} Baku time): log in now, there is little time left to fix a problem.",
  "plan.window.past": "The sale time {sale} (Baku time) has already passed.",
  "plan.window.remedy.login":
    'Log in through www.e-gov.az with your E-İmza or "Asan İmza" at about {recommended} Baku time, two hours before the sale (the session then lasts until {sessionEnd}).',
  "plan.window.remedy.notEarlier":
    "Do not log in at {earliest} or earlier: the 500-minute session would end before the sale at {sale} or just as it starts.",
  "plan.window.remedy.single":
    'Stay logged in from one computer and one browser only; to switch, first log out of the "Güzəştli mənzil" window you used before.',
  "plan.window.remedy.loginNow":
    'Log in to www.e-gov.az now and stay on the "Güzəştli mənzil" page; keep 108 (and 157 for E-İmza) at hand.',
  "plan.window.remedy.checkDate":
    'Check the sale date and time in the official announcement and run the plan again with the right --sale value (e.g. --sale "15.01.2027 10:00").',

  "plan.certificate.title": "E-İmza certificate valid at the sale time",
  "plan.certificate.none": "No E-İmza certificate to check: none was read from a token and no --cert file was given.",
  "plan.certificate.remedy.none":
    "Plug in the token (or card reader with the ID card) and run guzestli-check all --sale …, or give the certificate file with --cert <file>. Asan İmza users: check the certificate with your mobile operator.",
  "plan.certificate.valid":
    "Every one of your {total} certificate(s) is valid at the sale time ({sale}); the first one ends {notAfter} (Baku time). Whether a certificate is revoked is checked by guzestli-check certs.",
  "plan.certificate.expired":
    "{count} of your {total} certificate(s) will have expired at the sale time {sale}: it ends {notAfter} (Baku time).",
  "plan.certificate.notYetValid": "A certificate is not yet valid at the sale time {sale}: it starts {notBefore} (Baku time).",
  "plan.certificate.remedy.renew":
    "Renew the E-İmza certificate before the sale day: call 157 (E-İmza call centre) to find out how, then log in once to e-gov.az with the new one.",
  "plan.certificate.remedy.oldOne":
    "If the expired one is an old certificate you no longer use, make sure the token also holds a valid one (guzestli-check token shows them).",
  "plan.certificate.remedy.call157": "Call 157: a certificate that only starts after the sale cannot be used on the sale day.",

  "plan.dayBefore.title": "The day before the sale",
  "plan.dayBefore.message": "To do the day before (from {dayBefore} Baku time):",
  "plan.dayBefore.step.runTool": "Run guzestli-check all on the computer you will use and fix everything marked ✗.",
  "plan.dayBefore.step.loginOnce":
    "Log in once to www.e-gov.az with the E-İmza or Asan İmza you will use, to make sure it is active; then log out.",
  "plan.dayBefore.step.signTest": 'E-İmza: test signing with the "Online imzalayıcı" program, so the signing stage works on the day.',
  "plan.dayBefore.step.eimzaPins":
    "E-İmza: know your token PIN and PUK; do not guess the PIN (10 wrong tries block the token; then call 157 with the PUK).",
  "plan.dayBefore.step.asan":
    "Asan İmza: balance and 2.50 AZN subscription paid, certificate not expired, the card with PIN1/PIN2/PUK at hand, number in SIM1.",
  "plan.dayBefore.step.browser": "Update Google Chrome (recommended) or Opera to the latest version.",
  "plan.dayBefore.step.guides":
    'Read the official E-İmza instructions linked in the "Güzəştli mənzil" notice (using the token, logging in with it, signing, verifying a signature).',
  "plan.dayBefore.step.hotlines": "Write down the numbers: 108 (housing, e-Government) and 157 (E-İmza).",

  "plan.hourBefore.title": "The hour before the sale",
  "plan.hourBefore.message": "To check the hour before (from {hourBefore} Baku time):",
  "plan.hourBefore.step.loggedIn":
    'You should already be logged in (since about {recommended}, no later than {latest}) and on the "Güzəştli mənzil" page.',
  "plan.hourBefore.step.single":
    "Only one computer and one browser: close the system in any other browser or device (log out there first).",
  "plan.hourBefore.step.tokenFirst":
    'E-İmza: the token must be plugged in and "Online imzalayıcı" running BEFORE you press "e-imza ilə daxil ol"; if "Portala imza ilə giriş mümkün olmadı" appears, close the browser and open it again.',
  "plan.hourBefore.step.pinCancel":
    'If you pressed "İmtina" (Cancel) at the PIN prompt, close the browser completely and open it again before trying again.',
  "plan.hourBefore.step.phone": "Asan İmza: phone charged, screen unlocked, with network; PIN2 ready for signing.",
  "plan.hourBefore.step.hotlines": "Problems: 157 for E-İmza, 108 for everything else.",

  "plan.calendar.title": "Calendar reminders (--ics)",
  "plan.calendar.notAsked": "No calendar file was asked for; --ics <file> writes the reminders for your calendar.",
  "plan.calendar.written": "Reminders written to {file}.",
  "plan.calendar.notWritten": "Could not write the calendar file {file}.",
  "plan.calendar.remedy.otherPath": "Give --ics a file in a folder you can write to, e.g. your Documents folder.",
  "plan.calendar.remedy.import": "Open the file with your calendar (Google Calendar, Outlook, the phone's calendar) to add the reminders.",

  "plan.ics.calendarName": "Güzəştli mənzil sale day",
  "plan.ics.dayBefore.summary": "Güzəştli mənzil: prepare for tomorrow's sale",
  "plan.ics.login.summary": "Güzəştli mənzil: log in to e-gov.az now",
  "plan.ics.sale.summary": "Güzəştli mənzil: the sale starts",
};
