export const certs = {
  // Titles
  "certs.stores.title": "Certificate stores",
  "certs.rootInstalled.title": "Root certificate AZ Root Authority (RCA) installed",
  "certs.rootTrusted.title": "Root certificate trusted as a root",
  "certs.intermediates.title": "PCA and ICA certificates installed",
  "certs.caValidity.title": "CA certificates not expired",
  "certs.clock.title": "Computer clock",
  "certs.userValidity.title": "Your certificate's validity period",
  "certs.userChain.title": "Your certificate's chain up to the root",
  "certs.userRevocation.title": "Your certificate is not revoked (deactivated)",

  // certs.stores
  "certs.stores.read": "The computer's certificate stores were read.",
  "certs.stores.unreadable": "Could not read the certificate store your browser uses.",
  "certs.stores.remedy.tool.linux":
    "For an IT helper: install the NSS tools and run the check again: sudo apt install libnss3-tools (Fedora: sudo dnf install nss-tools).",
  "certs.stores.remedy.tool.other":
    "The system's certificate tool is missing or blocked; run the check again as your usual user, or ask your IT helper.",
  "certs.stores.remedy.retry": "Close Chrome/Opera (they lock the store), then run the check again.",
  "certs.stores.remedy.retryLater":
    "Run the check again a little later. If the store still cannot be read, show the result (or the --report file) to the IT helper who looks after your computer.",

  // certs.root-installed
  "certs.rootInstalled.pass.fingerprint": "{name} is installed; it matches the official certificate by fingerprint.",
  "certs.rootInstalled.pass.subject+keyId": "{name} is installed; matched by name and key identifier.",
  "certs.rootInstalled.pass.subject":
    "{name} is installed; matched by name only (give the official file with --ca to compare fingerprints).",
  "certs.rootInstalled.missing": "The root certificate {name} is not installed in the certificate store {browsers} uses.",
  "certs.rootInstalled.onlyElsewhere": "{name} is on this computer, but not in the certificate store {browsers} uses.",
  "certs.rootInstalled.mismatch": "A certificate named {name} is installed, but it is not the official one (different fingerprint).",

  // certs.root-trusted
  "certs.rootTrusted.pass": "{name} is trusted as a root.",
  "certs.rootTrusted.fail": "{name} is installed but not trusted as a root.",

  // certs.intermediates
  "certs.intermediates.missing": "Not installed in the certificate store {browsers} uses: {names}.",
  "certs.intermediates.mismatch": "Certificates named {names} are installed, but they are not the official ones (different fingerprint).",

  // certs.ca-validity
  "certs.caValidity.pass": "All {count} CA certificates found are valid for at least 90 more days.",
  "certs.caValidity.none": "No AZ CA certificate was found to check.",
  "certs.caValidity.none.remedy":
    "Install the root and PCA/ICA certificates first (see the checks above), or give the official files with --ca.",
  "certs.caValidity.CA_EXPIRED": "The CA certificate {name} expired on {date}.",
  "certs.caValidity.CA_EXPIRING": "The CA certificate {name} expires on {date}, in {days} days.",
  "certs.caValidity.CA_NOT_YET_VALID": "The CA certificate {name} is valid only from {notBefore}: the computer's date is probably wrong.",
  "certs.caValidity.CA_EXPIRES_BEFORE_SALE": "The CA certificate {name} expires on {date}, before the sale ({sale}).",
  "certs.caValidity.remedy.renew":
    "Download the current {name} certificate from the official E-İmza site (e-imza.az) and install it next to the old one. Do not delete the old one before it expires ({date}): your own certificate may have been issued under it.",

  // certs.clock
  "certs.clock.pass": "The clock is right (within {seconds} seconds of the portal).",
  "certs.clock.ahead": "The computer's clock is {skew} ahead of the portal's.",
  "certs.clock.behind": "The computer's clock is {skew} behind the portal's.",
  "certs.clock.unchecked": "Could not compare the computer's clock with the portal's.",
  "certs.unit.minute.other": "{n} minutes",
  "certs.unit.minute.one": "{n} minute",
  "certs.unit.hour.other": "{n} hours",
  "certs.unit.hour.one": "{n} hour",
  "certs.unit.day.other": "{n} days",
  "certs.unit.day.one": "{n} day",
  "certs.duration.pair": "{a} {b}",
  "certs.clock.wrong.behind.flips":
    "The computer's clock is {skew} behind the portal's: with it, {count} certificate(s) are judged otherwise than by the portal's time (expired or not yet valid).",
  "certs.clock.wrong.ahead.flips":
    "The computer's clock is {skew} ahead of the portal's: with it, {count} certificate(s) are judged otherwise than by the portal's time (expired or not yet valid).",
  "certs.clock.wrong.behind":
    "The computer's clock is {skew} behind the portal's: more than any certificate can absorb. Certificates and secure connections are judged wrongly with it.",
  "certs.clock.wrong.ahead":
    "The computer's clock is {skew} ahead of the portal's: more than any certificate can absorb. Certificates and secure connections are judged wrongly with it.",

  // user certificate
  "certs.noUserCert": "No certificate of yours to check: no token certificate was read and no --cert file was given.",
  "certs.noUserCert.remedy":
    'Plug in the E-İmza token (or put the ID card in the reader) and run "guzestli-check all", or give your certificate file: --cert my-certificate.cer.',
  "certs.userValidity.pass": "Valid until {date} ({days} days left).",
  "certs.userValidity.passSale": "Valid until {date} ({days} days left), so also at the sale ({sale}).",
  "certs.userValidity.expired": "Your certificate expired on {date}.",
  "certs.userValidity.notYetValid": "Your certificate is valid only from {notBefore}: the computer's date is probably wrong.",
  "certs.userValidity.beforeSale": "Your certificate expires on {date}, before the sale ({sale}).",
  "certs.userValidity.expiring": "Your certificate expires on {date}, in {days} days.",
  "certs.userValidity.renew.remedy": "Renew your E-İmza certificate before the sale: call 157 to learn how and where.",
  "certs.userValidity.clockWrong":
    "By the portal's time your certificate is valid until {date}; only this computer's wrong clock makes it look expired or not yet valid.",
  "certs.userChain.pass": "The chain builds and every signature verifies: {chain}.",
  "certs.userChain.incomplete": "The chain stops: the issuer {missing} is not in your browser's store.",
  "certs.userChain.incomplete.remedy": "Install the certificate {missing} (official file from e-imza.az or your IT helper).",
  "certs.userChain.badSignature":
    "{certificate} is not signed by the installed {issuer}: the installed copy is a different (old or foreign) certificate.",
  "certs.userChain.badSignature.remedy":
    "Remove the wrong {issuer} copy from the store and install the official certificate from e-imza.az.",
  "certs.userChain.rootUntrusted": "The chain ends at {root}, which your browser does not trust as a root.",
  "certs.userChain.rootUntrusted.remedy": 'Install {root} as a trusted root (see "Root certificate trusted as a root" above).',
  "certs.userRevocation.good": "The certification authority's service confirms that your certificate is not revoked.",
  "certs.userRevocation.revoked": "Your certificate was REVOKED (deactivated) on {date}. The portal will refuse it.",
  "certs.userChain.selfSigned.remedy":
    "Do not install or trust this certificate. Sign with the E-İmza certificate on your token; if you have no other, get one from the official CA (e-imza.az, ASAN service centre).",
  "certs.userChain.selfSigned":
    "The certificate {subject} is signed by itself: it is not a certificate issued by the official CA, and the portal will not accept it.",
  "certs.userRevocation.revoked.remedy": "Signing with this certificate is impossible: get a new E-İmza certificate before the sale.",
  "certs.userRevocation.unknown": "The certification authority's service does not know your certificate.",
  "certs.userRevocation.unreachable":
    "Could not learn whether your certificate is revoked: the certification authority's service could not be reached.",
  "certs.userRevocation.unreachable.remedy":
    "Check the Internet connection and run the check again; if it keeps failing, ask 157 whether your certificate is active.",
  "certs.userRevocation.noSource": "Your certificate names no OCSP service and no CRL, so revocation cannot be checked here.",
  "certs.userRevocation.noIssuer": "The issuer {issuer} of your certificate was not found, so revocation could not be asked.",
  "certs.userRevocation.noIssuer.remedy": "Install {issuer} (or give the official file with --ca) and run the check again.",
  "certs.userRevocation.issuerNotLookedUp":
    "Whether your certificate was revoked could not be checked: the certificate stores could not be read, so the issuer {issuer} could not be looked for there.",

  // Shared remedy steps
  "certs.remedy.getOfficialFile":
    "Get the official {name} certificate file from e-imza.az (or from your IT helper); never from an unknown site.",
  "certs.remedy.windows.installRoot":
    'Double-click the file → "Install Certificate…" → "Current User" → "Next" → "Place all certificates in the following store" → "Browse…" → "Trusted Root Certification Authorities" → "OK" → "Next" → "Finish", and answer "Yes" to the security warning.',
  "certs.remedy.windows.installCa":
    'Double-click the file → "Install Certificate…" → "Current User" → "Next" → "Place all certificates in the following store" → "Browse…" → "Intermediate Certification Authorities" → "OK" → "Next" → "Finish".',
  "certs.remedy.windows.certutilRoot": "For an IT helper, on the command line: certutil -user -addstore Root <file>",
  "certs.remedy.windows.certutilCa": "For an IT helper, on the command line: certutil -user -addstore CA <file>",
  "certs.remedy.windows.trustRoot":
    '{name} is only in the intermediate store: install it again and this time, after "Browse…", choose "Trusted Root Certification Authorities".',
  "certs.remedy.mac.installRoot":
    'Double-click the file to add it to the "login" keychain, open it in Keychain Access → Trust → "When using this certificate": "Always Trust".',
  "certs.remedy.mac.installCa": 'Double-click the file to add it to the "login" keychain in Keychain Access.',
  "certs.remedy.mac.trustRoot":
    'Open {name} in Keychain Access → Trust → "When using this certificate": "Always Trust", close the window and enter your password.',
  // Chrome's menu labels, English with Chrome's own Russian in brackets (docs/terms.md), checked
  // against Chromium's translations (chrome/app/resources/generated_resources_ru.xtb):
  // Настройки, Конфиденциальность и безопасность, Безопасность, Настроить сертификаты,
  // Центры сертификации, Импорт, Доверять этому сертификату при идентификации сайтов; the
  // new certificate manager's (chrome/app/certificate_manager.grdp): Локальные сертификаты,
  // Персонализированные, Доверенные сертификаты (no Russian yet for "Installed by you" and
  // "Intermediate Certificates": English only).
  "certs.remedy.linux.chromeRoot":
    'In Chrome or Opera: "Settings" → "Privacy and security" → "Security" → "Manage certificates" → "Local certificates" → "Custom" → "Installed by you" → "Trusted Certificates" → "Import", and choose the file. In an older Chrome: "Manage certificates" → "Authorities" → "Import", choose the file and tick "Trust this certificate for identifying websites".',
  "certs.remedy.linux.chromeCa":
    'In Chrome or Opera: "Settings" → "Privacy and security" → "Security" → "Manage certificates" → "Local certificates" → "Custom" → "Installed by you" → "Intermediate Certificates" → "Import", and choose the file. In an older Chrome: "Manage certificates" → "Authorities" → "Import", and choose the file (no trust boxes needed).',
  "certs.remedy.linux.certutilRoot": 'For an IT helper, in a terminal: certutil -A -d sql:{nssdb} -n "{name}" -t C,, -i <file>',
  "certs.remedy.linux.certutilCa": 'For an IT helper, in a terminal: certutil -A -d sql:{nssdb} -n "{name}" -t ,, -i <file>',
  "certs.remedy.linux.certutilTrust": 'For an IT helper, in a terminal: certutil -M -d sql:{nssdb} -n "{name}" -t C,,',
  "certs.remedy.linux.trustRoot":
    'In Chrome or Opera: "Settings" → "Privacy and security" → "Security" → "Manage certificates" → "Local certificates" → "Custom" → "Installed by you" → "Trusted Certificates" → "Import", and choose the {name} file. In an older Chrome: "Manage certificates" → "Authorities" → {name} → "Edit" → tick "Trust this certificate for identifying websites".',
  "certs.remedy.fix": "For an IT helper: guzestli-check certs --fix --ca <official file> does it (asks before writing; installs {name}).",
  "certs.remedy.removeOldCopy":
    'Remove the installed {name} that is not the official one, then install the official file. Windows: Win+R → certmgr.msc → "Trusted Root Certification Authorities" (or "Intermediate Certification Authorities") → "Certificates" → right-click {name} → "Delete" → "Yes". macOS: "Keychain Access" → right-click {name} → "Delete". Linux: in Chrome\'s certificate manager → "Authorities" → {name} → "Delete".',
  "certs.remedy.restartBrowser": "Close every Chrome/Opera window and open it again.",
  "certs.remedy.checkClock": "Set the date, time and time zone (Baku, UTC+4) correctly and turn on automatic time synchronisation.",
  "certs.remedy.call157": "For any E-İmza certificate problem call 157.",

  // certs --fix
  "certs.fix.nothing": "certs --fix: nothing to install (no official certificate from --ca is missing).",
  "certs.fix.noCa": "certs --fix needs the official certificate files: --ca <file>. Nothing was written.",
  "certs.fix.plan": "certs --fix will install these certificates into {target}: {names}.",
  "certs.fix.ask": "Install these certificates now?",
  "certs.fix.noTerminal": "certs --fix: no terminal to ask; run again with --yes to install. Nothing was written.",
  "certs.fix.declined": "certs --fix: nothing was written.",
  "certs.fix.done": "Installed {name} into {target}.",
  "certs.fix.failed": "Could not install {name} into {target}; --verbose shows why.",
  "certs.fix.rerun": "Run guzestli-check certs again to see the new state.",
  "certs.fix.target.windows": "the Windows certificate store of your user",
  "certs.fix.target.mac": 'the macOS "login" keychain',
  "certs.fix.target.nss": "the certificate store of Chrome and Opera",

  // explain
  "certs.explain.STORES_READ": "The tool read the certificate stores of this computer.",
  "certs.explain.STORES_UNREADABLE":
    "The certificate store the browser uses could not be read, so the CA certificates could not be checked.",
  "certs.explain.ROOT_INSTALLED": "The national root certificate AZ Root Authority (RCA) is installed.",
  "certs.explain.ROOT_NOT_INSTALLED":
    "The national root certificate AZ Root Authority (RCA) is not installed where the browser looks, so E-İmza login and signing fail.",
  "certs.explain.ROOT_MISMATCH": "A certificate with the root's name is installed, but it is not the official one.",
  "certs.explain.ROOT_TRUSTED": "The root certificate is trusted as a root.",
  "certs.explain.ROOT_NOT_TRUSTED":
    "The root certificate is installed but not marked as a trusted root, so chains ending in it are rejected.",
  "certs.explain.INTERMEDIATES_INSTALLED": "AZ Policy Authority (PCA) and AZ E-Government Authority (ICA) are installed.",
  "certs.explain.INTERMEDIATES_MISSING":
    "AZ Policy Authority (PCA) or AZ E-Government Authority (ICA) is not installed, so your certificate's chain cannot be built.",
  "certs.explain.INTERMEDIATE_MISMATCH": "A PCA/ICA certificate is installed but is not the official one.",
  "certs.explain.CA_VALID": "The CA certificates are valid.",
  "certs.explain.CA_EXPIRING": "A CA certificate expires within 90 days.",
  "certs.explain.CA_EXPIRED": "A CA certificate has expired; chains through it are rejected.",
  "certs.explain.CA_NOT_YET_VALID": "A CA certificate is not valid yet: usually the computer's date is wrong.",
  "certs.explain.CA_EXPIRES_BEFORE_SALE": "A CA certificate expires before the sale date.",
  "certs.explain.CA_NONE_FOUND": "No AZ CA certificate was found, so their dates could not be checked.",
  "certs.explain.CLOCK_OK": "The computer's clock agrees with the portal's.",
  "certs.explain.CLOCK_SKEW":
    "The computer's clock differs from the portal's by more than 5 minutes; certificates may look expired or not yet valid.",
  "certs.explain.CLOCK_UNCHECKED": "The portal could not be reached to compare clocks.",
  "certs.explain.CERT_CLOCK_WRONG":
    "Your certificate is in order by the portal's time, but this computer's wrong clock makes it look expired or not yet valid.",
  "certs.explain.CLOCK_WRONG":
    "The computer's clock is wrong by more than a day, or by enough to make a certificate look expired or not yet valid: signing and login fail until it is set right.",
  "certs.explain.CERT_VALID": "Your certificate is within its validity period.",
  "certs.explain.CERT_EXPIRING": "Your certificate expires within 30 days.",
  "certs.explain.CERT_EXPIRED": "Your certificate has expired; the portal refuses it.",
  "certs.explain.CERT_NOT_YET_VALID": "Your certificate is not valid yet: usually the computer's date is wrong.",
  "certs.explain.CERT_EXPIRES_BEFORE_SALE": "Your certificate expires before the sale: on sale day it will not sign.",
  "certs.explain.NO_USER_CERT": "No user certificate was available to check (no token read, no --cert file).",
  "certs.explain.CHAIN_OK": "Your certificate chains to a trusted root and every signature verifies.",
  "certs.explain.CHAIN_INCOMPLETE": "An issuer certificate of your chain is missing.",
  "certs.explain.CHAIN_BAD_SIGNATURE":
    "An installed CA certificate has the right name but did not sign your certificate (old or foreign copy).",
  "certs.explain.CHAIN_ROOT_UNTRUSTED": "Your chain ends at a root the browser does not trust.",
  "certs.explain.CERT_SELF_SIGNED": "Your certificate is signed by itself: it is not a certificate issued by the official CA.",
  "certs.explain.NOT_REVOKED": "The CA's OCSP service or CRL says your certificate is not revoked.",
  "certs.explain.REVOKED": "Your certificate is revoked (deactivated): it cannot be used to log in or sign.",
  "certs.explain.REVOCATION_UNKNOWN": "The CA's revocation service does not know your certificate.",
  "certs.explain.REVOCATION_UNREACHABLE": "The CA's OCSP service and CRL could not be reached or gave no usable answer.",
  "certs.explain.NO_REVOCATION_INFO": "Your certificate names no OCSP service or CRL.",
  "certs.explain.ISSUER_NOT_FOUND": "The issuer of your certificate was not found, so revocation could not be asked.",
  "certs.explain.ISSUER_NOT_LOOKED_UP":
    "The certificate stores could not be read, so the issuer of your certificate could not be looked for and revocation could not be asked. This is not a problem found on your computer.",
  "certs.explain.remedy.installRoot":
    'Get the official AZ Root Authority (RCA) file from e-imza.az and install it as a trusted root: on Windows into "Trusted Root Certification Authorities"; on macOS "Keychain Access" → "Trust" → "Always Trust"; on Linux in Chrome or Opera "Manage certificates" → "Authorities" → "Import".',
  "certs.explain.remedy.trustRoot":
    'Mark AZ Root Authority (RCA) as a trusted root: on Windows install it into "Trusted Root Certification Authorities"; on macOS "Keychain Access" → "Trust" → "Always Trust"; on Linux in Chrome or Opera "Manage certificates" → "Authorities" → "Edit".',
  "certs.explain.remedy.installIntermediates":
    'Get the official AZ Policy Authority (PCA) and AZ E-Government Authority (ICA) files from e-imza.az and install them (Windows: "Intermediate Certification Authorities"; Chrome and Opera: "Manage certificates" → "Authorities" → "Import").',
  "certs.explain.remedy.removeOldCopy":
    'Delete the installed copy that is not the official one, then install the official file from e-imza.az. Windows: Win+R → certmgr.msc → the store → "Certificates" → right-click → "Delete". macOS: "Keychain Access" → right-click → "Delete". Linux: Chrome\'s certificate manager → "Authorities" → "Delete".',
  "certs.explain.remedy.renewCa":
    "Download the current CA certificate from e-imza.az and install it next to the old one. Do not delete the old one while it is still valid: your own certificate may have been issued under it.",
  "certs.intermediates.pass.fingerprint": "{names} are installed; they match the official certificates by fingerprint.",
  "certs.intermediates.pass.subject+keyId": "{names} are installed; matched by name and key identifier.",
  "certs.intermediates.pass.subject":
    "{names} are installed; matched by name only — give the official files with --ca to compare fingerprints.",
  "certs.rootInstalled.pass.chain":
    "{name} is installed as {installed}: your own certificate's chain goes through it. Give the official file with --ca to compare fingerprints.",
  "certs.rootInstalled.pass.nameVariant":
    "{name} is installed as {installed}; matched by name only (give the official file with --ca to compare fingerprints).",
  "certs.intermediates.pass.chain":
    "{names} are installed: your own certificate's chain goes through them. Give the official files with --ca to compare fingerprints.",
  "certs.intermediates.pass.nameVariant":
    "{names} are installed (the names spelled another way); matched by name only — give the official files with --ca to compare fingerprints.",
  "certs.caValidity.CA_LEFTOVER":
    "An old copy of {name} that expired on {date} is still installed beside the valid one. Signing uses the valid one; the old copy only gets in the way.",
  "certs.caValidity.remedy.removeLeftover":
    'Remove the expired {name} (valid until {date}) and keep the valid one. Windows: Win+R → certmgr.msc → the store → "Certificates" → right-click the expired {name} → "Delete" → "Yes". macOS: "Keychain Access" → right-click → "Delete". Linux: Chrome\'s certificate manager → "Authorities" → "Delete".',
  "certs.explain.CA_LEFTOVER":
    "An expired old copy of a CA certificate is installed beside the valid current one: not a failure, but worth removing.",
  "certs.explain.remedy.removeLeftover":
    'Delete the expired copy and keep the valid one. Windows: Win+R → certmgr.msc → the store → "Certificates" → right-click → "Delete". macOS: "Keychain Access" → right-click → "Delete". Linux: Chrome\'s certificate manager → "Authorities" → "Delete".',
  "certs.fix.planRoot": "  {name} (root certificate, will be trusted): SHA-256 {fingerprint}",
  "certs.fix.planCa": "  {name}: SHA-256 {fingerprint}",
  "certs.fix.refuse.rootCannotSign":
    "certs --fix will not install {name} (SHA-256 {fingerprint}): a root certificate must be allowed to sign certificates (keyCertSign) and this one is not.",
  "certs.fix.refuse.rootRefused":
    "certs --fix will not install {name} (SHA-256 {fingerprint}): the root certificate of the --ca files was refused.",
  "certs.fix.refusedFile": "certs --fix: the --ca files were refused: {reason}. Nothing was written.",
  "certs.fix.reason.noHome": "the home folder {home} does not exist",
  "certs.fix.reason.noTool": "certutil is not installed (Debian/Ubuntu: sudo apt install libnss3-tools)",
  "certs.fix.reason.denied": "no permission to write {path}",
  "certs.fix.reason.notNssDb":
    "{path} is not the certificate store of Chrome and Opera (it is missing or is another program's file), so nothing was written there",
  "certs.caValidity.remedy.renewExpired":
    "Download the current {name} certificate from the official E-İmza site (e-imza.az) and install it. The old one has expired and no longer counts; delete it only after the new one is installed.",

  // Issue 19.1-6: which browser decides, distrust and expiry, CA revocation, stale CRLs.
  "certs.rootInstalled.pass.olderIssue":
    "{name} is installed in an older issue (issued {issued}, valid until {until}) of the official certificate (issued {officialIssued}): the same name and key, so it is the same root.",
  "certs.rootInstalled.pass.newerIssue":
    "{name} is installed in a newer issue (issued {issued}, valid until {until}) of the official certificate (issued {officialIssued}): the same name and key, so it is the same root.",
  "certs.rootInstalled.otherBrowser":
    "{name} is installed for {ready}; {browsers}, which the portal does not recommend, does not have it in its certificate store.",
  "certs.remedy.useRecommended":
    "Sign in to the portal with {ready}: it has what it needs. Another browser needs the certificates only if you use it.",
  "certs.rootTrusted.otherBrowser":
    "{name} is trusted as a root in {ready}; {browsers}, which the portal does not recommend, does not trust it.",
  "certs.rootTrusted.distrusted":
    "{name} is marked as not to be trusted in {stores}: {browsers} refuses it, even where another store trusts it.",
  "certs.rootTrusted.expired":
    "The copy of {name} that {browsers} trusts ({stores}) expired on {date}: the browser refuses a chain that ends there.",
  "certs.remedy.chromeOwn.removeDistrusted":
    'In {store}: open chrome://certificate-manager → "Installed by you", find {name} among the distrusted certificates and delete it.',
  "certs.remedy.removeDistrustedCa":
    'In Chrome or Opera: "Settings" → "Privacy and security" → "Security" → "Manage certificates" → "Authorities" → {name} → "Delete", then install the official file again.',
  "certs.remedy.linux.certutilUndistrust": 'For an IT helper, in a terminal: certutil -M -d sql:{nssdb} -n "{nick}" -t {flags}',
  "certs.intermediates.otherBrowser":
    "{names} are installed for {ready}; {browsers}, which the portal does not recommend, does not have them in its certificate store.",
  "certs.intermediates.distrusted": "{names} marked as not to be trusted in {stores}: {browsers} refuses your certificate's chain.",
  "certs.userChain.distrusted":
    "{certificate} in your certificate's chain is marked as not to be trusted in {stores}: {browsers} refuses the chain.",
  "certs.userChain.rootExpired":
    "The chain ends at {root}, but the copy {browsers} trusts expired on {date}: the browser refuses the chain.",
  "certs.userRevocation.caRevoked":
    "The certification authority's certificate {ca} above yours was REVOKED on {date} (by {issuer}): the chain is refused, whatever your own certificate's status.",
  "certs.userRevocation.caRevoked.remedy":
    "Your certificate cannot be used while its certification authority is revoked: call 157 and ask when a new certificate can be issued.",
  "certs.userRevocation.stale":
    "Could not learn whether your certificate is revoked: the certification authority's revocation list (CRL) is out of date (its next update was due {date}).",
  "certs.userRevocation.stale.remedy":
    "This is the certification authority's side, not your computer: run the check again later; if it stays so, ask 157 whether your certificate is active.",
  "certs.explain.ROOT_MISSING_IN_OTHER_BROWSER":
    "Chrome or Opera has the root certificate; another browser that the portal does not recommend lacks it.",
  "certs.explain.ROOT_UNTRUSTED_IN_OTHER_BROWSER":
    "Chrome or Opera trusts the root certificate; another browser that the portal does not recommend does not.",
  "certs.explain.INTERMEDIATES_MISSING_IN_OTHER_BROWSER":
    "Chrome or Opera has the PCA and ICA certificates; another browser that the portal does not recommend lacks them.",
  "certs.explain.ROOT_DISTRUSTED":
    "A store the browser reads marks the root certificate as not to be trusted; that mark wins over any store that trusts it.",
  "certs.explain.ROOT_TRUSTED_COPY_EXPIRED":
    "The only copy of the root certificate the browser trusts has expired, so the browser refuses the chain.",
  "certs.explain.INTERMEDIATE_DISTRUSTED":
    "A store the browser reads marks the PCA or ICA certificate as not to be trusted, so the browser refuses the chain.",
  "certs.explain.CHAIN_DISTRUSTED": "A certificate in your chain is marked as not to be trusted in a store the browser reads.",
  "certs.explain.CHAIN_ROOT_EXPIRED": "Your chain ends at a root whose trusted copy has expired.",
  "certs.explain.CA_REVOKED": "A certification authority's certificate above yours (ICA or PCA) is revoked: the chain is refused.",
  "certs.explain.REVOCATION_STALE":
    "The certification authority's revocation list (CRL) is out of date, so revocation could not be confirmed.",
  "certs.explain.remedy.undistrust":
    'Remove the "distrust" mark: delete the distrusted entry in the certificate manager, then install the official file again.',
};
