export const asan = {
  "asan.interactive.noTerminal": "No terminal to ask questions on (output is piped or --json): showing the Asan İmza guide instead.",

  "asan.subscription.title": "Asan İmza subscription, balance and certificate",
  "asan.subscription.guide":
    "Since 20 August 2018 Asan İmza costs 2.50 AZN a month (each signing SMS costs 0 AZN). Before the sale make sure the balance is enough, the subscription is renewed and the Asan İmza certificate has not expired.",
  "asan.subscription.askPaid": "Is your Asan İmza subscription (2.50 AZN a month) renewed and is there enough money on the SIM's balance?",
  "asan.subscription.askCertificate": "Is your Asan İmza certificate still valid on the sale day (not expired)?",
  "asan.subscription.confirmed":
    "You confirmed that the subscription is paid, the balance is enough and the certificate is valid on the sale day.",
  "asan.subscription.unpaid": "You said the subscription is not renewed or the balance is not enough: Asan İmza will not work until it is.",
  "asan.subscription.certificateExpired":
    "You said your Asan İmza certificate has expired or expires before the sale: you cannot log in or sign with it.",
  "asan.subscription.unsure":
    "You are not sure about the subscription, the balance or the certificate's expiry date: check them before the sale day.",
  "asan.subscription.remedy.balance":
    "Top up the balance of the Asan İmza number and make sure the monthly 2.50 AZN subscription has been paid (ask your mobile operator: Azercell, Bakcell or Nar).",
  "asan.subscription.remedy.certificate":
    "Check the expiry date of your Asan İmza certificate with your mobile operator or at an ASAN xidmət centre; it must not end before the sale day.",
  "asan.subscription.remedy.operator":
    "If you are sure everything is paid but Asan İmza still does not work, contact your mobile operator.",
  "asan.subscription.remedy.newCertificate":
    "Get a new Asan İmza certificate at an ASAN xidmət centre (with your ID card and the SIM) well before the sale day, then log in once to e-gov.az to test it.",

  "asan.phone.title": "Phone suitable for Asan İmza",
  "asan.phone.ask": "Which phone holds your Asan İmza SIM? Type the model (e.g. Samsung Galaxy A54), or press Enter to skip:",
  "asan.phone.guide":
    "Asan İmza may not work on old phones, including phones with a QWERTY keyboard. The notice names: {phones}; and it may not work on other BlackBerry models either.",
  "asan.phone.listed": '"{phone}" is on the official list of phones where Asan İmza may not work (listed as {listed}).',
  "asan.phone.blackberry":
    '"{phone}" is a BlackBerry: the notice warns that Asan İmza may not work on BlackBerry models, not only on the ones it names.',
  "asan.phone.qwerty": '"{phone}" is a QWERTY-keyboard phone: the notice warns that Asan İmza may not work on such phones.',
  "asan.phone.notListed":
    '"{phone}" is not on the notice\'s list of known problem phones. That does not prove Asan İmza works on it: log in once before the sale day.',
  "asan.phone.remedy.list": "The notice also warns about other BlackBerry models and about phones with a QWERTY keyboard.",
  "asan.phone.remedy.check":
    'Check your own phone: guzestli-check asan --phone "<model>" (the model is shown on an iPhone in "Settings" → "General" → "About", on Android in "Settings" → "About phone").',
  "asan.phone.remedy.tryLogin":
    'A few days before the sale, log in to www.e-gov.az with "Asan İmza" on the phone you will use on the sale day: only a real login proves that it works.',
  "asan.phone.remedy.otherPhone":
    "Before the sale day move the Asan İmza SIM to a newer phone (a modern smartphone), and log in once with it to make sure it works.",

  "asan.pin1.title": "Asan İmza PIN1 (login) and PUK",
  "asan.pin1.guide":
    "At login the phone asks for the Asan İmza PIN1; it is printed on the card your mobile operator gave you. PIN1 entered wrongly 3 times is blocked and needs the PUK; the PUK entered wrongly 3 times is blocked too.",
  "asan.pin1.askKnown": "Do you have the operator's card with your Asan İmza PIN1, PIN2 and PUK (or do you know the codes)?",
  "asan.pin1.askBlocked": "Has the phone said that PIN1 is blocked, or asked you for a PUK?",
  "asan.pin1.askPukBlocked": "Has the PUK also been entered wrongly 3 times (PUK blocked)?",
  "asan.pin1.confirmed": "You confirmed that you know your PIN1/PIN2/PUK and PIN1 is not blocked.",
  "asan.pin1.unknown": "You said you do not have or know your Asan İmza codes: you cannot log in or sign without PIN1 and PIN2.",
  "asan.pin1.blocked": "You said PIN1 is blocked: unblock it with the PUK before the sale day.",
  "asan.pin1.pukBlocked":
    "You said the PUK is blocked too: Asan İmza on this SIM cannot be used until you get a duplicate SIM and a new certificate.",
  "asan.pin1.unsure": "You are not sure about your Asan İmza codes: find the operator's card before the sale day.",
  "asan.pin1.remedy.card":
    "Keep the card from your mobile operator at hand: PIN1 is for logging in, PIN2 for signing, PUK to unblock PIN1.",
  "asan.pin1.remedy.threeTries":
    "PIN1 entered wrongly 3 times is blocked: unblock it with the PUK code from the same card. Do not guess: PUK also has only 3 tries.",
  "asan.pin1.remedy.pukBlocked":
    "If the PUK was entered wrongly 3 times: go to your mobile operator for a duplicate of your SIM (number), then to an ASAN xidmət centre (ASXM) for a new certificate.",
  "asan.pin1.remedy.lostCard":
    "If you lost the card with the codes, go to your mobile operator or an ASAN xidmət centre with your ID card before the sale day to restore Asan İmza.",

  "asan.pin2.title": "Asan İmza PIN2 (signing)",
  "asan.pin2.guide":
    "At the signing stage the phone asks for PIN2, not PIN1. PIN1 is for logging in, PIN2 for signing; both are on the card from your mobile operator.",
  "asan.pin2.ask": "Do you know that signing asks for PIN2 (not PIN1), and do you have your PIN2?",
  "asan.pin2.confirmed": "You confirmed that you have your PIN2 for the signing stage.",
  "asan.pin2.unsure": "You are not sure about PIN2: without it the signing stage fails even after a successful login.",
  "asan.pin2.remedy.which": "At login enter PIN1; when the document is signed enter PIN2.",
  "asan.pin2.remedy.card": "PIN1 and PIN2 are on the card your mobile operator gave you with the Asan İmza SIM.",

  "asan.suspended.title": 'Asan İmza active ("Service suspended")',
  "asan.suspended.guide":
    'If the service was suspended for debt, the login shows "Service suspended" (Xidmət dayandırılmışdır). Log in ahead of the sale day to make sure Asan İmza is active.',
  "asan.suspended.askLoggedIn": "Have you logged in to www.e-gov.az with Asan İmza without errors in the last few days?",
  "asan.suspended.askSuspended": 'Did the phone or the portal show "Service suspended" (Xidmət dayandırılmışdır)?',
  "asan.suspended.confirmed": "You logged in with Asan İmza recently without errors: it is active.",
  "asan.suspended.suspended": 'You saw "Service suspended": Asan İmza is stopped, usually because of a debt on the number.',
  "asan.suspended.notTried": "Asan İmza has not been tried recently: whether it is active is unknown.",
  "asan.suspended.remedy.debt": "Pay the debt on the number and the 2.50 AZN monthly subscription.",
  "asan.suspended.remedy.operator":
    'If you are sure the subscription is renewed and it still says "Service suspended", contact your mobile operator.',
  "asan.suspended.remedy.loginEarly":
    "Log in to www.e-gov.az with Asan İmza a few days before the sale to make sure it is active, then log out.",

  "asan.code.title": "Asan İmza verification code",
  "asan.code.guide":
    "If the login fails after the 4-digit verification code, or no code reaches the phone, go through these steps in order.",
  "asan.code.askDualSim": "Does your phone hold two SIM cards (DUOS / dual-SIM)?",
  "asan.code.askSim1": "Is the Asan İmza number in SIM1 (the first SIM slot)?",
  "asan.code.askArrived": "At your last Asan İmza login, did the 4-digit verification code appear on the phone and was the login accepted?",
  "asan.code.confirmed": "You confirmed that the verification code arrives and is accepted.",
  "asan.code.notSim1": "You said the Asan İmza number is not in SIM1: on dual-SIM phones it must be in SIM1.",
  "asan.code.notArriving": "You said the verification code did not arrive or the login failed after it.",
  "asan.code.unsure": "You are not sure the verification code arrives: test a login before the sale day.",
  "asan.code.remedy.sim1": "On a dual-SIM (DUOS) phone put the Asan İmza SIM in slot SIM1.",
  "asan.code.remedy.restart": "Switch the phone off and on again.",
  "asan.code.remedy.debt": "Make sure the number is not blocked for debt.",
  "asan.code.remedy.network": "Make sure the phone has mobile network (not only Wi-Fi).",
  "asan.code.remedy.unlock": "Keep the phone's screen unlocked while you log in.",
  "asan.code.remedy.operator": "If none of these helps, contact your mobile operator.",

  "asan.session.title": "Sale day: log in early, one browser only",
  "asan.session.guide":
    'The e-Government portal keeps the "Güzəştli mənzil" session for 500 minutes, and you may be logged in from one computer and one browser only.',
  "asan.session.remedy.early":
    "On the sale day log in through www.e-gov.az with your E-İmza or Asan İmza a few hours before the sale time (not more than 500 minutes before).",
  "asan.session.remedy.single":
    'Use one computer and one browser. To switch, first log out of the "Güzəştli mənzil" window you used before.',
  "asan.session.remedy.plan":
    'guzestli-check plan --sale "15.01.2027 10:00" --ics <file> computes when to log in and writes the reminders to a calendar file.',
  "asan.session.remedy.hotlines": "Questions: call 108. E-İmza problems (blocked token, expired certificate): call 157.",
};
