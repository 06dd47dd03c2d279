export const browser = {
  "browser.installed.title": "Google Chrome or Opera installed",
  "browser.installed.found": "Installed: {recommended}.",
  "browser.installed.foundWithOthers": "Installed: {recommended}. Also found, not recommended for the portal: {others}.",
  "browser.installed.onlyOthers":
    "Neither Google Chrome nor Opera is installed (found on this computer: {others}). The portal recommends Google Chrome or Opera for logging in.",
  "browser.installed.none": "Neither Google Chrome nor Opera was found on this computer.",
  "browser.installed.probeTimeout": "{browser} did not tell its version within {duration}, so it is unknown whether it works.",
  "browser.installed.probeCrashed": "{browser} failed when asked for its version, so it is unknown whether it works.",

  "browser.upToDate.title": "Browser is the latest version",
  "browser.upToDate.versionUnknown": "The version of Google Chrome / Opera could not be read, so it is unknown whether it is the latest.",
  "browser.upToDate.current.online": "{browsers}: the current stable version (latest {current}, checked online).",
  "browser.upToDate.current.estimate":
    "{browsers}: current as far as can be estimated offline (stable version {current} expected by now; estimate from the release calendar, not checked online).",
  "browser.upToDate.oneBehind.online": "{browser} {version} is one version behind the current stable {current} (checked online).",
  "browser.upToDate.oneBehind.estimate":
    "{browser} {version} is probably one version behind (stable {current} expected by now; estimate from the release calendar, not checked online).",
  "browser.upToDate.outdated.online":
    "{browser} {version} is outdated: {behind} versions behind the current stable {current} (checked online).",
  "browser.upToDate.outdated.estimate":
    "{browser} {version} is outdated: about {behind} versions behind (stable {current} expected by now; estimate from the release calendar, not checked online).",
  "browser.upToDate.otherOutdated.online":
    "{okBrowser} is up to date, but {browser} {version} is {behind} version(s) behind the current stable {current} (checked online).",
  "browser.upToDate.otherOutdated.estimate":
    "{okBrowser} is up to date as far as can be estimated, but {browser} {version} is probably {behind} version(s) behind (stable {current} expected by now; estimate, not checked online).",

  "browser.default.title": "Default browser is Chrome or Opera",
  "browser.default.recommended": "The default browser is {browser}; the portal's links open there.",
  "browser.default.notRecommended":
    "The default browser is {browser}, not Google Chrome or Opera. Links to the portal will open in a browser the portal does not recommend.",
  "browser.default.assumedSafari": "No default browser was chosen, so macOS opens links in {browser}, not in Google Chrome or Opera.",
  "browser.default.unknown": "Could not find out the default browser.",
  "browser.default.timeout": "Could not learn the default browser within {duration}.",
  "browser.default.anotherBrowser": "another browser",

  "browser.pinCancel.title": "After cancelling the PIN prompt",
  "browser.pinCancel.message":
    'If you press "İmtina" (Cancel) at the "user PIN code" prompt, or see the error "Portala imza ilə giriş mümkün olmadı", you cannot log in again until the browser is closed and opened again.',
  "browser.singleSession.title": "One browser, one device",
  "browser.singleSession.message":
    'The "Güzəştli mənzil" system allows a user to be logged in from only one computer (or phone) and one browser at a time.',

  "browser.remedy.useChromeForPortal":
    "Open the portal (e-gov.az) in Google Chrome (most recommended) or Opera, not in Chromium, Edge or Firefox.",
  "browser.remedy.installChrome": "Install Google Chrome from https://www.google.com/chrome/ (the browser the portal recommends most).",
  "browser.remedy.installOpera": "Or install Opera from https://www.opera.com/.",
  "browser.remedy.probeTimeout": "Close all browser windows and run the check again; if the browser still does not answer, reinstall it.",
  "browser.remedy.checkVersionByHand": "Open chrome://settings/help in Chrome (in Opera: opera://about) to see the version and update it.",
  "browser.remedy.confirmOnline": "This is an estimate made without the internet: run the check again while connected to confirm it.",
  "browser.remedy.useUpToDate": "Use {okBrowser} for the portal, or update the other browser as below.",
  "browser.remedy.updateChrome":
    'Update Google Chrome: type chrome://settings/help in the address bar (or Menu ⋮ → Help → About Google Chrome), wait until it downloads the update, then press "Relaunch".',
  "browser.remedy.updateOpera": "Update Opera: Opera menu → Update & Recovery → Check for update; when it has downloaded, restart Opera.",
  "browser.remedy.updateChromeLinux":
    "For an IT helper: sudo apt update && sudo apt install --only-upgrade google-chrome-stable (Fedora: sudo dnf upgrade google-chrome-stable), then restart Chrome.",
  "browser.remedy.updateOperaLinux":
    "For an IT helper: sudo apt update && sudo apt install --only-upgrade opera-stable (Fedora: sudo dnf upgrade opera-stable), then restart Opera.",
  "browser.remedy.updateSnap": "Update {browser}: sudo snap refresh {name}, then restart the browser.",
  "browser.remedy.updateFlatpak": "Update {browser}: flatpak update {name}, then restart the browser.",
  "browser.remedy.setDefaultWindows":
    'Make Chrome the default browser. Windows 11: "Settings" → "Apps" → "Default apps" → Google Chrome → "Set default". Windows 10: "Settings" → "Apps" → "Default apps" → "Web browser" → Google Chrome. Or in Chrome: "Settings" → "Default browser" → "Make default".',
  "browser.remedy.setDefaultMac":
    "Make Chrome the default: System Settings → Desktop & Dock → Default web browser → Google Chrome (or in Chrome: Settings → Default browser → Make default).",
  "browser.remedy.setDefaultLinux": 'Make Chrome the default: in Chrome, "Settings" → "Default browser" → "Make default".',
  "browser.remedy.openPortalInChrome": "Or open Google Chrome yourself and type e-gov.az in its address bar instead of clicking links.",
  "browser.remedy.closeAllWindows":
    'After "İmtina" (Cancel) at the PIN prompt, or the error "Portala imza ilə giriş mümkün olmadı": close ALL windows of the browser (check the taskbar; on macOS quit with ⌘Q).',
  "browser.remedy.reopenAndLogin":
    'Make sure the token is plugged in and "Online imzalayıcı" is running, open the browser again, go to e-gov.az and press "e-imza ilə daxil ol" again.',
  "browser.remedy.logOutElsewhere": 'Before logging in here, log out ("Çıxış") of the system in every other browser, computer and phone.',
  "browser.remedy.oneBrowserOneDevice":
    "On sale day use one browser on one computer only; do not open the system in a second browser or tab on another device.",

  "browser.explain.RECOMMENDED_BROWSER_INSTALLED": "Google Chrome or Opera, the browsers the portal recommends, is installed.",
  "browser.explain.NO_RECOMMENDED_BROWSER":
    "Neither Google Chrome nor Opera is installed; the portal recommends signing in with the latest Chrome (first) or Opera.",
  "browser.explain.BROWSER_PROBE_TIMEOUT": "A browser did not tell its version within the time limit, so it could not be checked.",
  "browser.explain.BROWSER_PROBE_FAILED": "A browser failed when asked for its version, so it could not be checked.",
  "browser.explain.BROWSER_UP_TO_DATE":
    "Chrome / Opera is the current stable version (checked online, or estimated offline from the release calendar).",
  "browser.explain.BROWSER_ONE_VERSION_BEHIND":
    "Chrome / Opera is one major version behind the current stable one; update it before sale day.",
  "browser.explain.BROWSER_OUTDATED": "Chrome / Opera is more than one major version behind; the portal asks for the latest version.",
  "browser.explain.OTHER_BROWSER_OUTDATED":
    "One recommended browser is up to date, another installed one is old: use the up-to-date one or update the other.",
  "browser.explain.BROWSER_VERSION_UNKNOWN": "Chrome / Opera was found but its version could not be read.",
  "browser.explain.DEFAULT_BROWSER_RECOMMENDED": "The default browser is Chrome or Opera, so the portal's links open in the right browser.",
  "browser.explain.DEFAULT_BROWSER_NOT_RECOMMENDED":
    "The default browser is not Chrome or Opera, so the portal's links open in a browser that is not recommended.",
  "browser.explain.DEFAULT_BROWSER_UNKNOWN": "The default browser could not be found out on this computer.",
  "browser.explain.DEFAULT_BROWSER_QUERY_TIMEOUT": "The system did not say which browser is the default within the time limit.",
  "browser.explain.GUIDE_PIN_CANCEL_RESTART":
    'After cancelling the PIN prompt (or the error "Portala imza ilə giriş mümkün olmadı") the browser must be closed completely and reopened before logging in again.',
  "browser.explain.GUIDE_SINGLE_SESSION":
    "You may be logged in to the system from only one browser on one device at a time; log out elsewhere first.",

  "browser.siteSettings.title": "e-gov.az is not blocked in the browser's site settings",
  "browser.siteSettings.noProfile":
    "No profile of Google Chrome, Chromium or Opera was found for this user, so no decision about e-gov.az is stored yet.",
  "browser.siteSettings.blocked":
    '{browser}, profile "{profile}": {setting} is blocked for e-gov.az. The portal cannot reach the signer program or work properly, and the page does not say why.',
  "browser.siteSettings.blockLater":
    '{browser} {version}, profile "{profile}": access to apps on this device is blocked for e-gov.az. This version does not apply that block yet, but it will after the update the portal asks for.',
  "browser.siteSettings.lanBlocked":
    '{browser}, profile "{profile}": e-gov.az is blocked from other devices on the local network. That does not stop the signer program on this computer, but e-gov.az has not been allowed to reach it yet.',
  "browser.siteSettings.lanBlockedLoopbackAllowed":
    '{browser}, profile "{profile}": e-gov.az is blocked from other devices on the local network, and allowed to reach apps and services on this computer, where the signer program runs. Nothing to change for signing in.',
  "browser.siteSettings.undecided":
    '{browser}, profile "{profile}": nothing is decided yet about letting e-gov.az reach programs on this computer; the browser will ask on the portal.',
  "browser.siteSettings.ok": "Nothing blocks e-gov.az in {browsers}.",
  "browser.siteSettings.unreadable.truncated":
    '{browser}, profile "{profile}": the settings file is cut off (the browser may be writing it right now), so its decisions for e-gov.az could not be checked.',
  "browser.siteSettings.unreadable.tooLarge":
    '{browser}, profile "{profile}": the settings file is too large to read safely, so its decisions for e-gov.az could not be checked.',
  "browser.siteSettings.unreadable.notJson":
    '{browser}, profile "{profile}": the settings file is damaged (not in the browser\'s format), so its decisions for e-gov.az could not be checked.',
  "browser.siteSettings.unreadable.notObject":
    '{browser}, profile "{profile}": the settings file is damaged (not in the browser\'s format), so its decisions for e-gov.az could not be checked.',
  "browser.siteSettings.unreadable.empty":
    '{browser}, profile "{profile}": the settings file is empty, so its decisions for e-gov.az could not be checked.',
  "browser.siteSettings.unreadable.unreadable":
    '{browser}, profile "{profile}": the settings file could not be opened, so its decisions for e-gov.az could not be checked.',
  "browser.siteSettings.unreadable.missing":
    '{browser}, profile "{profile}": the settings file was not found, so its decisions for e-gov.az could not be checked.',
  "browser.setting.loopback_network": "access to apps and services on this device",
  "browser.setting.local_network_access": "access to the local network and this device",
  "browser.setting.local_network": "access to other devices on the local network",
  "browser.setting.javascript": "JavaScript",
  "browser.setting.cookies": "cookies (site data)",
  "browser.setting.popups": "pop-ups",

  "browser.policies.title": "No browser policy blocks e-gov.az",
  "browser.policies.none": "No Chrome or Chromium policy is set on this computer.",
  "browser.policies.nothingBlocks":
    "Browser policies are set ({count} place(s)), but none blocks e-gov.az or the signer program on this computer.",
  "browser.policies.blocks": "A {browser} policy set by this computer's administrator blocks what signing in to e-gov.az needs.",
  "browser.policies.recommendedBlocks":
    "A recommended {browser} policy set by this computer's administrator blocks what signing in to e-gov.az needs, unless it was changed in the browser's settings.",
  "browser.policies.lanBlocked":
    "A {browser} policy set by this computer's administrator blocks e-gov.az from devices on the local network; the signer program on this computer is not affected.",
  "browser.policies.popupsBlocked":
    "A {browser} policy set by this computer's administrator blocks pop-ups on e-gov.az; if the portal opens a window for signing, it will not open.",
  "browser.policies.unreadable":
    "The {browser} policies set on this computer could not be read, so it is unknown whether they block e-gov.az.",

  "browser.remedy.siteSettingsChrome":
    'In Google Chrome or Chromium paste chrome://settings/content/siteDetails?site=https%3A%2F%2Fwww.e-gov.az into the address bar and press Enter; set the settings listed below to "Allow", then reload e-gov.az.',
  "browser.remedy.siteSettingsOpera":
    'In Opera paste opera://settings/content/siteDetails?site=https%3A%2F%2Fwww.e-gov.az into the address bar and press Enter; set the settings listed below to "Allow", then reload e-gov.az.',
  "browser.remedy.allowSetting": '{browser}, profile "{profile}": {setting} → "Allow".',
  "browser.remedy.otherProfileBlocked":
    'The profile "{profile}" of {browser} also blocks e-gov.az: fix it the same way if you open the portal in that profile.',
  "browser.remedy.pressAllowLna": 'When the browser asks to let e-gov.az access other apps and services on this device, press "Allow".',
  "browser.remedy.closeBrowserAndRerun": "Close all windows of the browser, wait a few seconds and run the check again.",
  "browser.remedy.askItAdmin":
    "This is set by the computer's administrator and cannot be changed in the browser: ask your IT administrator to lift it for e-gov.az and for this computer (localhost, 127.0.0.1).",
  "browser.remedy.policyLine": '{browser}: policy {policy} = "{entry}" (in {where}).',
  "browser.remedy.otherBrowserOrComputer":
    "If it cannot be changed before the sale, sign in on a computer that is not managed by an organisation.",
  "browser.remedy.checkChromePolicyPage":
    "Open chrome://policy in Chrome to see the policies in force, and show them to your IT administrator.",

  "browser.explain.SITE_SETTINGS_OK":
    "No browser profile blocks e-gov.az: access to this computer, JavaScript and cookies are allowed or left to ask.",
  "browser.explain.SITE_LNA_UNDECIDED":
    "The browser has not been told yet whether e-gov.az may reach programs on this computer; it will ask on the portal: press Allow.",
  "browser.explain.SITE_NO_PROFILE":
    "No browser profile was found, so nothing about e-gov.az is stored yet; the browser will ask on the portal.",
  "browser.explain.SITE_BLOCKED":
    "A browser profile blocks e-gov.az from reaching programs on this computer (Local Network Access), or blocks its JavaScript or cookies; the signer cannot be reached and the page cannot tell why.",
  "browser.explain.SITE_BLOCK_NOT_ENFORCED":
    "A block of access to this computer is stored for e-gov.az, but this browser version does not apply it yet; it will after updating.",
  "browser.explain.SITE_LAN_BLOCKED":
    "e-gov.az is blocked from other devices on the local network; that alone does not stop the signer program on this computer.",
  "browser.explain.SITE_BLOCKED_OTHER_PROFILE": "The browser profile used last is fine, but another profile blocks e-gov.az.",
  "browser.explain.SITE_PROFILE_UNREADABLE":
    "The browser's settings file could not be read (being written, damaged or too large), so its decisions for e-gov.az are unknown.",
  "browser.explain.POLICY_NONE": "No Chrome or Chromium policy is set on this computer.",
  "browser.explain.POLICY_NOTHING_BLOCKS": "Browser policies are set, but none blocks e-gov.az or the signer program on this computer.",
  "browser.explain.POLICY_BLOCKS":
    "A browser policy set by the computer's administrator blocks e-gov.az, its access to this computer, its JavaScript or cookies; only the administrator can lift it.",
  "browser.explain.POLICY_RECOMMENDED_BLOCKS":
    "A recommended browser policy blocks something e-gov.az needs; it applies unless changed in the browser's settings.",
  "browser.explain.POLICY_LAN_BLOCKED":
    "A browser policy blocks e-gov.az from devices on the local network; the signer program on this computer is not affected.",
  "browser.explain.POLICY_POPUPS_BLOCKED":
    "A browser policy blocks pop-ups on e-gov.az; a window the portal opens for signing will not open.",
  "browser.explain.POLICY_UNREADABLE": "The browser policies could not be read, so it is unknown whether they block e-gov.az.",
  "browser.explain.LNA_PERMISSION_DENIED":
    'The browser refused a request from the site to a program on this computer ("loopback"), the local network ("local") or an address it could not place ("unknown"): Local Network Access was blocked or not yet allowed for the site.',
  "browser.explain.LNA_PROMPT":
    "The browser asks whether the site may reach programs on this computer. On e-gov.az the signer program on this computer may need it: press Allow.",
  "browser.profile.named": "{name} (folder {folder})",
};
