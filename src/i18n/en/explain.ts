export const explain = {
  "explain.sourceLabel": "Source:",
  "explain.source.notice": 'the official "Güzəştli mənzil" notice "DİQQƏT EDİLMƏLİ MƏQAMLAR" on www.e-gov.az',
  "explain.source.noticePoint":
    'the official "Güzəştli mənzil" notice "DİQQƏT EDİLMƏLİ MƏQAMLAR" on www.e-gov.az, section for {section} users, point {point}',
  // asan
  "asan.explain.ASAN_SUBSCRIPTION_GUIDE":
    "A guide, not a verdict: Asan İmza needs the 2.50 AZN monthly subscription paid, enough balance and a certificate that has not expired on the sale day.",
  "asan.explain.ASAN_SUBSCRIPTION_CONFIRMED":
    "You answered that the Asan İmza subscription, balance and certificate are in order (your answer, not checked by the tool).",
  "asan.explain.ASAN_SUBSCRIPTION_UNPAID":
    "You answered that the Asan İmza subscription is not renewed or the balance is too low; Asan İmza stops working until it is paid.",
  "asan.explain.ASAN_CERTIFICATE_EXPIRED":
    "You answered that the Asan İmza certificate has expired or expires before the sale; an expired certificate cannot log in or sign.",
  "asan.explain.ASAN_SUBSCRIPTION_UNSURE":
    "You were not sure about the Asan İmza subscription, balance or certificate; unknown is a risk on the sale day.",
  "asan.explain.ASAN_PHONE_GUIDE": "No phone model was given; the notice lists phones on which Asan İmza may not work.",
  "asan.explain.ASAN_PHONE_LISTED": "The phone is named in the official notice as one on which Asan İmza may not work.",
  "asan.explain.ASAN_PHONE_BLACKBERRY":
    "The phone is a BlackBerry; the notice warns that Asan İmza may not work on BlackBerry models in general.",
  "asan.explain.ASAN_PHONE_QWERTY": "The phone has a QWERTY keyboard; the notice warns that Asan İmza may not work on such phones.",
  "asan.explain.ASAN_PHONE_NOT_LISTED":
    "The phone is not on the notice's list of problem phones. That is not a proof that Asan İmza works on it.",
  "asan.explain.ASAN_PIN1_GUIDE":
    "A guide: PIN1 logs you in; 3 wrong PIN1 need the PUK; 3 wrong PUK need a duplicate SIM and a new certificate.",
  "asan.explain.ASAN_PIN1_CONFIRMED": "You answered that you know your Asan İmza codes and PIN1 is not blocked.",
  "asan.explain.ASAN_PIN_UNKNOWN":
    "You answered that you do not have your Asan İmza codes; without PIN1 and PIN2 you cannot log in or sign.",
  "asan.explain.ASAN_PIN1_BLOCKED": "You answered that PIN1 is blocked (3 wrong tries); it is unblocked with the PUK.",
  "asan.explain.ASAN_PUK_BLOCKED":
    "You answered that the PUK is blocked (3 wrong tries); the SIM needs a duplicate and Asan İmza a new certificate.",
  "asan.explain.ASAN_PIN1_UNSURE": "You were not sure about your Asan İmza codes.",
  "asan.explain.ASAN_PIN2_GUIDE": "A guide: the signing stage asks for PIN2; PIN1 is only for logging in.",
  "asan.explain.ASAN_PIN2_CONFIRMED": "You answered that you have PIN2 for signing.",
  "asan.explain.ASAN_PIN2_UNSURE": "You were not sure about PIN2; signing fails without it even after a successful login.",
  "asan.explain.ASAN_SUSPENDED_GUIDE":
    'A guide: "Service suspended" (Xidmət dayandırılmışdır) means Asan İmza was stopped, usually for a debt on the number.',
  "asan.explain.ASAN_LOGIN_CONFIRMED": "You answered that you logged in with Asan İmza recently without errors.",
  "asan.explain.ASAN_SERVICE_SUSPENDED": 'You saw "Service suspended": Asan İmza is stopped, usually because of a debt on the number.',
  "asan.explain.ASAN_LOGIN_NOT_TRIED": "Asan İmza has not been tried recently, so whether it is active is unknown.",
  "asan.explain.ASAN_CODE_GUIDE": "A guide: what to do when the 4-digit verification code does not arrive or the login fails after it.",
  "asan.explain.ASAN_CODE_CONFIRMED": "You answered that the verification code arrives and the login is accepted.",
  "asan.explain.ASAN_NUMBER_NOT_IN_SIM1": "On a dual-SIM phone the Asan İmza number is not in SIM1; the code may not arrive.",
  "asan.explain.ASAN_CODE_NOT_ARRIVING": "The Asan İmza verification code did not arrive, or the login failed after it.",
  "asan.explain.ASAN_CODE_UNSURE": "You were not sure whether the verification code arrives.",
  "asan.explain.SESSION_GUIDE": "A guide: the session lasts 500 minutes and only one computer and one browser may be logged in.",
  // plan
  "plan.explain.PLAN_NO_SALE": "The plan needs the sale's date and time (--sale).",
  "plan.explain.PLAN_LOGIN_WINDOW":
    "The login window: not earlier than 500 minutes before the sale (the session would end), and a few hours before it, so there is time to fix problems.",
  "plan.explain.PLAN_LOGIN_WINDOW.remedy":
    "Log in at the time the plan shows, with the E-İmza or Asan İmza you will sign with, and stay on the page.",
  "plan.explain.PLAN_WINDOW_OPEN_NOW": "The login window is open now: a login now keeps the session through the sale.",
  "plan.explain.PLAN_LOGIN_NOW": "Less than 2 hours are left before the sale: log in at once.",
  "plan.explain.PLAN_SALE_PAST": "The sale time given is already in the past; it is probably mistyped.",
  "plan.explain.PLAN_NO_CERTIFICATE": "No E-İmza certificate was available to compare with the sale date (no token read, no --cert).",
  "plan.explain.PLAN_CERT_VALID_AT_SALE":
    "Your E-İmza certificate's validity period covers the sale time (revocation is checked separately).",
  "plan.explain.PLAN_CERT_EXPIRED_AT_SALE":
    "Your E-İmza certificate will have expired at the sale time: you cannot log in or sign with it then.",
  "plan.explain.PLAN_CERT_NOT_YET_VALID_AT_SALE": "Your E-İmza certificate only becomes valid after the sale time.",
  "plan.explain.PLAN_DAY_BEFORE": "The to-do list for the day before the sale.",
  "plan.explain.PLAN_HOUR_BEFORE": "The to-do list for the hour before the sale.",
  "plan.explain.PLAN_ICS_NOT_ASKED": "No calendar file was asked for (--ics).",
  "plan.explain.PLAN_ICS_WRITTEN": "The reminders were written as a calendar (.ics) file.",
  "plan.explain.PLAN_ICS_NOT_WRITTEN": "The calendar file could not be written (folder missing or not writable).",
  // the notice's own messages
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED":
    '"Portala imza ilə giriş mümkün olmadı" (logging in to the portal with a signature was not possible): the token was not plugged in or the "Online imzalayıcı" program was not running when you pressed "e-imza ilə daxil ol".',
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.close":
    "Close the browser completely (every window) — the portal does not recover in the same browser session.",
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.ready":
    'Plug in the token (or the card reader with the ID card) and start the "Online imzalayıcı" program; wait until it is running.',
  "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.again": 'Open the browser again, go to www.e-gov.az and press "e-imza ilə daxil ol".',
  "explain.SERVICE_SUSPENDED":
    '"Service suspended" (Xidmət dayandırılmışdır): Asan İmza on your number was stopped, usually because of a debt.',
  "explain.PIN_PROMPT_CANCELLED":
    'You pressed "İmtina" (Cancel) at the "user PIN code" prompt: the portal will not ask again in this browser session.',
  "explain.PIN_PROMPT_CANCELLED.remedy": "Close the browser completely and open it again, then log in again and enter the PIN.",
  // PKCS#11
  "explain.CKR_CANCEL": "PKCS#11 CKR_CANCEL: the operation was cancelled (for example the PIN window was closed).",
  "explain.CKR_SLOT_ID_INVALID":
    "PKCS#11 CKR_SLOT_ID_INVALID: the token's slot is gone — usually the token was unplugged or the reader changed.",
  "explain.CKR_GENERAL_ERROR": "PKCS#11 CKR_GENERAL_ERROR: the token software failed for an unknown reason.",
  "explain.CKR_FUNCTION_FAILED": "PKCS#11 CKR_FUNCTION_FAILED: the token could not carry out the operation.",
  "explain.CKR_DEVICE_ERROR": "PKCS#11 CKR_DEVICE_ERROR: the token or card reader reported a hardware problem.",
  "explain.CKR_DEVICE_REMOVED": "PKCS#11 CKR_DEVICE_REMOVED: the token was removed during the operation.",
  "explain.CKR_FUNCTION_CANCELED": "PKCS#11 CKR_FUNCTION_CANCELED: the operation was cancelled before it finished.",
  "explain.CKR_PIN_INCORRECT":
    "PKCS#11 CKR_PIN_INCORRECT: the token PIN entered is wrong. Each wrong PIN uses up a try; 10 wrong tries block the E-İmza token.",
  "explain.CKR_PIN_INCORRECT.remedy":
    "Stop guessing. Find the PIN from the envelope you received with the token; run guzestli-check token to see how many tries are left.",
  "explain.CKR_PIN_INVALID": "PKCS#11 CKR_PIN_INVALID / CKR_PIN_LEN_RANGE: the PIN has characters or a length the token does not accept.",
  "explain.CKR_PIN_INVALID.remedy":
    "Check the keyboard layout and Caps Lock, and that you type the user PIN (not the PUK) with the right number of digits.",
  "explain.CKR_PIN_LEN_RANGE": "PKCS#11 CKR_PIN_LEN_RANGE: the PIN is too short or too long for this token.",
  "explain.CKR_PIN_EXPIRED": "PKCS#11 CKR_PIN_EXPIRED: the token's PIN has expired and must be changed.",
  "explain.CKR_PIN_EXPIRED.remedy": "Change the PIN with the token's own software (from the E-İmza instructions) before the sale day.",
  "explain.CKR_PIN_LOCKED":
    "PKCS#11 CKR_PIN_LOCKED: the token's user PIN is blocked after too many wrong tries; the E-İmza cannot be used.",
  "explain.CKR_PIN_LOCKED.remedy": "Do not try more PINs. Call 157 (E-İmza call centre) with your PUK code to unblock the token.",
  "explain.CKR_TOKEN_NOT_PRESENT": "PKCS#11 CKR_TOKEN_NOT_PRESENT: no token (or no card in the reader) is present.",
  "explain.CKR_TOKEN_NOT_RECOGNIZED":
    "PKCS#11 CKR_TOKEN_NOT_RECOGNIZED: the software does not recognise the token — wrong or missing driver.",
  "explain.CKR_USER_NOT_LOGGED_IN": "PKCS#11 CKR_USER_NOT_LOGGED_IN: the operation needs the PIN first.",
  "explain.CKR_USER_NOT_LOGGED_IN.remedy":
    "Start the login or signing again and enter the PIN when asked; if you cancelled the PIN prompt, close the browser and open it again.",
  "explain.CKR_USER_PIN_NOT_INITIALIZED":
    "PKCS#11 CKR_USER_PIN_NOT_INITIALIZED: the token has no user PIN set — it is not prepared for use.",
  "explain.CKR_CRYPTOKI_NOT_INITIALIZED":
    "PKCS#11 CKR_CRYPTOKI_NOT_INITIALIZED: the token library was not started by the program that used it.",
  "explain.ext.remedy.call157": "Call 157 (E-İmza call centre).",
  "explain.ext.remedy.call108": "Call 108 (e-Government and housing).",
  "explain.ext.remedy.replug": "Unplug the token (or card reader) and plug it in again; wait a few seconds.",
  "explain.ext.remedy.otherPort": "Try another USB port directly on the computer (not a hub or extension cable).",
  "explain.ext.remedy.reinstallDriver": "Reinstall the token's driver from the official E-İmza instructions and restart the computer.",
  "explain.ext.remedy.runToken": "Run guzestli-check token: it checks the driver, the token and the PIN state.",
  "explain.ext.remedy.runCerts": "Run guzestli-check certs: it checks the root, PCA and ICA certificates and your certificate.",
  "explain.ext.remedy.restartSigner": 'Close the "Online imzalayıcı" program and start it again.',
  "explain.ext.remedy.restartBrowser": "Close the browser completely and open it again.",
  // Browser certificate errors
  "explain.CONNECTION_NOT_PRIVATE":
    '"Your connection is not private": Chrome does not trust the certificate of the site it opened. The NET::ERR_… code under the message says why.',
  "explain.CONNECTION_NOT_PRIVATE.remedy.code":
    "Read the code under the message (e.g. NET::ERR_CERT_DATE_INVALID) and run guzestli-check explain with it.",
  "explain.ERR_CERT_DATE_INVALID":
    "Browser error NET::ERR_CERT_DATE_INVALID: by the computer's clock the site's certificate is expired or not yet valid — most often the computer's date or time is wrong.",
  "explain.ERR_CERT_DATE_INVALID.remedy.clock":
    "Set the computer's date, time and time zone correctly (Baku, UTC+4; turn on automatic time), then reopen the browser.",
  "explain.ERR_CERT_AUTHORITY_INVALID":
    "Browser error NET::ERR_CERT_AUTHORITY_INVALID: the site's certificate is signed by an authority this computer does not trust.",
  "explain.ERR_CERT_AUTHORITY_INVALID.remedy.address":
    "Check the address: type www.e-gov.az yourself; do not continue to a site whose certificate the browser rejects.",
  "explain.ERR_CERT_AUTHORITY_INVALID.remedy.antivirus":
    "An antivirus or proxy that inspects HTTPS can cause this: turn its HTTPS scanning off or ask the person who set up the computer.",
  "explain.ERR_CERT_COMMON_NAME_INVALID":
    "Browser error NET::ERR_CERT_COMMON_NAME_INVALID: the certificate is for a different site name than the address typed.",
  "explain.ERR_CERT_REVOKED": "Browser error NET::ERR_CERT_REVOKED: the site's certificate has been revoked.",
  "explain.ERR_SSL_CLIENT_AUTH_CERT_NEEDED":
    "Browser error ERR_SSL_CLIENT_AUTH_CERT_NEEDED: the site asked for your E-İmza certificate and the browser had none to offer.",
  "explain.ERR_SSL_CLIENT_AUTH_CERT_NEEDED.remedy":
    'Plug in the token and start "Online imzalayıcı" before opening the login, then close and reopen the browser.',
  "explain.ERR_BAD_SSL_CLIENT_AUTH_CERT":
    "Browser error ERR_BAD_SSL_CLIENT_AUTH_CERT: the site rejected your certificate — expired, revoked, or its chain (root, PCA, ICA) is missing.",
  "explain.ERR_BAD_SSL_CLIENT_AUTH_CERT.remedy":
    "Check that your certificate is valid and not revoked, and that the root, PCA and ICA certificates are installed.",
  "explain.ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED":
    "Browser error ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED: the token could not sign the login (PIN cancelled, token unplugged or driver problem).",
  "explain.ERR_SSL_PROTOCOL_ERROR": "Browser error ERR_SSL_PROTOCOL_ERROR: the secure connection could not be set up.",
  "explain.ERR_SSL_PROTOCOL_ERROR.remedy.update": "Update Google Chrome or Opera to the latest version and try again.",
};
