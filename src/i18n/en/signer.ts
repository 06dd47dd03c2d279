export const signer = {
  "signer.installed.title": 'The "Online imzalayıcı" program is installed',
  "signer.running.title": 'The signer program is running (needed before "e-imza ilə daxil ol")',
  "signer.answering.title": "The signer program answers the browser",
  "signer.signingTested.title": "Sign a test document before the sale day",

  "signer.catalogInvalid": "The extra signer list given with GUZESTLI_SIGNER_CATALOG ({file}) cannot be used.",
  "signer.catalogInvalid.remedy":
    'For an IT helper: fix the JSON file named by GUZESTLI_SIGNER_CATALOG (an array of entries with "id" and "names") or remove the variable.',

  "signer.installed.yes": 'Found "{name}" (version {version}).',
  "signer.installed.running": 'Not in the list of installed programs, but "{name}" is running, so the signer is on this computer.',
  "signer.installed.no":
    'The "Online imzalayıcı" program is not installed on this computer. Without it you can neither log in to the portal with E-İmza nor sign.',
  "signer.installed.no.remedy.download":
    'Install the signer program from the official sites: the notice names it "Online imzalayıcı" (e-imza.az); sima.az today tells token users to install "SİMA İmzalayıcı" together with the "SİMA Token" driver. Whether the two names are one program is not published: install what the official page for your token offers, and log in once before the sale day to see that it works.',
  "signer.installed.no.remedy.order":
    'In the order of the notice: 1) plug the token or card reader in, 2) install its driver, 3) install the root certificate, 4) mark the root certificate as trusted, 5) install the PCA and ICA certificates, 6) install the "Online imzalayıcı" program, 7) check that it works. Then run this check again.',
  "signer.installed.unknown": "Could not read the list of installed programs.",
  "signer.installed.unknown.remedy":
    'Check yourself that the signer program is installed: on Windows "Settings" → "Apps", on macOS the "Applications" folder. Look for "Online imzalayıcı" or "SİMA İmzalayıcı".',

  "signer.running.yes": '"{name}" is running.',
  "signer.running.no":
    'The signer program is installed but not running. If you press "e-imza ilə daxil ol" now, the portal will say "Portala imza ilə giriş mümkün olmadı".',
  "signer.running.unknown": "Could not read the list of running programs.",
  "signer.running.unknown.remedy":
    'Check yourself that the signer\'s icon is shown next to the clock (on Windows it may be hidden behind the "^" arrow left of the clock: click the arrow; on macOS in the menu bar at the top); if not, start the program.',

  "signer.answering.yes": "The signer program answers the browser's requests.",
  "signer.answering.notListening": "The signer program is running but does not listen on any local port, so the browser cannot reach it.",
  "signer.answering.no": "The signer program is running but does not answer the browser's requests: it is stuck or blocked.",
  "signer.answering.portsUnknown": "Could not check whether the signer program can answer the browser.",
  "signer.answering.portsUnknown.remedy":
    "For an IT helper: run the check as the user who started the signer; on Windows allow PowerShell to run.",

  "signer.remedy.start":
    'Start "Online imzalayıcı" from the Start menu or its desktop icon and wait until its icon appears next to the clock (on Windows it may be behind the "^" arrow left of the clock).',
  "signer.remedy.beforeLogin":
    'Always plug in the token and start the signer BEFORE pressing "e-imza ilə daxil ol" on the e-Government portal.',
  "signer.remedy.restartBrowser":
    'If the portal already showed "Portala imza ilə giriş mümkün olmadı": close every browser window, start the signer, then open the browser again and log in.',
  "signer.remedy.restartSigner":
    'Quit the signer completely (right-click its icon next to the clock — on Windows perhaps behind the "^" arrow — and choose to exit), start it again, then run this check again.',
  "signer.remedy.firewall":
    "If an antivirus or firewall asks about the signer, allow it; add the signer to its exceptions (it only talks to this computer, 127.0.0.1).",
  "signer.remedy.reinstall":
    "If it still does not answer: restart the computer; if that does not help, uninstall the signer and install it again from the official E-İmza site.",
  "signer.remedy.hotline": "E-İmza problems: call 157.",

  "signer.signingTested.message":
    "Only a real login and a real signature prove that signing works; this computer cannot check that by itself.",
  "signer.signingTested.step.login":
    'Some days before the sale, log in to www.e-gov.az with "e-imza ilə daxil ol" on this computer, with this token and this browser.',
  "signer.signingTested.step.sign":
    'Sign a test document with the signer (the official guide "E-İmzalayıcı vasitəsi ilə sənədlərin imzalanması") to be sure the PIN and the certificate work.',
  "signer.signingTested.step.problem":
    "If the login or the signature fails, fix it now: call 157 (E-İmza) or 108 (e-Government), not on the sale day.",

  "signer.explain.SIGNER_INSTALLED": "The signer program was found among the installed programs.",
  "signer.explain.SIGNER_FOUND_RUNNING": "The signer is not registered as installed, but a copy of it is running on this computer.",
  "signer.explain.SIGNER_NOT_INSTALLED":
    'The "Online imzalayıcı" program is not installed; it is needed to log in with E-İmza and to sign.',
  "signer.explain.SIGNER_INSTALL_UNKNOWN":
    "The tool could not read the list of installed programs, so it does not know whether the signer is installed.",
  "signer.explain.SIGNER_CATALOG_INVALID":
    "The extra signer list given with GUZESTLI_SIGNER_CATALOG is not valid JSON of the expected shape.",
  "signer.explain.SIGNER_RUNNING": "The signer program is running.",
  "signer.explain.SIGNER_NOT_RUNNING":
    'The signer is installed but not running. It must be running before "e-imza ilə daxil ol" is pressed, otherwise the portal says "Portala imza ilə giriş mümkün olmadı".',
  "signer.explain.SIGNER_PROCESSES_UNKNOWN": "The tool could not read the list of running programs.",
  "signer.explain.SIGNER_ANSWERING": "The signer answers on its local port, the way the portal's page talks to it.",
  "signer.explain.SIGNER_NOT_LISTENING": "The signer runs but opened no local port, so the browser cannot reach it.",
  "signer.explain.SIGNER_NOT_ANSWERING":
    "The signer runs and has a local port open, but does not answer on it (stuck, or blocked by security software).",
  "signer.explain.SIGNER_PORTS_UNKNOWN": "The tool could not find out which local ports the signer listens on.",
  "signer.explain.SIGNING_TEST_GUIDE":
    "Logging in and signing a test document before the sale day is the only real proof that signing works.",
};
